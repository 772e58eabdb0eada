"""The window's privacy tools that belong to no one area: the retention review (Edit › Privacy
› Retention review…, and Home's notice when something is due)."""
