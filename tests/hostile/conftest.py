"""The window tests here use the same app fixtures as tests/ui (the real app graph)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "ui_window_fixtures", Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_ui = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ui)

# Re-exported so pytest finds them for this folder (autouse ones included).
_sao_paulo_time = _ui._sao_paulo_time
_qt_garbage_collected_here = _ui._qt_garbage_collected_here
settings = _ui.settings
settings_dir = _ui.settings_dir
make_viewer = _ui.make_viewer
window_catalogue = _ui.window_catalogue
window_pt_br = _ui.window_pt_br
