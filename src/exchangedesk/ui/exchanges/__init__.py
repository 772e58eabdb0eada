"""The Exchanges area: programmes list and detail (``page``, ``detail``), the placement board
(``board``, ``cards``), the schedule and conflicts tabs, edits on the undo stack (``commands``),
and the programme, participant and host-family dialogs."""
