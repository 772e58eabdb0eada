"""The window's backups: written automatically after a period of edits (:mod:`.auto`), and
listed, taken and restored from File › Backups… (:mod:`.dialog`)."""
