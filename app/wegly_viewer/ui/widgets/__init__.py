"""widgets of the Wegly Chat Viewer window."""
