"""Partnerships and their cities: the register (``lists``), one partnership's record, status
history and edits, the two cities of a draft (``cities``) found in the offline gazetteer
(``gazetteer``), activity and anniversaries, and the import of partnership pairs from CSV
(``pairs_import``).

Used from elsewhere: ``anniversaries`` and ``activity`` (Home, reports), ``gazetteer``.
"""
