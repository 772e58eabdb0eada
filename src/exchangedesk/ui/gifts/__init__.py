"""The Gifts area: the list with its filters (``lists``, ``page``), the detail pane with photos
and custody timeline, edits on the undo stack (``commands``) and the gift, custody, party and
thank-you letter dialogs."""
