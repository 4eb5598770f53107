"""Agents' avatars: downloaded lazily in the background, drawn as circles, initials meanwhile.

Downloads go through a :class:`TaskRunner`, but at most a few at a time
(:data:`AvatarCache.MAX_IN_FLIGHT`), so a screenful of avatars never fills the pool's queue:
if the runner is shared, other work never waits behind images. Requests that pile up while the
user scrolls are served newest first (what is on screen now) and the oldest are dropped (they
are requested again if their row is painted again).
"""

from __future__ import annotations

import logging
import zlib
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
    QTransform,
)

from wegly_viewer.core.avatars import AvatarError, fetch_avatar, url_host
from wegly_viewer.ui.workers import TaskRunner

log = logging.getLogger(__name__)

K = TypeVar("K")
V = TypeVar("V")

SOURCE_SIZE = 128  # decoded avatars are kept at this size: sharp up to 64 px at 2x scaling
MAX_SOURCE_PIXELS = 4096 * 4096  # refuse decompression bombs before decoding them

# Mid-tone colours that carry white text in light and dark themes alike.
_INITIALS_COLOURS = (
    "#1e88e5",
    "#43a047",
    "#e53935",
    "#8e24aa",
    "#f4511e",
    "#00897b",
    "#3949ab",
    "#6d4c41",
    "#c2185b",
    "#546e7a",
    "#7cb342",
    "#5e35b1",
)


def initials_of(name: str) -> str:
    """Initials from the first and last words: ``"Maria Souza"`` -> ``"MS"``, ``""`` -> ``"?"``.

    Words that do not start with a letter (``"01"``, emoji) are skipped when others do.
    """
    words = name.split()
    lettered = [word for word in words if word[0].isalpha()] or [
        word for word in words if word[0].isalnum()
    ]
    if not lettered:
        return "?"
    if len(lettered) == 1:
        return lettered[0][0].upper()
    return (lettered[0][0] + lettered[-1][0]).upper()


def colour_of(name: str) -> QColor:
    """A colour picked from the name, the same on every run (``hash()`` is salted; crc32 not)."""
    index = zlib.crc32(name.strip().casefold().encode()) % len(_INITIALS_COLOURS)
    return QColor(_INITIALS_COLOURS[index])


def decode_avatar(data: bytes) -> QImage:
    """Decode image bytes into a square ``SOURCE_SIZE`` image (thread-safe: QImage only).

    Raises:
        AvatarError: the bytes are not an image Qt can read, or it is absurdly large.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise AvatarError("image dimensions too large")
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise AvatarError("not a readable image")
    side = min(image.width(), image.height())
    square = image.copy(
        QRect((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    )
    return square.scaled(
        SOURCE_SIZE,
        SOURCE_SIZE,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _load_avatar(fetch: Callable[[str], bytes], url: str) -> QImage | None:
    """Worker side: fetch and decode; None when the avatar is unavailable (logged by host)."""
    try:
        return decode_avatar(fetch(url))
    except AvatarError as exc:
        log.debug("avatar unavailable: %s", exc)  # the message names the host only
    except Exception as exc:  # an injected fetch may raise anything; it must not be retried
        log.debug("avatar unavailable from %s: %s", url_host(url), type(exc).__name__)
    return None


def _device_pixel_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


class _LruCache(Generic[K, V]):
    """A small least-recently-used map (GUI thread only)."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


class AvatarCache(QObject):
    """Circular avatar pixmaps by URL, fetched in the background on first request.

    :meth:`pixmap` always answers at once: the avatar if it is loaded, else an initials circle
    (and, the first time a URL is asked for, a background fetch starts). Failed URLs are not
    retried this session. URLs are never logged, only their host (they may hold signed tokens).

    Args:
        runner: the app's background-work runner.
        fetch: downloads one URL and returns the image bytes (runs on a pool thread).
        parent: Qt parent.

    Signals:
        avatar_ready(str): the URL whose avatar was just loaded; repaint what shows it.
    """

    avatar_ready = Signal(str)

    MAX_IN_FLIGHT = 3  # below a 4-thread pool: a shared runner keeps a thread for other work
    MAX_QUEUED = 100
    CAPACITY = 500

    def __init__(
        self,
        runner: TaskRunner,
        fetch: Callable[[str], bytes] = fetch_avatar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._fetch = fetch
        self._images: _LruCache[str, QImage] = _LruCache(self.CAPACITY)
        self._circles: _LruCache[tuple[str, int, float], QPixmap] = _LruCache(self.CAPACITY)
        self._initials: _LruCache[tuple[str, str, int, float], QPixmap] = _LruCache(self.CAPACITY)
        self._failed: set[str] = set()
        self._queue: OrderedDict[str, None] = OrderedDict()  # newest last, served first
        self._in_flight: dict[int, str] = {}
        self._next_request = 0

    # --- public ----------------------------------------------------------------------------

    def pixmap(self, url: str | None, name: str, size: int = 32) -> QPixmap:
        """The avatar of ``url`` as a ``size`` px circle, or the initials of ``name`` for now."""
        url = (url or "").strip()
        dpr = _device_pixel_ratio()
        if url:
            image = self._images.get(url)
            if image is not None:
                return self._circle(url, image, size, dpr)
            self._request(url)
        return self._initials_circle(name, size, dpr)

    def is_loaded(self, url: str) -> bool:
        """Whether the avatar of ``url`` is in memory."""
        return url.strip() in self._images

    def has_failed(self, url: str) -> bool:
        """Whether fetching ``url`` failed this session (it will not be tried again)."""
        return url.strip() in self._failed

    @property
    def pending_count(self) -> int:
        """Fetches queued or running."""
        return len(self._queue) + len(self._in_flight)

    # --- fetching --------------------------------------------------------------------------

    def _request(self, url: str) -> None:
        if url in self._failed or url in self._queue or url in self._in_flight.values():
            return
        self._queue[url] = None
        while len(self._queue) > self.MAX_QUEUED:
            self._queue.popitem(last=False)  # scrolled past long ago; asked again if repainted
        self._pump()

    def _pump(self) -> None:
        while self._queue and len(self._in_flight) < self.MAX_IN_FLIGHT:
            url, _ = self._queue.popitem(last=True)
            self._next_request += 1
            request_id = self._next_request
            task = self._runner.start(
                request_id,
                partial(_load_avatar, self._fetch, url),  # the work, not a handler
                on_success=self._on_task_succeeded,
                on_failure=self._on_task_failed,
                on_finish=self._on_task_finished,
            )
            if task is None:  # the runner was shut down: nothing more will be fetched
                self._queue.clear()
                return
            self._in_flight[request_id] = url

    @Slot(int, object)
    def _on_task_succeeded(self, request_id: int, result: object) -> None:
        url = self._in_flight.get(request_id)
        if url is None:
            return
        if isinstance(result, QImage) and not result.isNull():
            self._images.put(url, result)
            self.avatar_ready.emit(url)
        else:
            self._failed.add(url)

    @Slot(int, object)
    def _on_task_failed(self, request_id: int, _error: object) -> None:
        url = self._in_flight.get(request_id)
        if url is not None:
            self._failed.add(url)

    @Slot(int)
    def _on_task_finished(self, request_id: int) -> None:
        self._in_flight.pop(request_id, None)
        self._pump()

    # --- drawing ---------------------------------------------------------------------------

    def _circle(self, url: str, image: QImage, size: int, dpr: float) -> QPixmap:
        key = (url, size, dpr)
        cached = self._circles.get(key)
        if cached is not None:
            return cached
        pixmap, painter = _canvas(size, dpr)
        side = pixmap.width()
        scaled = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        # A textured brush with antialiasing gives a smooth edge; a clip path would not.
        brush = QBrush(scaled)
        brush.setTransform(QTransform.fromScale(1 / dpr, 1 / dpr))
        painter.setBrush(brush)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, size, size)
        painter.end()
        self._circles.put(key, pixmap)
        return pixmap

    def _initials_circle(self, name: str, size: int, dpr: float) -> QPixmap:
        initials = initials_of(name)
        colour = colour_of(name)
        key = (initials, colour.name(), size, dpr)
        cached = self._initials.get(key)
        if cached is not None:
            return cached
        pixmap, painter = _canvas(size, dpr)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, size, size)
        font = QFont()
        font.setPixelSize(max(6, round(size * (0.42 if len(initials) > 1 else 0.5))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
        painter.end()
        self._initials.put(key, pixmap)
        return pixmap


def _canvas(size: int, dpr: float) -> tuple[QPixmap, QPainter]:
    """A transparent pixmap of ``size`` logical px and an antialiased painter on it."""
    pixmap = QPixmap(max(1, round(size * dpr)), max(1, round(size * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    return pixmap, painter
