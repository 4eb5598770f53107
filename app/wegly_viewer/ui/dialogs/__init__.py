"""dialogs of the Wegly Chat Viewer window."""
