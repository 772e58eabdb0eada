from export_support import demo_path, export_demo_file  # noqa: F401 - fixtures
