"""Qt-free core: API models, HTTP client, chat-ID parsing, secrets and formatting.

Nothing in this package may import PySide6 (an import-linter contract enforces it), so the CLI
starts fast and the logic is testable without a display.
"""
