"""The Delegations area: the list and detail pane (``page``, ``detail``, ``tabs``), workflow
buttons and edits on the undo stack (``actions``, ``commands``), the Conflicts tab, the editor
and member dialogs, and the programme planner (``itinerary``)."""
