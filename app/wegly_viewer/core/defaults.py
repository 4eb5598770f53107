"""Defaults shared by the client, the CLI and the app; a light module (imports nothing)."""

DEFAULT_BASE_URL = "https://api.wegly.com.br"
API_PREFIX = "/integrations/external"
DEFAULT_TIMEOUT_S = 10.0  # seconds per attempt (connect and each read)
DEMO_TOKEN = "demo-token"  # noqa: S105 - the built-in demo server's key, not a secret
DEFAULT_THEME = "system"
THEMES = ("system", "light", "dark")
