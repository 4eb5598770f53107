"""Qt-free core: API models, HTTP client, chat-ID parsing, secrets and formatting.

Nothing in this package may import PySide6 (an import-linter contract enforces it), so the CLI
starts fast and the logic is testable without a display.
"""

import sys as _sys

# httpx imports its own command line (httpx._main: click, rich, pygments; ~80 modules, ~5 MB,
# ~50 ms) whenever those are installed, as in a developer's environment; neither the app nor
# wegly-lookup ever runs it. None in sys.modules makes that import fail, and httpx then keeps its
# stub ``httpx.main``, as where they are not installed. Here, because every import of httpx in
# the product comes after this package's own import.
if "httpx" not in _sys.modules:
    _sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
