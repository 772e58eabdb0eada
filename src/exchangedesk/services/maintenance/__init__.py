"""Keeping the register sound: ``exchangedesk check`` (integrity, foreign keys, schema, and the
committee's rules re-checked in SQL: ``invariants``), backups and restore (``upkeep``).
"""
