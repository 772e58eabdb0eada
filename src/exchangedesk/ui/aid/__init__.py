"""The Aid area: campaigns and shipments lists (``lists``, ``page``), their panes, the edits on
the undo stack (``edits``, ``actions``), and the dialogs for campaigns, contributions, rates,
shipments and their lines, status and allocations."""
