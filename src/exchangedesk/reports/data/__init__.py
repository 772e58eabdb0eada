"""What each renderer prints, as plain data: the renderers' own input types.

Services build these (``services/documents/*_data.py`` read the register and fill them in);
renderers take them and depend on nothing else but ``domain``. So every import runs one way:
``services -> reports.data <- reports``.
"""
