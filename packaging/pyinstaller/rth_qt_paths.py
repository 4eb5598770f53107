"""Runtime hook of the frozen app, in place of PyInstaller's ``pyi_rth_pyside6``.

That hook imports ``PySide6.QtCore`` before ``main()`` runs, only to register a ``qt.conf``
whose prefix is the bundle's Qt directory, so ``--version`` and ``--help`` paid for loading Qt
(libQt6Core, shiboken). PySide6's wheels register that ``qt.conf`` themselves when QtCore is
imported (its ``PYSIDE_DISABLE_INTERNAL_QT_CONF`` switch), so here only the plugin path is set,
as that hook did, and Qt loads when the window needs it. (No QML, no QtNetwork: the hook's
QML and OpenSSL search paths have nothing to find.) ``--self-test`` checks the plugins and
Qt's translations are found.
"""

import os
import sys


def _set_qt_plugin_path() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt_dir = os.path.join(base, "PySide6") if sys.platform == "win32" else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_dir, "plugins")


_set_qt_plugin_path()
del _set_qt_plugin_path
