"""Hatch build hook: the compiled catalogue (``.qm``) and the ``.ts`` go into every wheel.

``.qm`` files are never committed (.gitignore); they are compiled here from
``resources/translations/*.ts`` by packaging/ts2qm.py (pure Python, byte-identical to lrelease),
because pip builds in an isolated environment that has hatchling but not PySide6.

- A wheel gets ``wegly_viewer/translations/wegly_viewer_{pt_BR,en}.{qm,ts}``: the GUI loads
  the ``.qm`` (ui/translations.py), ``wegly-lookup`` reads the ``.ts`` (core/i18n.py).
- An editable install (``pip install -e .``) imports the package from ``app/``, so the ``.qm``
  are written into ``app/wegly_viewer/translations/`` (ignored by git); the CLI reads the
  ``.ts`` from ``resources/translations`` there. ``.ci/qt-deps.sh`` (ensure_venv) and
  ``packaging/update_translations.py`` recompile them when a ``.ts`` is newer.

See docs/packaging.md ("Translations in the build").
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
PACKAGE_DIR = ROOT / "app" / "wegly_viewer" / "translations"
IN_WHEEL = "wegly_viewer/translations"


def _ts2qm() -> ModuleType:
    """packaging/ts2qm.py (by path: ``packaging`` is not a package the build env can import)."""
    name = "_wegly_ts2qm"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "ts2qm.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {ROOT / 'packaging' / 'ts2qm.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        ts2qm = _ts2qm()
        if version == "editable":
            ts2qm.compile_dir(SOURCES, PACKAGE_DIR)
            return
        self._temp = Path(tempfile.mkdtemp(prefix="wegly-qm-"))
        for path in [*ts2qm.compile_dir(SOURCES, self._temp), *ts2qm.catalogues(SOURCES)]:
            build_data["force_include"][str(path)] = f"{IN_WHEEL}/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        temp = getattr(self, "_temp", None)
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
