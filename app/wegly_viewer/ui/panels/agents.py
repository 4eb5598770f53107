"""The "Agents" tab: who is assigned, who takes part, and who could take the chat over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wegly_viewer.core.chat_facts import AgentFacts, AgentsFacts, build_chat_facts
from wegly_viewer.core.formatting import format_number
from wegly_viewer.core.models import ChatDetail
from wegly_viewer.ui.avatars import AvatarCache
from wegly_viewer.ui.models.agents_model import (
    AgentRow,
    AgentsFilterProxy,
    AgentsTableModel,
    Column,
    build_agent_rows,
    status_labels,
)
from wegly_viewer.ui.panels.base import EMPTY, ChatPanel, plain_label, set_plain, tr, vbox

ASSIGNED_AVATAR_SIZE = 40
ROW_AVATAR_SIZE = 24

if TYPE_CHECKING:
    from wegly_viewer.ui.prepared import PreparedChat


class _MiddleElideDelegate(QStyledItemDelegate):
    """Elides in the middle (``019a95e6-0d…8ffd4a25``) instead of at the end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class AgentsTableView(QTableView):
    """A read-only, sortable agents table with fixed row heights and Ctrl+C copying rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setIconSize(QSize(ROW_AVATAR_SIZE, ROW_AVATAR_SIZE))
        self._id_delegate = _MiddleElideDelegate(self)
        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights: the view never measures rows, so 3,000 of them cost nothing up front.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(ROW_AVATAR_SIZE + 8, self.fontMetrics().height() + 10))
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        copy = QAction(tr("AgentsPanel", "Copy"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def set_column_widths(self) -> None:
        """Name and ids share the width; no column is measured row by row (3,000 rows)."""
        columns = self.horizontalHeader()
        for column in (Column.NAME, Column.AGENT_ID, Column.USER_ID):
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Room for the longest status word of the language ("Ausente", "Offline") or the header.
        model = self.model()
        header = model.headerData(Column.STATUS, Qt.Orientation.Horizontal) if model else ""
        widest = max(
            self.fontMetrics().horizontalAdvance(text)
            for text in (*status_labels().values(), str(header or ""))
        )
        columns.resizeSection(Column.STATUS, widest + 48)
        # Narrow windows cut UUIDs in the middle, keeping both ends recognisable.
        for column in (Column.AGENT_ID, Column.USER_ID):
            self.setItemDelegateForColumn(column, self._id_delegate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected rows' visible cells as tab-separated text."""
        model = self.model()
        selection = self.selectionModel()
        if model is None or selection is None:
            return
        rows = sorted(index.row() for index in selection.selectedRows())
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        columns = [
            column for column in range(model.columnCount()) if not self.isColumnHidden(column)
        ]
        lines = [
            "\t".join(str(model.index(row, column).data() or "") for column in columns)
            for row in rows
        ]
        clipboard = QGuiApplication.clipboard()
        if lines and clipboard is not None:
            clipboard.setText("\n".join(lines))


class AgentsPanel(ChatPanel):
    """Assigned agent, participants and assignable agents, with one filter for both tables.

    Tables are model/view with fixed row heights; avatars are fetched only for rows that are
    painted (see :class:`AgentsTableModel`), so thousands of agents stay smooth.

    Args:
        avatars: avatar source; without it the tables and the assigned agent show no pictures.
        parent: Qt parent.

    Object names:
        ``agents_assigned`` (label with the assigned agent's name, or "Nobody assigned"),
        ``agents_assigned_id`` (label with their agent id), ``agents_assigned_avatar`` (label
        with the avatar pixmap), ``agents_filter`` (line edit filtering both tables by name or
        status), ``agents_participants`` and ``agents_assignable`` (the table views),
        ``agents_participants_group`` and ``agents_assignable_group`` (their group boxes, whose
        titles carry the counts).
    """

    def __init__(self, avatars: AvatarCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._avatars = avatars
        self._assigned_url = ""
        self._assigned_name = ""

        layout = vbox(self)

        assigned_box = QGroupBox(tr("AgentsPanel", "Assigned agent"), self)
        assigned_row = QHBoxLayout(assigned_box)
        self._assigned_avatar = QLabel(assigned_box)
        self._assigned_avatar.setObjectName("agents_assigned_avatar")
        self._assigned_avatar.setAccessibleName(tr("AgentsPanel", "Photo of the assigned agent"))
        self._assigned_avatar.setFixedSize(ASSIGNED_AVATAR_SIZE, ASSIGNED_AVATAR_SIZE)
        self._assigned_name_label = plain_label(EMPTY, object_name="agents_assigned")
        font = self._assigned_name_label.font()
        font.setBold(True)
        self._assigned_name_label.setFont(font)
        self._assigned_id_label = plain_label("", object_name="agents_assigned_id")
        self._assigned_id_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self._assigned_name_label)
        names.addWidget(self._assigned_id_label)
        assigned_row.addWidget(self._assigned_avatar, 0, Qt.AlignmentFlag.AlignVCenter)
        assigned_row.addLayout(names, 1)
        layout.addWidget(assigned_box)

        self._filter = QLineEdit(self)
        self._filter.setObjectName("agents_filter")
        self._filter.setPlaceholderText(tr("AgentsPanel", "Filter by name or status"))
        self._filter.setAccessibleName(tr("AgentsPanel", "Filter agents"))
        self._filter.setAccessibleDescription(
            tr("AgentsPanel", "Shows only the agents whose name or status contains the text")
        )
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_text_changed)
        layout.addWidget(self._filter)
        # When the filter hides every row, say so (an empty table alone looks like no agents).
        self._no_match = QWidget(self)
        self._no_match.setObjectName("agents_no_match")
        no_match_row = QHBoxLayout(self._no_match)
        no_match_row.setContentsMargins(0, 0, 0, 0)
        self._no_match_label = plain_label("", object_name="agents_no_match_label")
        self._clear_filter_button = QPushButton(tr("AgentsPanel", "Clear filter"), self._no_match)
        self._clear_filter_button.setObjectName("agents_clear_filter")
        self._clear_filter_button.clicked.connect(self.reset_view_state)
        no_match_row.addWidget(self._no_match_label, 1)
        no_match_row.addWidget(self._clear_filter_button)
        self._no_match.hide()
        layout.addWidget(self._no_match)

        self.participants_model = AgentsTableModel(
            avatars, avatar_size=ROW_AVATAR_SIZE, parent=self
        )
        self.assignable_model = AgentsTableModel(avatars, avatar_size=ROW_AVATAR_SIZE, parent=self)
        self.participants_proxy = AgentsFilterProxy(self.participants_model, self)
        self.assignable_proxy = AgentsFilterProxy(self.assignable_model, self)

        self._participants_box, self.participants_view = self._table_group(
            "agents_participants", self.participants_proxy
        )
        self.participants_view.setColumnHidden(Column.STATUS, True)  # participants have none
        self._assignable_box, self.assignable_view = self._table_group(
            "agents_assignable", self.assignable_proxy
        )

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._participants_box)
        splitter.addWidget(self._assignable_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        if avatars is not None:
            avatars.avatar_ready.connect(self._on_avatars_avatar_ready)
        self.clear()

    def _table_group(
        self, name: str, proxy: AgentsFilterProxy
    ) -> tuple[QGroupBox, AgentsTableView]:
        box = QGroupBox(self)
        box.setObjectName(f"{name}_group")
        view = AgentsTableView(box)
        view.setObjectName(name)
        view.setModel(proxy)
        view.set_column_widths()
        view.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(view)
        return box, view

    # --- ChatPanel -------------------------------------------------------------------------

    def show_chat(self, chat: ChatDetail, prepared: PreparedChat | None = None) -> None:
        """Show ``chat``; ``prepared`` carries agent rows already built on the worker."""
        if prepared is not None:
            self.show_facts(
                prepared.facts.agents, prepared.participant_rows, prepared.assignable_rows
            )
        else:
            self.show_facts(build_chat_facts(chat).agents)

    def show_facts(
        self,
        facts: AgentsFacts,
        participant_rows: list[AgentRow] | None = None,
        assignable_rows: list[AgentRow] | None = None,
    ) -> None:
        """Show the agent facts; the rows may come ready-made from the worker."""
        self._show_assigned(facts.assigned)
        self.participants_model.set_rows(
            participant_rows
            if participant_rows is not None
            else build_agent_rows(facts.participants)
        )
        self.assignable_model.set_rows(
            assignable_rows if assignable_rows is not None else build_agent_rows(facts.assignable)
        )
        for view in (self.participants_view, self.assignable_view):
            view.scrollToTop()
            selection = view.selectionModel()
            if selection is not None:
                selection.clear()
        self._update_titles()

    def reset_view_state(self) -> None:
        """A new chat (or "Clear filter"): the filter is emptied, every agent shown."""
        self._filter.clear()

    def clear(self) -> None:
        self._assigned_url = ""
        self._assigned_name = ""
        set_plain(self._assigned_name_label, None)
        self._assigned_id_label.setText("")
        self._assigned_id_label.hide()
        self._assigned_avatar.clear()
        self._assigned_avatar.hide()
        self.participants_model.clear()
        self.assignable_model.clear()
        self._filter.clear()
        self._update_titles()

    # --- parts -----------------------------------------------------------------------------

    def _show_assigned(self, agent: AgentFacts | None) -> None:
        if agent is None:
            self._assigned_url = ""
            self._assigned_name = ""
            self._assigned_name_label.setText(tr("AgentsPanel", "Nobody assigned"))
            self._assigned_id_label.hide()
            self._assigned_avatar.hide()
            return
        self._assigned_name = agent.name
        self._assigned_url = agent.avatar_url
        set_plain(self._assigned_name_label, agent.name)
        self._assigned_id_label.setText(
            tr("AgentsPanel", "Agent ID: {agent_id}").format(agent_id=agent.agent_id or EMPTY)
        )
        self._assigned_id_label.show()
        self._refresh_assigned_avatar()

    def _refresh_assigned_avatar(self) -> None:
        if self._avatars is None:
            self._assigned_avatar.hide()
            return
        pixmap = self._avatars.pixmap(
            self._assigned_url or None, self._assigned_name, ASSIGNED_AVATAR_SIZE
        )
        self._assigned_avatar.setPixmap(pixmap)
        self._assigned_avatar.show()

    def _update_titles(self) -> None:
        filtering = bool(self._filter.text().strip())
        for box, view, proxy, model, title in (
            (
                self._participants_box,
                self.participants_view,
                self.participants_proxy,
                self.participants_model,
                tr("AgentsPanel", "Participants"),
            ),
            (
                self._assignable_box,
                self.assignable_view,
                self.assignable_proxy,
                self.assignable_model,
                tr("AgentsPanel", "Assignable agents"),
            ),
        ):
            total = format_number(model.rowCount())
            if filtering:
                shown = format_number(proxy.rowCount())
                box.setTitle(
                    tr("AgentsPanel", "{title} ({shown} of {total})").format(
                        title=title, shown=shown, total=total
                    )
                )
            else:
                box.setTitle(
                    tr("AgentsPanel", "{title} ({count})").format(title=title, count=total)
                )
            view.setAccessibleName(box.title())  # what a screen reader says, counts included
        rows = self.participants_model.rowCount() + self.assignable_model.rowCount()
        visible = self.participants_proxy.rowCount() + self.assignable_proxy.rowCount()
        hides_all = filtering and rows > 0 and visible == 0
        if hides_all:
            self._no_match_label.setText(
                tr("AgentsPanel", "No agent matches the filter “{text}”.").format(
                    text=self._filter.text().strip()
                )
            )
        self._no_match.setVisible(hides_all)

    # --- handlers --------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        for proxy in (self.participants_proxy, self.assignable_proxy):
            proxy.set_filter_text(text)
        self._update_titles()

    @Slot(str)
    def _on_avatars_avatar_ready(self, url: str) -> None:
        if url and url == self._assigned_url:
            self._refresh_assigned_avatar()
