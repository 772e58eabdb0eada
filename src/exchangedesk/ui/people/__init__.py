"""The People & Organisations area: both lists (``lists``, ``page``), the detail pane, edits on
the undo stack (``commands``), the person and organisation editors with the duplicate banner and
sensitive tab, and merging two people (``merge``)."""
