"""What the committee sends out: the document catalogue (``catalogue``: one entry point behind
``exchangedesk print``, the preview and Ctrl+P, with the builders in ``catalogue_*``), the data
each document prints (``*_data``: they read the register and fill in the renderers' types
from ``exchangedesk.reports.data``), and the correspondence register (``register``,
``correspondence``).
"""
