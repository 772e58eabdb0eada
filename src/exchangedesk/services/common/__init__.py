"""What several areas share: paged and filtered lists from SQL (``paging``, ``paging_seek``),
files attached to records (``attachments``), and one unit of work for an edit with its version
check and audit entry (``editing``).
"""
