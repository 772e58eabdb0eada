"""The Help menu's own windows: the keyboard shortcuts."""
