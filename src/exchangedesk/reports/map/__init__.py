"""The partnership map's geometry, shared by the window, the CLI and the documents: where the
view is (extent), the great-circle routes projected at once (routes), what is drawn (scene)."""
