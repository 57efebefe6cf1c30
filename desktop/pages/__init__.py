"""One module per page of the main window; each page has ``set_project(project | None)``."""
