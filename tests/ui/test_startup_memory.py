"""What start-up leaves in memory: no source text kept, no unused command line, glibc tuned.

The app runs in its own process (a QApplication is one per process, and the pytest process has
imported everything already, so its imports would fill nothing). Measured before the fix, on a
normal chat: 380 source files in ``linecache`` (18 MB of Python objects, read by PySide6's
import hook), httpx's command line with click, rich and pygments (81 modules), and glibc
keeping each big block freed for later (RSS 133 MB; 112 MB after).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_AFTER_STARTUP = """
import linecache, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QSettings
from PySide6.QtWidgets import QApplication
from datetime import UTC, datetime
from wegly_viewer.core.clock import FixedClock
from wegly_viewer.core.secrets import MemoryTokenStore
from wegly_viewer.ui.app import Options, ViewerApp
import os

app = QApplication([])
settings = QSettings(str(Path(os.environ["XDG_CONFIG_HOME"]) / "qt.ini"), QSettings.Format.IniFormat)
viewer = ViewerApp(Options(demo=True), settings, Path(os.environ["XDG_CONFIG_HOME"]),
                   MemoryTokenStore(), clock=FixedClock(datetime(2026, 11, 25, 19, 30, tzinfo=UTC)))
viewer.start()
timer = QElapsedTimer()
timer.start()
while not viewer.ready and timer.elapsed() < 30_000:
    app.processEvents()
    time.sleep(0.005)

def rss():
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")

# A big block freed, then a smaller one: by default glibc raised its mmap threshold at the first
# free, serves the second from the heap and keeps it there once freed.
block = bytearray(8_000_000)
del block
block = bytearray(4_000_000)
for i in range(0, len(block), 4096):
    block[i] = 1
before = rss()
del block
given_back = (before - rss()) // 1_000_000
loaded = [name for name in ("httpx", "httpx._main", "rich", "click", "pygments")
          if sys.modules.get(name) is not None]
print(viewer.ready, len(linecache.cache) < 40, loaded, given_back >= 3)
viewer.window.close()
viewer.shutdown()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc and /proc: Linux")
def test_startup_keeps_no_source_lines_nor_httpx_command_line_and_gives_memory_back(
    tmp_path: Path,
) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", _AFTER_STARTUP],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True True ['httpx'] True"
