"""models of the Wegly Chat Viewer window."""
