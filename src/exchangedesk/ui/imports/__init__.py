"""File › Import › People or organisations…: a list from CSV or XLSX, previewed, mapped,
tried (dry run), imported in the background and undoable (services/imports)."""
