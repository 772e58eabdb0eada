"""File › Import › List from a spreadsheet…: people, organisations, contributions, host families
or participants from CSV or XLSX, previewed, mapped,
tried (dry run), imported in the background and undoable (services/imports)."""
