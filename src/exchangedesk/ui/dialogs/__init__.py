"""Dialogs that edit records: each collects a draft, shows refusals beside the field, and saves
through a callback that puts the edit on the undo stack."""
