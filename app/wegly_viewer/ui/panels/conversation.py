"""The "Conversation" tab: the chat's messages in time order, like WhatsApp.

Filled in two steps: when the chat loads, the tab says the conversation is loading; the
timeline arrives later from its own worker task (``LookupController.timeline_*``) and may fail
on its own, which this tab shows inside itself while every other tab keeps the chat.

A list view with :class:`~wegly_viewer.ui.widgets.bubble_delegate.BubbleDelegate` (model/view:
5,000 messages are rows, not widgets). Ctrl+F searches, "Copiar conversa" copies it as plain
text, "Carregar anteriores" asks for the previous page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core import i18n
from wegly_viewer.core.clock import Clock
from wegly_viewer.core.errors import ERROR_KINDS, TRANSLATION_CONTEXT, WeglyError
from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.timeline import TimelineFacts
from wegly_viewer.ui.models.timeline_model import (
    TimelineModel,
    copy_text,
    entry_words,
    reactions_summary,
)
from wegly_viewer.ui.panels.base import plain_label, set_plain, tr
from wegly_viewer.ui.widgets.bubble_delegate import BubbleDelegate

if TYPE_CHECKING:
    from wegly_viewer.ui.prepared import PreparedChat, PreparedTimeline


class ConversationPanel(QWidget):
    """The conversation of the chat on screen.

    Signals:
        older_requested(): "Carregar anteriores" was pressed.
        retry_requested(): "Tentar de novo" was pressed after the conversation failed.
        open_tab(str): show another tab (the last bubble's reactions open the reactions tab).
        copied(str): the conversation was copied; the text is a status message.
    """

    older_requested = Signal()
    retry_requested = Signal()
    open_tab = Signal(str)
    copied = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        # Opens a clicked link (tests replace it); links never open without a click.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._facts: TimelineFacts | None = None
        self._title = ""
        self._chat_id = ""
        self._matches: list[int] = []
        self._match = -1

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.count_label = plain_label("", wrap=False, object_name="conversation_count")
        header.addWidget(self.count_label, 1)
        self.older_button = QPushButton(tr("Conversation", "Load &earlier"))
        self.older_button.setObjectName("conversation_older")
        self.older_button.clicked.connect(self._on_older_clicked)
        self.older_button.hide()
        header.addWidget(self.older_button)
        self.search_button = QToolButton()
        self.search_button.setText(tr("Conversation", "Search"))
        self.search_button.setToolTip(tr("Conversation", "Search in the conversation (Ctrl+F)"))
        self.search_button.clicked.connect(self.open_search)
        header.addWidget(self.search_button)
        self.copy_button = QPushButton(tr("Conversation", "Copy conversa&tion"))
        self.copy_button.setObjectName("conversation_copy")
        self.copy_button.clicked.connect(self.copy_conversation)
        self.copy_button.setEnabled(False)
        header.addWidget(self.copy_button)
        layout.addLayout(header)

        self.search_bar = QWidget()
        search = QHBoxLayout(self.search_bar)
        search.setContentsMargins(0, 0, 0, 0)
        self.search_input = QLineEdit()
        self.search_input.setObjectName("conversation_search")
        self.search_input.setPlaceholderText(tr("Conversation", "Search in the conversation"))
        self.search_input.setAccessibleName(tr("Conversation", "Search in the conversation"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.textChanged.connect(self._on_search_changed)
        self.search_input.returnPressed.connect(self.next_match)
        search.addWidget(self.search_input, 1)
        self.previous_match_button = QToolButton()
        self.previous_match_button.setText(tr("Conversation", "Previous"))
        self.previous_match_button.clicked.connect(self.previous_match)
        search.addWidget(self.previous_match_button)
        self.next_match_button = QToolButton()
        self.next_match_button.setText(tr("Conversation", "Next"))
        self.next_match_button.clicked.connect(self.next_match)
        search.addWidget(self.next_match_button)
        self.match_label = plain_label("", wrap=False, object_name="conversation_matches")
        search.addWidget(self.match_label)
        close = QToolButton()
        close.setText(tr("Conversation", "Close search"))
        close.clicked.connect(self.close_search)
        search.addWidget(close)
        self.search_bar.hide()
        layout.addWidget(self.search_bar)

        self.notice_label = plain_label("", object_name="conversation_notice")
        self.notice_label.hide()
        layout.addWidget(self.notice_label)

        self.stack = QStackedWidget()
        self.state_page = QWidget()
        state = QVBoxLayout(self.state_page)
        state.addStretch(1)
        self.state_label = plain_label("", object_name="conversation_state")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        state.addWidget(self.state_label)
        self.retry_button = QPushButton(tr("Conversation", "Try again"))
        self.retry_button.setObjectName("conversation_retry")
        self.retry_button.clicked.connect(self.retry_requested)
        self.retry_button.hide()
        state.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        state.addStretch(2)
        self.stack.addWidget(self.state_page)
        self.model = TimelineModel(clock, self)
        self.view = QListView()
        self.view.setObjectName("conversation_list")
        self.view.setAccessibleName(tr("Conversation", "Conversation"))
        self.view.setModel(self.model)
        self.delegate = BubbleDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(50)  # rows laid out per event-loop turn (~10 ms)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setMouseTracking(True)
        self.view.activated.connect(self._on_activated)
        self._keep_from_bottom: int | None = None
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(1500)  # longer than laying out 10,000 rows in batches
        self._keep_timer.timeout.connect(self._stop_keeping)
        self.view.verticalScrollBar().rangeChanged.connect(self._on_range_changed)
        self.delegate.quote_clicked.connect(self.jump_to_message)
        self.delegate.reactions_clicked.connect(self._on_reactions_clicked)
        self.delegate.link_clicked.connect(self._on_link_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)

        details = QHBoxLayout()
        self.details_label = plain_label("", object_name="conversation_details")
        # Three lines, always: a height that changed with every message would make the list
        # above it jump while the arrow keys move through the conversation.
        lines = self.details_label.fontMetrics().lineSpacing()
        self.details_label.setFixedHeight(3 * lines + 4)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details.addWidget(self.details_label, 1)
        self.all_reactions_button = QPushButton(tr("Conversation", "See every reaction"))
        self.all_reactions_button.setObjectName("conversation_all_reactions")
        self.all_reactions_button.clicked.connect(lambda: self.open_tab.emit("tab_last_message"))
        self.all_reactions_button.hide()
        details.addWidget(self.all_reactions_button)
        layout.addLayout(details)

        # Window-wide, so Ctrl+F works right after Alt+2; Qt skips it while the tab is hidden.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.setWhatsThis(tr("Conversation", "Search in the conversation"))  # shortcuts list
        find.activated.connect(self.open_search)
        # Esc in the search box closes it (the window's Esc, Cancel, stays for everything else).
        self.search_input.installEventFilter(self)
        for key, slot, words in (
            (QKeySequence.StandardKey.FindNext, self.next_match, tr("Conversation", "Next match")),
            (
                QKeySequence.StandardKey.FindPrevious,
                self.previous_match,
                tr("Conversation", "Previous match"),
            ),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setWhatsThis(words)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_input
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.close_search()
            return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    # --- states ------------------------------------------------------------------------------

    def _show_state(self, text: str, *, retry: bool = False) -> None:
        self.state_label.setText(text)
        self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.state_page)

    def show_chat(self, prepared: PreparedChat) -> None:
        """A chat loaded: its conversation is on its way."""
        self._title = prepared.chat.display_name
        self._chat_id = (prepared.chat.id or "").lower()
        self._facts = None
        self.model.set_rows([])
        self.delegate.clear_cache()
        self._update_header()
        self._show_state(tr("Conversation", "Loading the conversation…"))

    @Slot(bool)
    def show_loading(self, older: bool) -> None:
        if older:
            self.older_button.setEnabled(False)
            self.older_button.setText(tr("Conversation", "Loading earlier messages…"))
        elif self._facts is None:
            self._show_state(tr("Conversation", "Loading the conversation…"))

    @Slot(object)
    def show_timeline(self, prepared: PreparedTimeline) -> None:
        """Show the conversation (the first page, or again with an older page merged in).

        A conversation of another chat than the one on screen is dropped (the request id
        already keeps stale ones out; this keeps the wrong customer out whatever happens).
        """
        if prepared.facts.chat_id.lower() != self._chat_id or not self._chat_id:
            return
        first = self._facts is None
        bar = self.view.verticalScrollBar()
        # Older messages come in above: what was on screen stays where it was, that is at the
        # same distance from the bottom (the first page opens at the bottom, the newest).
        # (Measured from the end of the content, not from the scroll range: the view may grow
        # or shrink meanwhile, as the details line below it changes.)
        self._keep_from_bottom = -1 if first else bar.maximum() + bar.pageStep() - bar.value()
        self._keep_timer.start()
        self._facts = prepared.facts
        self.delegate.clear_cache()
        self.model.set_rows(prepared.rows, prepared.search_texts)
        self._update_header()
        if not prepared.rows:
            self._show_state(tr("Conversation", "No messages in this conversation yet."))
            return
        self.stack.setCurrentWidget(self.view)
        if first:
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
        self._on_range_changed(bar.minimum(), bar.maximum())
        if self.search_bar.isVisible() and self.search_input.text():
            self._on_search_changed(self.search_input.text())

    @Slot(object)
    def show_error(self, error: BaseException) -> None:
        """The timeline failed: say so here; an older page's failure keeps what is shown."""
        if isinstance(error, WeglyError):
            title = tr_error_title(error)
            text = f"{title}: {error.user_message}"
        else:
            text = tr("Conversation", "Something went wrong while loading the conversation.")
        if self._facts is not None and self._facts.entries:
            self.notice_label.setText(
                tr("Conversation", "Could not load earlier messages. {reason}").format(reason=text)
            )
            self.notice_label.show()
            self.older_button.setEnabled(True)
            self.older_button.setText(tr("Conversation", "Load &earlier"))
            return
        self._show_state(
            tr("Conversation", "The conversation could not be loaded. {reason}").format(
                reason=text
            ),
            retry=True,
        )

    def clear(self) -> None:
        self._facts = None
        self._title = ""
        self._chat_id = ""
        self.model.set_rows([])
        self.delegate.clear_cache()
        self._update_header()
        self.close_search()
        self._show_state(tr("Conversation", "No chat on screen."))

    def _update_header(self) -> None:
        facts = self._facts
        self.notice_label.hide()
        self.details_label.setText("")
        self.all_reactions_button.hide()
        if facts is None:
            self.count_label.setText("")
            self.older_button.hide()
            self.copy_button.setEnabled(False)
            return
        self.copy_button.setEnabled(bool(facts.entries))
        shown = len(facts.entries)
        total = facts.total  # a local: lupdate drops a plural counted by an attribute
        if total is not None and total > shown:
            template = i18n.tr("Conversation", "{shown} of %Ln message(s)", None, total)
            self.count_label.setText(template.format(shown=format_number(shown)))
        else:
            self.count_label.setText(i18n.tr("Conversation", "%Ln message(s)", None, shown))
        self.older_button.setVisible(facts.has_older)
        self.older_button.setEnabled(True)
        self.older_button.setText(tr("Conversation", "Load &earlier"))
        if facts.older_unavailable:
            self.notice_label.setText(
                tr(
                    "Conversation",
                    "Earlier messages are not available: the server sent the same messages again.",
                )
            )
            self.notice_label.show()
        elif facts.warnings:
            self.notice_label.setText(
                tr(
                    "Conversation",
                    "Parts of the conversation could not be read; the rest is shown.",
                )
            )
            self.notice_label.show()
        elif facts.capped:
            self.notice_label.setText(
                i18n.tr("Conversation", "Only the latest %Ln message(s) are kept.", None, shown)
            )
            self.notice_label.show()

    @property
    def facts(self) -> TimelineFacts | None:
        return self._facts

    # --- older pages -------------------------------------------------------------------------

    @Slot()
    def _on_older_clicked(self) -> None:
        self.older_requested.emit()

    @Slot(int, int)
    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        # The list lays rows out in batches: the range grows over a few event-loop turns.
        keep = self._keep_from_bottom
        if keep is not None:
            bar = self.view.verticalScrollBar()
            bar.setValue(maximum if keep < 0 else maximum + bar.pageStep() - keep)

    @Slot()
    def _stop_keeping(self) -> None:
        self._keep_from_bottom = None

    # --- focus, replies, reactions -----------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        if entry is None:
            self.details_label.setText("")
            self.all_reactions_button.hide()
            return
        if entry.reaction_groups:
            set_plain(
                self.details_label,
                tr("Conversation", "Reactions: {list}").format(list=reactions_summary(entry)),
            )
        else:
            set_plain(self.details_label, entry_words(entry))  # capped: a message may be long
        is_last = bool(self._facts and entry.message_id == self._facts.last_message_id)
        self.all_reactions_button.setVisible(is_last and bool(entry.reaction_groups))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on a reply jumps to the quoted message."""
        entry = self.model.entry(index.row())
        if entry is not None and entry.quote is not None:
            self.jump_to_message(entry.quote.message_id)

    @Slot(str)
    def jump_to_message(self, message_id: str) -> bool:
        row = self.model.row_of_message(message_id)
        if row < 0:
            self.details_label.setText(
                tr("Conversation", "The quoted message is not in the messages loaded.")
            )
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    @Slot(str)
    def _on_link_clicked(self, url: str) -> None:
        link = QUrl(url)
        if link.isValid() and link.scheme() in ("http", "https"):
            self.open_url(link)

    @Slot(int)
    def _on_reactions_clicked(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        self.view.setCurrentIndex(self.model.index(row))
        if self._facts is not None and entry.message_id == self._facts.last_message_id:
            self.open_tab.emit("tab_last_message")

    # --- search ------------------------------------------------------------------------------

    @Slot()
    def open_search(self) -> None:
        self.search_bar.show()
        self.search_input.setFocus()
        self.search_input.selectAll()

    @Slot()
    def close_search(self) -> None:
        self.search_bar.hide()
        if self.search_input.text():
            self.search_input.clear()
        self.view.setFocus()

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self._matches = self.model.search(text) if text.strip() else self.model.search("")
        self._match = -1
        if not text.strip():
            self.match_label.setText("")
            return
        if not self._matches:
            self.match_label.setText(tr("Conversation", "No matches"))
            return
        self._go_to_match(len(self._matches) - 1)  # the newest match first, like WhatsApp

    def _go_to_match(self, position: int) -> None:
        self._match = position % len(self._matches)
        row = self._matches[self._match]
        self.model.set_current_match(row)
        index = self.model.index(row)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.setCurrentIndex(index)
        self.match_label.setText(
            tr("Conversation", "{current} of {count}").format(
                current=format_number(self._match + 1), count=format_number(len(self._matches))
            )
        )

    @Slot()
    def next_match(self) -> None:
        if self._matches:
            self._go_to_match(self._match + 1)

    @Slot()
    def previous_match(self) -> None:
        if self._matches:
            self._go_to_match(self._match - 1)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    # --- copy --------------------------------------------------------------------------------

    def conversation_text(self) -> str:
        return copy_text(self.model.rows, self._title)

    @Slot()
    def copy_conversation(self) -> None:
        if not self.model.rows:
            return
        QGuiApplication.clipboard().setText(self.conversation_text())
        self.copied.emit(tr("Conversation", "Conversation copied (documents masked)."))


def tr_error_title(error: WeglyError) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, ERROR_KINDS[error.kind].title)
