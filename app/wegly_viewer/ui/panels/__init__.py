"""panels of the Wegly Chat Viewer window."""
