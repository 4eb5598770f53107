"""Fixtures for window tests: the real app graph against the contract server on loopback."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fixed_time import SAO_PAULO_TZ
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.language import Language
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.devserver import ContractServer
from wegly_viewer.ui.app import Options, ViewerApp
from wegly_viewer.ui.translations import install_translators, remove_translators

_PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture(autouse=True)
def _sao_paulo_time(set_tz: Callable[[str], None]) -> None:
    """Every window test runs in São Paulo (UTC-3), so expected times are literals."""
    set_tz(SAO_PAULO_TZ)


@pytest.fixture(autouse=True)
def _qt_garbage_collected_here(qapp: QApplication) -> Iterator[None]:
    """After each window test, delete its Qt objects on the GUI thread.

    A test's app graph (windows, runners, timers) holds reference cycles through bound-method
    connections. Left to the cyclic garbage collector, they are freed in whatever thread next
    allocates enough, e.g. the contract server's thread building samples during a later test,
    and a QObject destroyed off its thread crashed the run (a segmentation fault in
    test_main_window, measured). Collect deferred deletions and cycles here instead.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def compiled_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our .ts files compiled by lrelease once per run, into a temporary folder (never into the
    source tree, where ./run would pick up a half-translated .qm)."""
    sys.path.insert(0, str(_PACKAGING))
    import update_translations  # packaging/ is a folder of scripts, not a package

    qm_dir = tmp_path_factory.mktemp("qm")
    update_translations.release(qm_dir)
    return qm_dir


@pytest.fixture
def gui_language(
    qapp: QApplication, compiled_catalogue: Path
) -> Iterator[Callable[[Language], None]]:
    """Switch the GUI's language like the app does at start (our .qm, Qt's own, core's ``tr``
    and ``QLocale``); the translators are removed after the test. Build widgets after it."""
    installed: list[QTranslator] = []

    def switch(language: Language) -> None:
        remove_translators(qapp, installed)
        installed[:] = install_translators(qapp, language, compiled_catalogue)

    yield switch
    remove_translators(qapp, installed)


@pytest.fixture
def gui_pt_br(gui_language: Callable[[Language], None]) -> None:
    """The GUI in Brazilian Portuguese for this test (request it before the widget fixtures)."""
    gui_language("pt_BR")


@pytest.fixture
def gui_en(gui_language: Callable[[Language], None]) -> None:
    """The GUI in English as shipped: our English catalogue gives the plural forms ("1 reaction",
    "3 reactions"), which the bare source texts ("%Ln reaction(s)") do not have."""
    gui_language("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window geometry, and the old keys migrated from (``settings.ini``)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    """The per-user config directory: ``settings.json`` goes here."""
    return tmp_path / "config"


@pytest.fixture
def make_viewer(
    qtbot: QtBot, settings: QSettings, settings_dir: Path, clock: FixedClock
) -> Iterator[Callable[..., ViewerApp]]:
    """Build the app like ``wegly-viewer`` does, with an in-memory key store.

    Each call builds a fresh app on the same settings: calling it twice is a restart.
    """
    built: list[ViewerApp] = []

    def make(options: Options, store: object | None = None) -> ViewerApp:
        viewer = ViewerApp(
            options, settings, settings_dir, store or MemoryTokenStore(), clock=clock
        )  # type: ignore[arg-type]
        qtbot.addWidget(viewer.window)
        viewer.start()
        qtbot.waitUntil(lambda: viewer.ready, timeout=10_000)
        built.append(viewer)
        return viewer

    yield make
    for viewer in built:
        viewer.window.close()
        viewer.shutdown()
        for runner in (viewer.runner, viewer.avatar_runner):
            assert runner is None or runner.active_count == 0, "a worker outlived its test"
        viewer.deleteLater()  # on this (the GUI) thread, never by a later collection elsewhere


@pytest.fixture
def viewer(
    make_viewer: Callable[..., ViewerApp], server: ContractServer, api_token: str
) -> ViewerApp:
    store = MemoryTokenStore()
    store.set("default", api_token)
    return make_viewer(Options(base_url=server.url), store)


@pytest.fixture(scope="session")
def window_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our catalogue compiled by lrelease into a temporary folder (never the source tree)."""
    if str(_PACKAGING) not in sys.path:
        sys.path.insert(0, str(_PACKAGING))
    update_translations = importlib.import_module("update_translations")
    qm_dir = tmp_path_factory.mktemp("window_qm")
    update_translations.release(qm_dir)
    return qm_dir


@pytest.fixture
def window_pt_br(qapp: QApplication, window_catalogue: Path) -> Iterator[Path]:
    """The GUI in Brazilian Portuguese (ours and Qt's own catalogue) for this test; request it
    before building the window. Yields the folder with the compiled catalogue."""
    installed = install_translators(qapp, "pt_BR", window_catalogue)
    assert len(installed) == 2, "our pt_BR catalogue and qtbase_pt_BR must both load"
    yield window_catalogue
    remove_translators(qapp, installed)
