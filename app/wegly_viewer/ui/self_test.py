"""``wegly-viewer --self-test``: checks that this installation can work, one line per check.

Runs from source and in a frozen bundle, with no display (the offscreen platform unless
``QT_QPA_PLATFORM`` says otherwise) and no network: the lookup goes to the built-in contract
server on loopback, through the same client, models and worker pool as the app.

Each line reads ``ok|FAIL|warn  <check>: <detail>``. Exit status: **0** when no check failed
(every line ``ok``, or some ``warn``: something a person may want to fix but the app still works
without, e.g. no system keyring), **1** when any check failed (``docs/install.md`` says the same).

The keyring check stores, reads back and deletes a throw-away entry under its own service name
(:data:`SELF_TEST_KEYRING_SERVICE`), never the user's key.
"""

from __future__ import annotations

import os
import platform
import secrets
import ssl
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QLibraryInfo,
    QObject,
    QPluginLoader,
    QTimer,
    Slot,
    qVersion,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QImageReader,
    QImageWriter,
)

from wegly_viewer.core.transport import CA_FILE_CANDIDATES
from wegly_viewer.core.version import DIST_NAME, __version__

Status = Literal["ok", "FAIL", "warn"]

SELF_TEST_TOKEN = "demo-token"  # noqa: S105 - the built-in contract server's key, not a secret
LOOKUP_TIMEOUT_MS = 15_000
EMOJI_CODEPOINT = 0x1F600  # 😀
# The keyring round trip's own service: never the app's ("wegly-chat-viewer"), so the user's key
# is never read, overwritten or deleted by a self-test.
SELF_TEST_KEYRING_SERVICE = "wegly-chat-viewer-self-test"
KEYRING_TIMEOUT_S = 20.0  # a locked keyring may wait for a password prompt


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its status and one line of detail."""

    status: Status
    detail: str


def _ok(detail: str) -> CheckResult:
    return CheckResult("ok", detail)


def _warn(detail: str) -> CheckResult:
    return CheckResult("warn", detail)


def _fail(detail: str) -> CheckResult:
    return CheckResult("FAIL", detail)


# --- checks ----------------------------------------------------------------------------------


def check_version(installed: Callable[[str], str] | None = None) -> CheckResult:
    """The app's version constant, against the installed package's metadata when there is
    one: a mismatch means an older installation's files are shadowed or mixed in."""
    if getattr(sys, "frozen", False):
        return _ok(f"{__version__} (frozen bundle)")
    from importlib.metadata import PackageNotFoundError, version  # here only: ~50 ms

    try:
        metadata = (installed or version)(DIST_NAME)
    except PackageNotFoundError:
        return _ok(f"{__version__} (source tree, not installed)")
    if metadata != __version__:
        return _warn(
            f"{__version__}, but the installed package says {metadata}: reinstall "
            f"(pip install --force-reinstall {DIST_NAME})"
        )
    return _ok(__version__)


def check_python() -> CheckResult:
    return _ok(f"{platform.python_version()} ({platform.system()} {platform.machine()})")


def check_qt() -> CheckResult:
    import PySide6

    return _ok(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")


def _plugin_dirs() -> list[Path]:
    """Every directory Qt searches for plugins, existing ones only, without duplicates."""
    candidates = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    candidates += QCoreApplication.libraryPaths()
    seen: list[Path] = []
    for candidate in candidates:
        path = Path(candidate)
        if path.is_dir() and path not in seen:
            seen.append(path)
    return seen


def _required_platform_plugins() -> list[str]:
    if sys.platform.startswith("win"):
        return ["offscreen", "windows"]
    if sys.platform == "darwin":
        return ["offscreen", "cocoa"]
    return ["offscreen", "xcb"]


def check_platform_plugins() -> CheckResult:
    found: set[str] = set()
    for plugin_dir in _plugin_dirs():
        platforms = plugin_dir / "platforms"
        if platforms.is_dir():
            for entry in platforms.iterdir():
                # libqxcb.so, qwindows.dll, libqcocoa.dylib -> xcb, windows, cocoa
                stem = entry.name.split(".")[0].removeprefix("lib")
                if stem.startswith("q"):
                    found.add(stem[1:])
    if not found:
        dirs = ", ".join(str(d) for d in _plugin_dirs()) or "none"
        return _fail(f"no platform plugins (searched: {dirs})")
    missing = [name for name in _required_platform_plugins() if name not in found]
    detail = f"{', '.join(sorted(found))}; running on {_platform_name()}"
    if missing:
        return _fail(f"missing {', '.join(missing)} (found {detail})")
    return _ok(detail)


def _platform_plugin_files() -> dict[str, Path]:
    """Platform plugin name -> its library, from every plugin directory (first one wins)."""
    files: dict[str, Path] = {}
    for plugin_dir in _plugin_dirs():
        platforms = plugin_dir / "platforms"
        if platforms.is_dir():
            for entry in sorted(platforms.iterdir()):
                stem = entry.name.split(".")[0].removeprefix("lib")
                if stem.startswith("q") and entry.suffix in (".so", ".dll", ".dylib"):
                    files.setdefault(stem[1:], entry)
    return files


def platform_plugins_to_load() -> list[tuple[str, bool]]:
    """The platform plugins this system's users run on: (name, required). Wayland is optional
    on Linux (an X11 session, or XWayland, runs on xcb), the others are required."""
    if sys.platform.startswith("win"):
        return [("windows", True), ("offscreen", True)]
    if sys.platform == "darwin":
        return [("cocoa", True), ("offscreen", True)]
    return [("xcb", True), ("wayland", False), ("offscreen", True)]


def check_platform_plugin(name: str, required: bool) -> CheckResult:
    """Load the plugin's library (the dynamic linker resolves every library it needs), without
    connecting to a display: says whether that platform would start here."""
    missing = _fail if required else _warn
    path = _platform_plugin_files().get(name)
    if path is None:
        return missing(f"missing (no q{name} plugin in the platforms folder)")
    loader = QPluginLoader(str(path))
    if not loader.load():
        return missing(f"{path.name} does not load: {loader.errorString()}")
    return _ok(f"{path.name} loads")


def _platform_name() -> str:
    return QGuiApplication.platformName() or "?"


_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
    b'<rect width="16" height="16" fill="#25a36f"/></svg>'
)


def check_image_formats() -> CheckResult:
    supported = {bytes(fmt.data()).decode() for fmt in QImageReader.supportedImageFormats()}
    missing = [fmt for fmt in ("png", "svg") if fmt not in supported]
    if missing:
        return _fail(f"missing {', '.join(missing)} (have {', '.join(sorted(supported))})")
    # Decode for real: a listed format whose plugin cannot load its library still fails here.
    svg, svg_format = _decode(QByteArray(_SVG))
    if svg_format != "svg" or svg.isNull() or svg.pixelColor(8, 8) != QColor("#25a36f"):
        return _fail(f"an SVG image did not render (read as {svg_format or 'nothing'})")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(svg)
    png, png_format = _decode(buffer.data())
    if png_format != "png" or png.size() != svg.size():
        return _fail("a PNG image did not round-trip")
    return _ok(f"png and svg decode; {len(supported)} formats")


def _decode(data: QByteArray) -> tuple[QImage, str]:
    """The image in ``data`` and the format Qt detected (``""`` when none could read it)."""
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    detected = bytes(reader.format().data()).decode()
    return reader.read(), detected


def check_keyring() -> CheckResult:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:
        return _fail(f"keyring unusable: {type(exc).__name__}: {exc}")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    label = getattr(backend, "name", None) or name
    if not name.startswith("keyring.backends.fail"):
        return _keyring_round_trip(label)
    chosen = os.environ.get("PYTHON_KEYRING_BACKEND", "")
    if chosen:
        return _warn(f"none (PYTHON_KEYRING_BACKEND={chosen}); keys kept for the session only")
    if sys.platform in ("win32", "darwin"):
        # Credential Manager and Keychain always exist: the bundle lost its backends.
        return _fail("no backend found, though this OS always has a keychain")
    if _secret_service_available():
        return _fail("a Secret Service runs on the session bus, but no backend can use it")
    return _warn(
        "no system keyring (install gnome-keyring or KWallet); keys kept for the session only"
    )


def _keyring_round_trip(label: str) -> CheckResult:
    """Store, read back and delete a random throw-away value under the self-test's own service,
    on a helper thread with a time limit (a locked keyring may wait for a password prompt)."""
    import keyring

    username = f"self-test-{os.getpid()}"
    value = secrets.token_hex(16)
    outcome: list[str] = []

    def round_trip() -> None:
        try:
            keyring.set_password(SELF_TEST_KEYRING_SERVICE, username, value)
            try:
                read = keyring.get_password(SELF_TEST_KEYRING_SERVICE, username)
            finally:
                keyring.delete_password(SELF_TEST_KEYRING_SERVICE, username)
            after = keyring.get_password(SELF_TEST_KEYRING_SERVICE, username)
        except Exception as exc:  # the value is random, but never print it: type and message
            outcome.append(f"{type(exc).__name__}: {exc}")
            return
        if read != value:
            outcome.append("the value read back differs from the one stored")
        elif after is not None:
            outcome.append("the test entry is still there after deleting it")
        else:
            outcome.append("")

    worker = threading.Thread(target=round_trip, name="self-test-keyring", daemon=True)
    worker.start()
    worker.join(KEYRING_TIMEOUT_S)
    where = f"{label}, service {SELF_TEST_KEYRING_SERVICE}"
    if not outcome:
        return _fail(f"{where}: no answer within {KEYRING_TIMEOUT_S:.0f} s (locked keyring?)")
    if outcome[0]:
        return _fail(f"{where}: round trip failed: {outcome[0]}")
    return _ok(f"{label}: stored, read back and deleted a test entry ({SELF_TEST_KEYRING_SERVICE})")


def _secret_service_available() -> bool:
    """True when a D-Bus session exists and a Secret Service (gnome-keyring, KWallet) answers."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            return bool(secretstorage.check_service_availability(connection))
        finally:
            connection.close()
    except Exception:
        # secretstorage missing or the bus unreachable: a session bus exists, assume a keyring.
        return True


def check_tls() -> CheckResult:
    try:
        import truststore

        truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception as exc:
        return _fail(f"truststore unusable: {type(exc).__name__}: {exc}")
    if sys.platform == "win32":
        return _ok("truststore: Windows certificate store")
    if sys.platform == "darwin":
        return _ok("truststore: macOS Keychain trust settings")
    source = _linux_ca_source()
    if source is None:
        return _fail("no CA certificates found (install ca-certificates)")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if Path(source).is_dir():
        context.load_verify_locations(capath=source)
        return _ok(f"truststore: OpenSSL CA directory {source}")
    context.load_verify_locations(cafile=source)
    count = context.cert_store_stats()["x509_ca"]
    if count == 0:
        return _fail(f"{source} holds no CA certificates")
    return _ok(f"truststore: {count} CAs from {source}")


def _linux_ca_source() -> str | None:
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile:
        return defaults.cafile
    if defaults.capath and Path(defaults.capath).is_dir() and any(Path(defaults.capath).iterdir()):
        return defaults.capath
    return next((path for path in CA_FILE_CANDIDATES if Path(path).is_file()), None)


def check_emoji_font() -> CheckResult:
    families = QFontDatabase.families()
    # Emoji fonts first: checking every family of a big Windows install takes a while.
    ordered = sorted(families, key=lambda family: "emoji" not in family.lower())
    for family in ordered:
        font = QFont(family)
        if QFontMetrics(font).inFontUcs4(EMOJI_CODEPOINT) and font.family() == family:
            return _ok(f"{family} covers U+{EMOJI_CODEPOINT:X}; {len(families)} families")
    return _warn(
        f"no font covers U+{EMOJI_CODEPOINT:X} (install fonts-noto-color-emoji); "
        f"{len(families)} families"
    )


def check_translations(qm_dir: Path | None = None) -> CheckResult:
    """Which catalogues this installation has: ours compiled for the GUI (``.qm``), Qt's own
    ``qtbase_pt_BR.qm`` (standard buttons) and the ``.ts`` that ``wegly-lookup`` reads.

    A frozen bundle that lacks one of them fails (the build must ship them); from source or a
    wheel it is a warning, as is a ``.qm`` older than the ``.ts`` of a source checkout.
    """
    from wegly_viewer.core import i18n
    from wegly_viewer.core.language import LANGUAGES
    from wegly_viewer.ui.translations import QM_DIR, loads

    directory = QM_DIR if qm_dir is None else qm_dir
    ours = [lang for lang in LANGUAGES if loads(directory / f"wegly_viewer_{lang}.qm")]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_ours = loads(qt_dir / "qtbase_pt_BR.qm")
    sources = {lang: i18n.ts_path(lang) for lang in LANGUAGES}
    lookup = [lang for lang, path in sources.items() if path is not None]
    detail = (
        f"ours {', '.join(ours) or 'none'}; Qt's pt_BR {'yes' if qt_ours else 'no'}; "
        f"wegly-lookup {', '.join(lookup) or 'none'}"
    )
    missing = []
    if len(ours) < len(LANGUAGES):
        missing.append(f"our .qm in {directory}")
    if not qt_ours:
        missing.append(f"qtbase_pt_BR.qm in {qt_dir}")
    if len(lookup) < len(LANGUAGES):
        missing.append("the .ts for wegly-lookup")
    if missing:
        if getattr(sys, "frozen", False):
            return _fail(f"{detail}; missing {' and '.join(missing)}")
        return _warn(f"{detail}; missing {' and '.join(missing)} (pip install -e . compiles ours)")
    stale = [
        lang
        for lang, ts in sources.items()
        if ts is not None
        and ts.parent != directory  # a source checkout: the .ts is edited, the .qm compiled
        and (directory / f"wegly_viewer_{lang}.qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        return _warn(
            f"{detail}; ours {', '.join(stale)} older than the .ts "
            "(python packaging/ts2qm.py --only-stale resources/translations "
            "app/wegly_viewer/translations)"
        )
    return _ok(detail)


class _LookupWaiter(QObject):
    """Receives the worker's queued signals on the GUI thread and ends the wait."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.result: object = None
        self.error: object = None
        self.done = False

    @Slot(int, object)
    def _on_task_succeeded(self, _request_id: int, result: object) -> None:
        self.result = result
        self.done = True
        self._loop.quit()

    @Slot(int, object)
    def _on_task_failed(self, _request_id: int, error: object) -> None:
        self.error = error
        self.done = True
        self._loop.quit()


def check_lookup() -> CheckResult:
    from wegly_viewer.core.client import ChatClient
    from wegly_viewer.core.clock import SystemClock
    from wegly_viewer.core.models import ChatDetail, Parsed
    from wegly_viewer.devserver import DEMO_CHAT_IDS, ContractServer
    from wegly_viewer.ui.workers import TaskRunner

    chat_id = DEMO_CHAT_IDS["open_reactions"]
    loop = QEventLoop()
    waiter = _LookupWaiter(loop)
    runner = TaskRunner(max_threads=1)
    clock = SystemClock()
    with ContractServer(token=SELF_TEST_TOKEN, clock=clock) as server:
        client = ChatClient(
            server.url, SELF_TEST_TOKEN, timeout=LOOKUP_TIMEOUT_MS / 1000, clock=clock
        )
        try:
            runner.start(
                1,
                lambda: client.get_chat(chat_id),
                on_success=waiter._on_task_succeeded,
                on_failure=waiter._on_task_failed,
            )
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(LOOKUP_TIMEOUT_MS)
            if not waiter.done:
                loop.exec()
            timer.stop()
        finally:
            client.cancel()
            runner.shutdown(timeout_ms=2000)
            client.close()
    if not waiter.done:
        return _fail(f"no answer within {LOOKUP_TIMEOUT_MS / 1000:.0f} s")
    if waiter.error is not None:
        return _fail(f"{type(waiter.error).__name__}: {waiter.error}")
    parsed = waiter.result
    if not isinstance(parsed, Parsed) or not isinstance(parsed.model, ChatDetail):
        return _fail(f"unexpected result {type(parsed).__name__}")
    chat = parsed.model
    if chat.id != chat_id:
        return _fail(f"asked for {chat_id}, parsed {chat.id}")
    reactions = chat.last_message.reactions if chat.last_message else None
    if not reactions:
        return _fail("the chat was parsed without its reactions")
    return _ok(f"chat {chat_id[:8]}… with {len(reactions)} reactions via worker thread")


Check = tuple[str, Callable[[], CheckResult]]


def default_checks() -> list[Check]:
    """The checks, in the order they print; looked up at call time so tests can replace one."""
    module = sys.modules[__name__]
    names = (
        ("version", "check_version"),
        ("python", "check_python"),
        ("qt", "check_qt"),
        ("platform plugins", "check_platform_plugins"),
        ("image formats", "check_image_formats"),
        ("keyring", "check_keyring"),
        ("tls trust", "check_tls"),
        ("emoji font", "check_emoji_font"),
        ("translations", "check_translations"),
        ("lookup", "check_lookup"),
    )
    checks: list[Check] = [(label, getattr(module, attr)) for label, attr in names]
    plugin_checks: list[Check] = [
        (f"platform {name}", _bind_platform_check(name, required))
        for name, required in platform_plugins_to_load()
    ]
    return checks[:4] + plugin_checks + checks[4:]


def _bind_platform_check(name: str, required: bool) -> Callable[[], CheckResult]:
    return lambda: sys.modules[__name__].check_platform_plugin(name, required)


def run_checks(checks: Sequence[Check], out: TextIO) -> int:
    """Run each check, print its line, and return 0 when none failed, else 1.

    A check that raises is a failure of that check; the others still run.
    """
    failed = False
    for label, check in checks:
        try:
            result = check()
        except Exception as exc:
            result = _fail(f"{type(exc).__name__}: {exc}")
        failed = failed or result.status == "FAIL"
        print(f"{result.status:<4}  {label}: {result.detail}", file=out, flush=True)
    return 1 if failed else 0


def run_self_test(out: TextIO | None = None) -> int:
    """Create the application (offscreen by default), run every check and return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    code = run_checks(default_checks(), out if out is not None else sys.stdout)
    app.processEvents()  # deliver the workers' last queued signals before the app goes
    return code
