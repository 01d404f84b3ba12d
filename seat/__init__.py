"""seat: the application layer, Qt-free (CLI, engine supervisor, call log, reconcile)."""
