"""People and organisations: the contacts list (``lists``), edits with the sensitive fields
masked until revealed, duplicates caught while typing (``duplicates``), and merging two records
of one person with every link moved (``merge``, ``links``).
"""
