"""The main window: lookup bar, state pages (empty, loading, chat), banner and status bar.

This module imports only Qt and the light parts of core, so the window can paint before
httpx and pydantic are loaded; the chat tabs and the lookup controller are installed afterwards
with :meth:`MainWindow.install`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QRect,
    QSettings,
    QSize,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.clock import Clock
from wegly_viewer.core.formatting import clock_time, format_seconds, local_time, relative_time
from wegly_viewer.core.version import APP_NAME, __version__
from wegly_viewer.ui.text import tr
from wegly_viewer.ui.widgets.lookup_bar import LookupBar
from wegly_viewer.ui.widgets.plain_label import plain_label, text_button

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QListWidgetItem, QMessageBox

    from wegly_viewer.ui.chat_view import ChatView
    from wegly_viewer.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from wegly_viewer.ui.lookup_controller import LookupController
    from wegly_viewer.ui.prepared import PreparedChat

BUSY_DELAY_MS = 250  # fast answers should not flash a spinner
MAX_RECENT = 12
AGE_REFRESH_MS = 30_000  # "atualizado às 14:05 (há 3 min)" re-read from the clock
TICK_MS = 1000  # the loading page's elapsed time and the rate-limit countdown re-read the clock
DEFAULT_SIZE = QSize(1040, 720)
# Room left for the window's title bar and frame, which the available geometry does not include.
_FRAME_ALLOWANCE = QSize(16, 40)
_MINIMUM_SIZE = QSize(720, 480)
# QtWidgets' QWidget subclasses (PySide6 6.11), a few per deferred step: see
# MainWindow.set_up_widget_classes.
_WIDGET_CLASSES: tuple[tuple[str, ...], ...] = (
    (
        "QAbstractButton",
        "QAbstractItemView",
        "QAbstractScrollArea",
        "QAbstractSlider",
        "QAbstractSpinBox",
        "QCalendarWidget",
        "QCheckBox",
        "QColorDialog",
    ),
    (
        "QColumnView",
        "QComboBox",
        "QCommandLinkButton",
        "QDateEdit",
        "QDateTimeEdit",
        "QDial",
        "QDialog",
        "QDialogButtonBox",
    ),
    (
        "QDockWidget",
        "QDoubleSpinBox",
        "QErrorMessage",
        "QFileDialog",
        "QFocusFrame",
        "QFontComboBox",
        "QFontDialog",
        "QFrame",
    ),
    (
        "QGraphicsView",
        "QGroupBox",
        "QHeaderView",
        "QInputDialog",
        "QKeySequenceEdit",
        "QLCDNumber",
        "QLabel",
        "QLineEdit",
    ),
    (
        "QListView",
        "QListWidget",
        "QMainWindow",
        "QMdiArea",
        "QMdiSubWindow",
        "QMenu",
        "QMenuBar",
        "QMessageBox",
    ),
    (
        "QPlainTextEdit",
        "QProgressBar",
        "QProgressDialog",
        "QPushButton",
        "QRadioButton",
        "QRhiWidget",
        "QRubberBand",
        "QScrollArea",
    ),
    (
        "QScrollBar",
        "QSizeGrip",
        "QSlider",
        "QSpinBox",
        "QSplashScreen",
        "QSplitter",
        "QSplitterHandle",
        "QStackedWidget",
    ),
    (
        "QStatusBar",
        "QTabBar",
        "QTabWidget",
        "QTableView",
        "QTableWidget",
        "QTextBrowser",
        "QTextEdit",
        "QTimeEdit",
    ),
    (
        "QToolBar",
        "QToolBox",
        "QToolButton",
        "QTreeView",
        "QTreeWidget",
        "QUndoView",
        "QWidget",
        "QWizard",
    ),
    ("QWizardPage",),
)
_RATE_LIMIT_DEFAULT_WAIT_S = 10.0  # when the server did not say how long to wait
_CHAT_ID_ROLE = 256  # Qt.ItemDataRole.UserRole, without building Qt's namespace at import


def first_size(wanted: QSize, available: QRect) -> QSize:
    """The first window size: ``wanted``, shrunk to fit ``available`` with its frame.

    At ``QT_SCALE_FACTOR=1.5`` a 1366×768 screen is 910×512 logical pixels: 1040×720 would put
    the Look up button off screen.
    """
    return QSize(
        max(1, min(wanted.width(), available.width() - _FRAME_ALLOWANCE.width())),
        max(1, min(wanted.height(), available.height() - _FRAME_ALLOWANCE.height())),
    )


def minimum_size(available: QRect) -> QSize:
    """The smallest window allowed: 720×480, or less on a screen too small for that."""
    return first_size(_MINIMUM_SIZE, available)


def geometry_fits(frame: QRect, screens: list[QRect]) -> bool:
    """Whether a saved window frame lies wholly on one of the ``screens`` (available areas)."""
    return any(screen.contains(frame) for screen in screens)


class MainWindow(QMainWindow):
    """The application window.

    Object names: ``page_empty``, ``page_loading``, ``page_chat``, ``recent_list``,
    ``demo_list``, ``loading_cancel``, ``connection_label``, ``need_key_button``,
    ``try_demo_button``; the message boxes ``about_box`` and ``forget_key_box``.

    Signals:
        change_key_requested(): open the API-key dialog.
        forget_key_requested(): delete the stored key (the user confirmed it).
        try_demo_requested(): switch to the built-in demo server.
        recent_ids_changed(list): the recent chat ids (newest first) to keep; ids only.
        closing(): the window is closing; the app shuts its workers down.
    """

    change_key_requested = Signal()
    forget_key_requested = Signal()
    try_demo_requested = Signal()
    recent_ids_changed = Signal(list)
    theme_chosen = Signal(str)
    language_chosen = Signal(str)
    closing = Signal()

    def __init__(
        self, settings: QSettings, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self.about_box: QMessageBox | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.forget_key_box: QMessageBox | None = None
        self._controller: LookupController | None = None
        self._chat_view: ChatView | None = None
        self._has_chat = False
        self._closed = False
        self._recent_ids: list[str] = []
        self._recent_names: dict[str, str] = {}
        self._title_base = APP_NAME
        self._shown_id = ""  # the chat on the chat page (its data may be the previous chat's)
        self._shown_name = ""
        self._pending_id = ""  # the chat being looked up, or the one whose lookup failed
        self._previous_marked = False
        self._origin: QWidget | None = None  # the page to return to after a failure or Cancel
        self._started_at: datetime | None = None
        self._ticks = 0
        self._attempt = (1, 1)
        self._retry_at: datetime | None = None
        self._retry_remaining = 0.0
        self._auto_retry_used = False
        self._auto_retrying = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(_MINIMUM_SIZE)

        # What the first paint shows is built here; the rest (banner, loading and chat pages,
        # the start page's lists, the completer) comes one piece per event-loop turn after it
        # (deferred_steps, or finish_building on first use). Nothing here touches Qt's
        # namespace (``Qt.*``, ~23 ms to build): see widgets.plain_label.
        self._built = False
        self._steps_done: set[str] = set()
        self.lookup_bar = LookupBar(self)
        self.stack = QStackedWidget(self)
        self.empty_page = self._build_empty_page()
        self.stack.addWidget(self.empty_page)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top_row = QHBoxLayout()
        top_row.setContentsMargins(12, 0, 0, 0)
        top_row.setSpacing(0)
        self.home_button = text_button(tr("MainWindow", "Start"), self)
        self.home_button.setObjectName("home_button")
        self.home_button.setToolTip(
            tr("MainWindow", "The start page: sample and recent chats (Alt+Home)")
        )
        self.home_button.setAccessibleName(tr("MainWindow", "Start page"))
        self.home_button.clicked.connect(self.go_home)
        home_column = QVBoxLayout()
        home_column.setContentsMargins(0, 10, 0, 0)  # level with the field (the bar's margin)
        home_column.addWidget(self.home_button)
        home_column.addStretch(1)
        top_row.addLayout(home_column)
        top_row.addWidget(self.lookup_bar, 1)
        layout.addLayout(top_row)
        self._banner_row = QHBoxLayout()
        self._banner_row.setContentsMargins(12, 0, 12, 0)
        layout.addLayout(self._banner_row)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.connection_label = plain_label("", self)
        self.connection_label.setObjectName("connection_label")
        self.connection_label.setAccessibleName(tr("MainWindow", "Connection"))
        self.statusBar().addPermanentWidget(self.connection_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._on_busy_timer_timeout)
        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("tick_timer")
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._loaded_at: datetime | None = None
        self.age_timer = QTimer(self)
        self.age_timer.setObjectName("age_timer")
        self.age_timer.setInterval(AGE_REFRESH_MS)
        self.age_timer.timeout.connect(self.refresh_data_age)

        self._build_menu_titles()
        self.lookup_bar.key_pasted.connect(self._on_lookup_bar_key_pasted)
        self._restore_geometry()

    # --- the rest of the window, after the first paint ----------------------------------------

    def deferred_steps(self) -> list[Callable[[], None]]:
        """What the first paint did not need, in pieces of a few ms each, to run one per
        event-loop turn after it (the first builds Qt's namespace, alone in its turn).
        Each piece runs once; :meth:`finish_building` runs those not run yet."""
        return [
            self._step_namespace,
            self._step_menus,
            self._step_pages,
            self._step_lists,
            *(partial(self._step_widget_classes, part) for part in range(len(_WIDGET_CLASSES))),
        ]

    def finish_building(self) -> None:
        """Build now whatever of the window is not built yet (idempotent, cheap once built)."""
        if self._built:
            return
        for step in self.deferred_steps():
            step()

    def _once(self, name: str) -> bool:
        """True the first time ``name`` is asked for: that step is to run now."""
        if name in self._steps_done:
            return False
        self._steps_done.add(name)
        self._built = len(self._steps_done) == len(self.deferred_steps())
        return True

    def _step_namespace(self) -> None:
        if self._once("namespace"):
            # Qt's namespace: ~90 enums at once, the longest piece; everything below uses it.
            from PySide6.QtCore import Qt

            del Qt

    def _step_menus(self) -> None:
        if self._once("menus"):
            self._build_menus()

    def _step_widget_classes(self, part: int) -> None:
        if self._once(f"widget classes {part}"):
            for name in _WIDGET_CLASSES[part]:
                getattr(QtWidgets, name, None)  # PySide6 sets a class up on first access

    def set_up_widget_classes(self) -> None:
        """Pay a first-time cost of PySide6 now, before the tabs are built (idempotent).

        A widget Qt made itself (a view's viewport) reaches Python as a QWidget whose class
        PySide6 looks up among every QWidget subclass, setting up the ~70 of them and their
        enums the first time (10-14 ms in one call). The conversation tab's bubbles ask for
        their view's viewport. The deferred steps set those classes up a few at a time (1-3 ms
        a step); the look-up then costs ~0.1 ms. (A class of a newer Qt missing from
        :data:`_WIDGET_CLASSES` is set up by the look-up itself: slower, still right.)
        """
        self._step_lists()
        for part in range(len(_WIDGET_CLASSES)):
            self._step_widget_classes(part)
        self.recent_list.viewport()

    def _step_pages(self) -> None:
        if not self._once("pages"):
            return
        self._step_namespace()
        from wegly_viewer.ui.widgets.error_banner import ErrorBanner

        self.banner = ErrorBanner(self)
        self._banner_row.addWidget(self.banner)
        self.banner.copied.connect(self.show_status)
        self.banner.change_key_requested.connect(self.change_key_requested)
        self.loading_page = self._build_loading_page()
        self.chat_page = QWidget(self)
        self.chat_page.setObjectName("page_chat")
        self._chat_layout = QVBoxLayout(self.chat_page)
        self._chat_layout.setContentsMargins(0, 0, 0, 0)
        self._chat_layout.addWidget(self._build_chat_header())
        for page in (self.loading_page, self.chat_page):
            self.stack.addWidget(page)

    def _step_lists(self) -> None:
        if not self._once("lists"):
            return
        self._step_pages()
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        self._build_start_lists()
        self._recent_model = QStringListModel(self)
        self.completer = QCompleter(self._recent_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._on_completer_activated)
        self.lookup_bar.input.setCompleter(self.completer)
        self.lookup_bar.input.installEventFilter(self)
        self._load_recent()

    # --- construction ------------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("page_empty")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        title = plain_label(tr("MainWindow", "Look up a chat"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        hint = plain_label(
            tr(
                "MainWindow",
                "Paste the chat ID above: just the ID, a link from Wegly, or any text that "
                "contains one. Enter looks it up, F5 refreshes, Esc cancels.",
            ),
            page,
        )
        hint.setWordWrap(True)
        self.need_key_label = plain_label("", page)
        self.need_key_label.setWordWrap(True)
        self.need_key_button = text_button(tr("MainWindow", "Enter API key…"), page)
        self.need_key_button.setObjectName("need_key_button")
        self.need_key_button.clicked.connect(self.change_key_requested)
        self.try_demo_button = text_button(tr("MainWindow", "Try the demo"), page)
        self.try_demo_button.setObjectName("try_demo_button")
        self.try_demo_button.clicked.connect(self.try_demo_requested)
        self.need_key_label.hide()
        self.need_key_button.hide()
        self.try_demo_button.hide()

        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.need_key_label)
        key_row = QHBoxLayout()
        key_row.addWidget(self.need_key_button)
        key_row.addWidget(self.try_demo_button)
        key_row.addStretch(1)
        layout.addLayout(key_row)
        # Keeps the text at the top while neither list is shown (first start, no demo); the
        # lists go above it after the first paint (_build_start_lists).
        self._empty_filler = QWidget(page)
        self._empty_filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self._empty_filler, 1)
        self._empty_layout = layout
        return page

    def _build_start_lists(self) -> None:
        """The start page's sample and recent chats (both hidden until they have rows)."""
        from PySide6.QtWidgets import QListWidget

        page = self.empty_page
        self.demo_title = QLabel(tr("MainWindow", "Sample chats (demo)"), page)
        self.demo_list = QListWidget(page)
        self.demo_list.setObjectName("demo_list")
        self.demo_list.setAccessibleName(tr("MainWindow", "Sample chats"))
        self.demo_list.setAccessibleDescription(
            tr("MainWindow", "Built-in sample data: choose one to look it up, no key needed.")
        )
        self.demo_title.setBuddy(self.demo_list)
        self.demo_list.itemActivated.connect(self._on_list_item_activated)
        self.demo_list.itemClicked.connect(self._on_list_item_activated)
        self.demo_title.hide()
        self.demo_list.hide()
        self.recent_title = QLabel(tr("MainWindow", "Recent chats"), page)
        self.recent_list = QListWidget(page)
        self.recent_list.setObjectName("recent_list")
        self.recent_list.setAccessibleName(tr("MainWindow", "Recent chats"))
        self.recent_list.setAccessibleDescription(
            tr("MainWindow", "The chats you looked up last: choose one to look it up again.")
        )
        self.recent_title.setBuddy(self.recent_list)
        self.recent_list.itemActivated.connect(self._on_list_item_activated)
        self.recent_list.itemClicked.connect(self._on_list_item_activated)

        layout = self._empty_layout
        at = layout.indexOf(self._empty_filler)
        for offset, (widget, stretch) in enumerate(
            (
                (self.demo_title, 0),
                (self.demo_list, 2),
                (self.recent_title, 0),
                (self.recent_list, 1),
            )
        ):
            layout.insertWidget(at + offset, widget, stretch)

    def _build_chat_header(self) -> QWidget:
        """Above the tabs, the "previous chat" notice (hidden while the chat is current)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame

        header = QWidget(self)
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 0, 12, 0)
        self.previous_bar = QFrame(header)
        self.previous_bar.setObjectName("previous_chat_bar")
        # The warning banner's fixed colours: they read on light and dark palettes alike.
        self.previous_bar.setStyleSheet(
            "QFrame#previous_chat_bar {background: #fff4e5; border: 1px solid #ffd08a;"
            " border-radius: 6px;} QLabel#previous_chat_label {color: #663c00;}"
        )
        bar_row = QHBoxLayout(self.previous_bar)
        bar_row.setContentsMargins(8, 4, 4, 4)
        self.previous_label = QLabel(self.previous_bar)
        self.previous_label.setObjectName("previous_chat_label")
        self.previous_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_label.setWordWrap(True)
        font = self.previous_label.font()
        font.setBold(True)
        self.previous_label.setFont(font)
        self.back_to_chat_button = QPushButton(tr("MainWindow", "Back to this chat"), header)
        self.back_to_chat_button.setObjectName("back_to_chat_button")
        self.back_to_chat_button.setToolTip(
            tr("MainWindow", "Show this chat as the current one again and hide the message")
        )
        self.back_to_chat_button.clicked.connect(self._restore_shown_chat)
        bar_row.addWidget(self.previous_label, 1)
        bar_row.addWidget(self.back_to_chat_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.previous_bar.hide()
        self.data_age_label = QLabel(header)
        self.data_age_label.setObjectName("data_age_label")
        self.data_age_label.setTextFormat(Qt.TextFormat.PlainText)
        self.data_age_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.data_age_label.setContentsMargins(0, 0, 12, 0)
        row.addWidget(self.previous_bar, 1)
        # The age goes in the status bar (install()): no line of its own on small screens.
        header.hide()  # shown with the notice only
        self._chat_header = header
        return header

    def _update_empty_filler(self) -> None:
        self._step_lists()
        lists_shown = not self.demo_list.isHidden() or not self.recent_list.isHidden()
        self._empty_filler.setVisible(not lists_shown)

    def _build_loading_page(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressBar

        page = QWidget(self)
        page.setObjectName("page_loading")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.loading_label = QLabel(page)
        self.loading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        progress = QProgressBar(page)
        progress.setRange(0, 0)  # busy indicator
        progress.setMaximumWidth(320)
        progress.setTextVisible(False)
        progress.setAccessibleName(tr("MainWindow", "Looking up…"))
        self.loading_detail = QLabel(page)
        self.loading_detail.setObjectName("loading_detail")
        self.loading_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.loading_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cancel = QPushButton(tr("MainWindow", "Cancel"), page)
        cancel.setObjectName("loading_cancel")
        cancel.setToolTip(tr("MainWindow", "Stop this lookup (Esc)"))
        cancel.clicked.connect(self.cancel_lookup)
        layout.addWidget(self.loading_label)
        layout.addWidget(progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.loading_detail)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_menu_titles(self) -> None:
        """The menu bar's menus, empty: all the first paint shows of them. Their actions (and
        the window's shortcuts) come in the first step after it (:meth:`_build_menus`): QAction,
        QKeySequence and QActionGroup cost ~5 ms to set up that the paint need not wait for.
        A QMenu built first and then added (not ``addMenu(title)``, whose QIcon overload sets
        up QIcon's enums)."""
        bar = self.menuBar()
        self._menus: list[QMenu] = []
        for title in (
            tr("MainWindow", "&Chat"),
            tr("MainWindow", "&API key"),
            tr("MainWindow", "&View"),
            tr("MainWindow", "&Help"),
        ):
            menu = QMenu(title, self)
            bar.addMenu(menu)
            self._menus.append(menu)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        chat_menu, key_menu, view_menu, help_menu = self._menus
        self.focus_action = self._action(
            tr("MainWindow", "&Look up…"), "Ctrl+L", self.lookup_bar.focus_input
        )
        self.refresh_action = self._action(
            tr("MainWindow", "&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh
        )
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.cancel_action = self._action(tr("MainWindow", "&Cancel"), "Esc", self.cancel_lookup)
        self.home_action = self._action(tr("MainWindow", "&Start page"), "Alt+Home", self.go_home)
        quit_action = self._action(
            tr("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        self.copy_summary_action = self._action(
            tr("MainWindow", "C&opy service summary"), "Ctrl+Shift+C", self.copy_summary
        )
        for action in (
            self.focus_action,
            self.refresh_action,
            self.cancel_action,
            self.home_action,
            self.copy_summary_action,
        ):
            chat_menu.addAction(action)
        self.clear_recent_action = self._action(
            tr("MainWindow", "Cl&ear recent chats"), None, self.clear_recent
        )
        chat_menu.addAction(self.clear_recent_action)
        chat_menu.addSeparator()
        chat_menu.addAction(quit_action)
        self.change_key_action = self._action(
            tr("MainWindow", "&Change API key…"), None, self.change_key_requested.emit
        )
        self.forget_key_action = self._action(
            tr("MainWindow", "&Forget saved key…"), None, self.confirm_forget_key
        )
        key_menu.addAction(self.change_key_action)
        key_menu.addAction(self.forget_key_action)
        self._build_view_menu(view_menu)
        help_menu.addAction(
            self._action(
                tr("MainWindow", "&About {app}").format(app=APP_NAME),
                None,
                self._on_about_triggered,
            )
        )
        self.shortcuts_action = self._action(
            tr("MainWindow", "&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        help_menu.addAction(self.shortcuts_action)

    def _build_view_menu(self, view_menu: QMenu) -> None:
        """Exibir: the theme (applied at once) and the language (from the next start)."""
        theme_menu = view_menu.addMenu(tr("MainWindow", "&Theme"))
        themes = (
            ("system", tr("MainWindow", "&System's")),
            ("light", tr("MainWindow", "&Light")),
            ("dark", tr("MainWindow", "&Dark")),
        )
        self.theme_actions = self._choice_group(theme_menu, themes, self._on_theme_triggered)
        language_menu = view_menu.addMenu(tr("MainWindow", "&Language"))
        # Each language names itself, so an agent who cannot read the current one finds theirs.
        languages = (
            ("system", tr("MainWindow", "&System's")),
            ("pt_BR", "&Português (Brasil)"),
            ("en", "&English"),
        )
        self.language_actions = self._choice_group(
            language_menu, languages, self._on_language_triggered
        )

    def _choice_group(
        self, menu: QMenu, choices: tuple[tuple[str, str], ...], slot: object
    ) -> dict[str, QAction]:
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self)
        actions: dict[str, QAction] = {}
        for value, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setData(value)
            group.addAction(action)
            actions[value] = action
        group.triggered.connect(slot)
        return actions

    @Slot(object)  # a QAction (its class is set up after the first paint)
    def _on_theme_triggered(self, action: QAction) -> None:
        self.theme_chosen.emit(str(action.data()))

    @Slot(object)  # a QAction
    def _on_language_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))
        self.show_notice(tr("MainWindow", "The new language is used the next time the app opens."))

    def set_preferences(self, theme: str, language: str) -> None:
        """Tick the stored theme and language in the View menu."""
        self._step_menus()
        for value, action in self.theme_actions.items():
            action.setChecked(value == theme)
        for value, action in self.language_actions.items():
            action.setChecked(value == language)

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            # The list overload: setShortcut's own resolution builds Qt's namespace (~23 ms).
            # A standard key has the platform's bindings (none for Quit on some platforms:
            # then no shortcut, rather than an empty one the shortcuts list would show).
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys = QKeySequence.keyBindings(shortcut)
            else:
                keys = [QKeySequence(shortcut)]
            keys = [key for key in keys if not key.isEmpty()]
            if keys:
                action.setShortcuts(keys)
        # The window's shortcut (Qt's default context, Qt::WindowShortcut: not set here, the
        # first paint builds no Qt namespace).
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- wiring ------------------------------------------------------------------------------

    def install(self, controller: LookupController, chat_view: ChatView) -> None:
        """Attach the lookup machinery and the tabs once they are built (after first paint)."""
        self.finish_building()
        self._controller = controller
        self._chat_view = chat_view
        self._chat_layout.addWidget(chat_view)
        # In the status bar, not the tab bar's corner: seven tabs in pt-BR need the whole width.
        self.statusBar().insertPermanentWidget(0, self.data_age_label)
        chat_view.copied.connect(self.show_status)
        self.lookup_bar.lookup_requested.connect(controller.lookup)
        self.banner.retry_requested.connect(self.refresh)
        controller.started.connect(self._on_controller_started)
        controller.loaded.connect(self._on_controller_loaded)
        controller.failed.connect(self._on_controller_failed)
        controller.cancelled.connect(self._on_controller_cancelled)
        # The tabs are built one per event-loop turn: the conversation is wired once it exists
        # (before any chat is shown: showing a chat builds it in that turn).
        chat_view.when_built("tab_conversation", self._wire_conversation)
        controller.progress.connect(self._on_controller_progress)

    def _wire_conversation(self, conversation: QWidget) -> None:
        from wegly_viewer.ui.panels.conversation import ConversationPanel

        controller = self._controller
        if controller is None or not isinstance(conversation, ConversationPanel):
            return
        controller.timeline_started.connect(conversation.show_loading)
        controller.timeline_loaded.connect(conversation.show_timeline)
        controller.timeline_failed.connect(conversation.show_error)
        conversation.older_requested.connect(controller.load_older_timeline)
        conversation.retry_requested.connect(controller.reload_timeline)

    @property
    def controller(self) -> LookupController | None:
        return self._controller

    @property
    def chat_view(self) -> ChatView | None:
        return self._chat_view

    def set_connection_text(self, text: str) -> None:
        self.connection_label.setText(text)

    def set_demo_chats(self, chats: list[tuple[str, str]]) -> None:
        """Show the demo's sample chats (name, id) to try on the empty page."""
        from PySide6.QtWidgets import QListWidgetItem

        self.finish_building()
        self.demo_list.clear()
        for name, chat_id in chats:
            item = QListWidgetItem(name)
            item.setToolTip(chat_id)  # our own demo ids: plain, safe text
            item.setData(_CHAT_ID_ROLE, chat_id)
            self.demo_list.addItem(item)
        self.demo_title.setVisible(bool(chats))
        self.demo_list.setVisible(bool(chats))
        self._update_empty_filler()
        self._title_base = (
            tr("MainWindow", "{app} — demo").format(app=APP_NAME) if chats else APP_NAME
        )
        self._update_title()

    def _update_title(self) -> None:
        """The contact's name first while their chat is the current one (the taskbar shows it)."""
        current = (
            self._shown_name
            and not self._previous_marked
            and self.stack.currentWidget() is self.chat_page
        )
        if current:
            self.setWindowTitle(
                tr("MainWindow", "{name} — {app}").format(
                    name=self._shown_name, app=self._title_base
                )
            )
        else:
            self.setWindowTitle(self._title_base)

    def set_needs_key(self, needed: bool, reason: str = "") -> None:
        """Show the "no API key yet" prompt on the empty page."""
        self.need_key_label.setText(
            reason
            or tr("MainWindow", "No API key yet. Add your Wegly integration key to look up chats.")
        )
        self.need_key_label.setVisible(needed)
        self.need_key_button.setVisible(needed)
        self.try_demo_button.setVisible(needed)

    @Slot(str)
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def show_notice(self, text: str) -> None:
        """A status message that matters more (e.g. settings were reset): kept for 30 s."""
        self.statusBar().showMessage(text, 30_000)

    # --- user actions ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self._controller is not None and not self._controller.refresh():
            self.lookup_bar.submit()

    @Slot()
    def cancel_lookup(self) -> None:
        if self._controller is not None and self._controller.is_busy:
            self._controller.cancel()

    @Slot()
    def go_home(self) -> None:
        """The start page (sample and recent chats), from anywhere; a running lookup stops."""
        self.finish_building()
        self._origin = self.empty_page
        self.cancel_lookup()
        self._stop_countdown()
        self._busy_timer.stop()
        self.banner.hide()
        self._set_previous_marked(False)
        self.stack.setCurrentWidget(self.empty_page)
        self.lookup_bar.input.clear()
        self.lookup_bar.focus_input()
        self._update_title()

    @Slot(str)
    def _on_completer_activated(self, text: str) -> None:
        # The chosen "name · id" line is in the field now; looking it up is what was asked.
        self.lookup_bar.input.setText(text)
        self.lookup_bar.submit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the empty lookup field opens the whole list of recent chats."""
        from PySide6.QtGui import QKeyEvent  # installed after the first paint (_step_lists)

        if (
            watched is self.lookup_bar.input
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            from PySide6.QtCore import Qt  # built before this filter is installed (_step_lists)

            if (
                event.key() == Qt.Key.Key_Down
                and not self.lookup_bar.input.text()
                and self._recent_model.rowCount() > 0
            ):
                self.completer.setCompletionPrefix("")
                self.completer.complete()
                return True
        return super().eventFilter(watched, event)

    @Slot(object)  # a QListWidgetItem
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        chat_id = item.data(_CHAT_ID_ROLE)
        if isinstance(chat_id, str):
            self.lookup_bar.set_chat_id(chat_id)
            self.lookup_bar.submit()

    @Slot()
    def _on_lookup_bar_key_pasted(self) -> None:
        self.show_status(
            tr("MainWindow", "An API key was pasted into the chat ID field; it was cleared.")
        )

    @Slot()
    def copy_summary(self) -> None:
        """Copy the service summary of the chat on screen (what ``wegly-lookup`` prints)."""
        view = self._chat_view
        if view is None or not self._has_chat or not view.copy_summary():
            self.show_status(tr("MainWindow", "No chat to summarize yet: look one up first."))

    @Slot()
    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: every shortcut of the window, read from its actions."""
        if self.shortcuts_dialog is None:
            from wegly_viewer.ui.dialogs.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.refresh()
        self.shortcuts_dialog.open()

    @Slot()
    def _on_about_triggered(self) -> None:
        if self.about_box is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(self)
            box.setObjectName("about_box")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(tr("MainWindow", "About {app}").format(app=APP_NAME))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                tr("MainWindow", "{app}, version {version}").format(
                    app=APP_NAME, version=__version__
                )
            )
            box.setInformativeText(
                tr(
                    "MainWindow",
                    "Shows a Wegly chat from its ID: the conversation, the customer, the agents "
                    "and where the lead came from. It only reads: nothing is changed in Wegly.",
                )
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            self.about_box = box
        self.about_box.open()

    @Slot()
    def confirm_forget_key(self) -> None:
        """Ask before deleting the saved key; emits ``forget_key_requested`` on "Forget key"."""
        if self.forget_key_box is not None and self.forget_key_box.isVisible():
            self.forget_key_box.raise_()
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("forget_key_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("MainWindow", "Forget the saved API key?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("MainWindow", "Forget the saved API key?"))
        box.setInformativeText(
            tr(
                "MainWindow",
                "The key is removed from this computer. To look up chats again you will need "
                "to paste it again (Wegly shows a key only once: keep a copy or create a new one).",
            )
        )
        forget = box.addButton(tr("MainWindow", "&Forget key"), QMessageBox.ButtonRole.AcceptRole)
        forget.setObjectName("forget_key_confirm")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        forget.clicked.connect(self.forget_key_requested)
        self.forget_key_box = box
        box.open()

    # --- lookup states -----------------------------------------------------------------------

    @Slot(str)
    def _on_controller_started(self, chat_id: str) -> None:
        if not self._auto_retrying:
            self._auto_retry_used = False  # a lookup the user asked for may retry once by itself
        self._auto_retrying = False
        self._stop_countdown()
        self.banner.hide()
        current = self.stack.currentWidget()
        if current is not self.loading_page:
            self._origin = current
        self._pending_id = chat_id
        if self._shown_id and chat_id != self._shown_id:
            # Until the new chat arrives, what is on screen is someone else's chat.
            self._set_previous_marked(True)
        self.loading_label.setText(tr("MainWindow", "Looking up chat {id}…").format(id=chat_id))
        self._started_at = self._clock.now() if self._clock is not None else None
        self._ticks = 0
        self._attempt = (1, 1)
        self._update_loading_detail()
        self.tick_timer.start()
        self._busy_timer.start()
        self.statusBar().showMessage(tr("MainWindow", "Looking up…"))
        self._update_title()

    @Slot()
    def refresh_data_age(self) -> None:
        """When the chat on screen was fetched, and how long ago (from the injected clock)."""
        if self._loaded_at is None or self._clock is None:
            self.data_age_label.setText("")
            return
        time = clock_time(self._loaded_at)
        now = self._clock.now()
        if now - self._loaded_at < timedelta(minutes=1):
            text = tr("MainWindow", "Updated at {time}").format(time=time)
        else:
            text = tr("MainWindow", "Updated at {time} ({ago})").format(
                time=time, ago=relative_time(self._loaded_at, now)
            )
        self.data_age_label.setText(text)

    @Slot(int, int)
    def _on_controller_progress(self, attempt: int, total: int) -> None:
        self._attempt = (attempt, total)
        self._update_loading_detail()

    def _elapsed_seconds(self) -> float:
        if self._clock is not None and self._started_at is not None:
            return max(0.0, (self._clock.now() - self._started_at).total_seconds())
        return float(self._ticks)

    def _update_loading_detail(self) -> None:
        elapsed = format_seconds(self._elapsed_seconds())
        attempt, total = self._attempt
        if attempt > 1:
            text = tr("MainWindow", "Waiting for {elapsed} · attempt {attempt} of {total}").format(
                elapsed=elapsed, attempt=attempt, total=total
            )
            text += "\n" + tr(
                "MainWindow", "Wegly was slow or busy, so the app is asking again by itself."
            )
        else:
            text = tr("MainWindow", "Waiting for {elapsed}").format(elapsed=elapsed)
        self.loading_detail.setText(text)

    @Slot()
    def _on_tick_timer_timeout(self) -> None:
        self._ticks += 1
        busy = self._controller is not None and self._controller.is_busy
        if busy:
            self._update_loading_detail()
        if self._retry_at is not None or self._retry_remaining > 0:
            self._count_down()
        elif not busy:
            self.tick_timer.stop()

    @Slot()
    def _on_busy_timer_timeout(self) -> None:
        if self._controller is not None and self._controller.is_busy:
            self.stack.setCurrentWidget(self.loading_page)
            self._update_title()

    def _settle(self) -> None:
        """Back to the page the lookup started from (never a chat page without a chat)."""
        self._busy_timer.stop()
        origin = self._origin
        if (
            origin is None
            or origin is self.loading_page
            or (origin is self.chat_page and not self._has_chat)
        ):
            origin = self.chat_page if self._has_chat else self.empty_page
        self.stack.setCurrentWidget(origin)
        if origin is not self.chat_page:
            self._set_previous_marked(False)
        self._update_title()

    def _set_previous_marked(self, marked: bool) -> None:
        """Dim the chat shown and say whose it is: it is not the chat in the lookup field."""
        self._previous_marked = marked and bool(self._shown_id)
        if self._chat_view is not None:
            # Disabled: greyed text, nothing to select or copy from someone else's chat.
            # (A QGraphicsOpacityEffect was tried: it ghosts the scrolled tabs when drawn.)
            self._chat_view.setEnabled(not self._previous_marked)
        self.previous_bar.setVisible(self._previous_marked)
        self._chat_header.setVisible(self._previous_marked)
        self.data_age_label.setEnabled(not self._previous_marked)
        if self._previous_marked:
            self._update_previous_text(failed=False)
        self._update_title()

    def _update_previous_text(self, *, failed: bool) -> None:
        name = self._shown_name or self._shown_id
        if failed:
            text = tr(
                "MainWindow",
                "Showing the previous chat: {name}. The lookup of chat {id} did not work: "
                "nothing below is about that chat.",
            ).format(name=name, id=self._pending_id)
        else:
            text = tr(
                "MainWindow", "Showing the previous chat: {name}. Looking up chat {id}…"
            ).format(name=name, id=self._pending_id)
        self.previous_label.setText(text)
        self.previous_bar.setAccessibleName(text)

    @Slot()
    def _restore_shown_chat(self) -> None:
        """The chat on screen becomes the current one again, its ID back in the field."""
        self.finish_building()
        self._stop_countdown()
        self.banner.hide()
        self._set_previous_marked(False)
        if self._shown_id:
            self.lookup_bar.set_chat_id(self._shown_id)
        self._update_title()

    @Slot(object)
    def _on_controller_loaded(self, prepared: PreparedChat) -> None:
        assert self._chat_view is not None  # noqa: S101 - install() ran before any lookup
        self._chat_view.show_prepared(prepared)
        parsed = prepared.parsed
        self._has_chat = True
        chat_id = parsed.model.id or ""
        self._shown_id = chat_id or self._pending_id
        self._shown_name = parsed.model.display_name
        self._origin = self.chat_page
        self._set_previous_marked(False)
        self._settle()
        if parsed.warnings:
            self.banner.show_warnings(parsed.warnings)
        self._remember(chat_id, parsed.model.display_name)
        if self._clock is not None:
            now = self._clock.now()
            loaded = tr("MainWindow", "Chat loaded ({time}).").format(time=local_time(now))
            self._loaded_at = now
            self.refresh_data_age()
            self.age_timer.start()
        else:
            loaded = tr("MainWindow", "Chat loaded.")
        self.statusBar().showMessage(loaded, 4000)

    @Slot(object)
    def _on_controller_failed(self, error: BaseException) -> None:
        from wegly_viewer.core.errors import ErrorKind, WeglyError

        self._settle()
        if self._previous_marked:
            self._update_previous_text(failed=True)
        self.banner.show_error(error, chat_id=self._pending_id)
        self.statusBar().clearMessage()
        if (
            isinstance(error, WeglyError)
            and error.kind is ErrorKind.RATE_LIMITED
            and not self._auto_retry_used
        ):
            self._start_countdown(error.retry_after)

    @Slot()
    def _on_controller_cancelled(self) -> None:
        self._settle()
        if self.stack.currentWidget() is self.chat_page and self._shown_id:
            self._restore_shown_chat()
            self.show_status(
                tr("MainWindow", "Lookup cancelled. Back to the chat of {name}.").format(
                    name=self._shown_name or self._shown_id
                )
            )
        else:
            self.show_status(tr("MainWindow", "Lookup cancelled."))

    # --- rate limit: one automatic retry after the wait the server asked for --------------

    def _start_countdown(self, retry_after: float | None) -> None:
        wait = retry_after if retry_after is not None else _RATE_LIMIT_DEFAULT_WAIT_S
        if self._clock is not None:
            self._retry_at = self._clock.now() + timedelta(seconds=wait)
        self._retry_remaining = wait
        self._show_countdown()
        self.tick_timer.start()

    def _count_down(self) -> None:
        if self._retry_at is not None and self._clock is not None:
            self._retry_remaining = (self._retry_at - self._clock.now()).total_seconds()
        else:
            self._retry_remaining -= TICK_MS / 1000
        if self._retry_remaining > 0.5:
            self._show_countdown()
            return
        self._stop_countdown()
        if self._controller is not None and not self._controller.is_busy:
            self._auto_retry_used = True
            self._auto_retrying = True
            self.refresh()

    def _show_countdown(self) -> None:
        self.banner.set_note(
            tr("MainWindow", "Trying again by itself in {time}…").format(
                time=format_seconds(self._retry_remaining)
            )
        )

    def _stop_countdown(self) -> None:
        self._retry_at = None
        self._retry_remaining = 0.0
        self.banner.set_note("")

    # --- recent chats and geometry -----------------------------------------------------------

    def set_recent_ids(self, ids: list[str]) -> None:
        """Show these recent chat ids (newest first), e.g. from the settings file."""
        self._recent_ids = ids[:MAX_RECENT]
        self._load_recent()

    def _remember(self, chat_id: str, name: str) -> None:
        if not chat_id:
            return
        # Only chat ids leave the window: contact names are personal data (LGPD) and stay in
        # memory for this session, where they help people return to the chat they were handling.
        self._recent_names[chat_id] = name
        ids = [chat_id, *(i for i in self._recent_ids if i != chat_id)][:MAX_RECENT]
        self._recent_ids = ids
        self._load_recent()
        self.recent_ids_changed.emit(list(ids))

    @Slot()
    def clear_recent(self) -> None:
        """Forget the recent chats (on disk and in memory)."""
        self._recent_ids = []
        self._recent_names.clear()
        self._load_recent()
        self.recent_ids_changed.emit([])

    def _load_recent(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self._step_lists()
        self.recent_list.clear()
        for chat_id in self._recent_ids:
            name = self._recent_names.get(chat_id, "")
            item = QListWidgetItem(f"{name}  ·  {chat_id}" if name else chat_id)
            item.setData(_CHAT_ID_ROLE, chat_id)
            self.recent_list.addItem(item)
        # The lookup field's drop-down: "name · id" (names from this session only), or the id.
        self._recent_model.setStringList(
            [self.recent_list.item(i).text() for i in range(self.recent_list.count())]
        )
        has_recent = self.recent_list.count() > 0
        self.recent_title.setVisible(has_recent)
        self.recent_list.setVisible(has_recent)
        self._update_empty_filler()

    def _restore_geometry(self) -> None:
        """The saved size and place when they fit a screen now, else a first size that fits."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        self.setMinimumSize(minimum_size(available))
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            screens = [s.availableGeometry() for s in QGuiApplication.screens()] or [available]
            if self.restoreGeometry(geometry) and geometry_fits(self.geometry(), screens):
                return
        size = first_size(DEFAULT_SIZE, available)
        self.resize(size)
        frame = QRect(0, 0, size.width(), size.height())
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._busy_timer.stop()
            self.tick_timer.stop()
            self.age_timer.stop()
            self.closing.emit()
            self._settings.sync()
        super().closeEvent(event)
