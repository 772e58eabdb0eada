"""Several staff on one database: other windows' changes shown without F5, a dropped
connection explained, and an edit refused over someone else's newer save (issue 19)."""
