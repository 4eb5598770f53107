"""The baseline of the start-up figures: a bare PySide6 ``QMainWindow``, nothing else.

Reports its first paint exactly as the app does with WEGLY_EXIT_AFTER_SHOW=1
(``ui.startup.QuitAfterFirstPaint``): on stderr, ``first-paint-ms=N`` (wall clock since
WEGLY_T0_NS, set by the launcher just before exec) with ``rss-mb=M``, then quits.

``--gaps MS``: instead of quitting, run the 1 ms gap monitor for MS after the first paint and
print ``{"gap_ms": …, "rss_mb": …}`` on stdout: the idle event loop's longest turn on this
machine (the floor of the GUI-thread figures).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

# Nothing else before the paint: the baseline imports only what a bare window needs.


def rss_mb() -> float:
    """Resident memory (Linux /proc; 0 elsewhere, where the row says so)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return 0.0


class _FirstPaint(QObject):
    def __init__(self, gaps_ms: int) -> None:
        super().__init__()
        self.gaps_ms = gaps_ms
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            start = _env_t0()
            if start is not None:
                elapsed_ms = (time.time_ns() - start) / 1e6
                sys.stderr.write(f"first-paint-ms={elapsed_ms:.0f} rss-mb={rss_mb():.1f}\n")
                sys.stderr.flush()
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if self.gaps_ms:
            import json

            from gui_probe import GapMonitor, settle

            monitor = GapMonitor()
            monitor.start()
            settle(self.gaps_ms / 1000)
            gap = monitor.stop()
            print(json.dumps({"gap_ms": gap * 1000, "rss_mb": rss_mb()}))
        QCoreApplication.quit()


def _env_t0() -> int | None:
    value = os.environ.get("WEGLY_T0_NS", "")
    return int(value) if value.isdigit() else None


def main() -> int:
    gaps_ms = int(sys.argv[sys.argv.index("--gaps") + 1]) if "--gaps" in sys.argv else 0
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    probe = _FirstPaint(gaps_ms)
    window.installEventFilter(probe)
    window.show()
    QTimer.singleShot(10_000, lambda: QCoreApplication.exit(1))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
