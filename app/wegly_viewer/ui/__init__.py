"""The Qt user interface. Imports core; core never imports this package."""
