"""ReportLab renderers. ReportLab's bidi module is offered by exchangedesk/__init__.py, before
anything imports ReportLab (see reports/bidi.py)."""
