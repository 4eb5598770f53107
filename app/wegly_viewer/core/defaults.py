"""Defaults shared by the client, the CLI and the app; a light module (imports nothing)."""

DEFAULT_BASE_URL = "https://api.wegly.com.br"
API_PREFIX = "/integrations/external"
