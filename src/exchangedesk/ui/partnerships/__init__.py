"""The Partnerships area: the list and its filters, the detail pane with the status timeline and
attached documents, the editor and status-change dialogs, and the pairs import dialog."""
