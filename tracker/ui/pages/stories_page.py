"""People who made the move: their stories (filterable by the kind of role they reached and the
profession they left), the market pay figures, and a map of moves from profession to role.
The curated ones come from two articles; the user adds their own beside them."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import RoleCategory
from tracker.domain.errors import PivotError
from tracker.domain.reference import Benchmark, BenchmarkKind, OriginField, Story
from tracker.services.container import Services
from tracker.ui.pages.read_when_shown import ReadWhenShown
from tracker.ui.plain_text import plain_tooltip
from tracker.ui.widgets.choice_combo import ChoiceCombo, optional_enum_combo
from tracker.ui.widgets.plain_label import plain_label
from tracker.words.labels import label
from tracker.words.reference import (
    cited,
    figure_note,
    figure_text,
    shown,
    source_line,
    stated_text,
    yearly_text,
)

if TYPE_CHECKING:
    from tracker.ui.charts.moves_canvas import MovesCanvas

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class StoriesPage(ReadWhenShown):
    storage_failed = Signal(object)
    add_story_requested = Signal()
    edit_story_requested = Signal(int)  # own story id
    delete_story_requested = Signal(int)
    add_benchmark_requested = Signal()
    edit_benchmark_requested = Signal(int)  # own benchmark id
    delete_benchmark_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._stories: tuple[Story, ...] = ()
        self._benchmarks: tuple[Benchmark, ...] = ()
        self.category = optional_enum_combo(list(RoleCategory), self.tr("Every kind of role"))
        self.origin: ChoiceCombo[OriginField | None] = ChoiceCombo(
            [(self.tr("Every profession"), None)] + [(label(field), field) for field in OriginField]
        )
        self.category.currentIndexChanged.connect(self._apply)
        self.origin.currentIndexChanged.connect(self._apply)
        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.origin, 1)
        filters.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_stories(), self.tr("Stories"))
        self.tabs.addTab(self._build_figures(), self.tr("Pay figures"))
        self.moves_holder = QWidget()
        QVBoxLayout(self.moves_holder).setContentsMargins(0, 0, 0, 0)
        # Built when its tab is first shown: it imports matplotlib.
        self.moves_chart: MovesCanvas | None = None
        self.tabs.addTab(self.moves_holder, self.tr("Map of moves"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    # -- building --------------------------------------------------------------------------

    def _build_stories(self) -> QWidget:
        self.story_list = QListWidget()
        # A line for the title and one for the year, city and move: a long line is cut short
        # (whole in its tooltip), never wrapped onto the next one and hiding it.
        self.story_list.setWordWrap(False)
        self.story_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.story_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.story_list.setSpacing(4)
        self.story_list.setAlternatingRowColors(True)
        self.story_list.currentItemChanged.connect(self._show_story)
        self.story_view = QTextBrowser()
        self.story_view.setOpenExternalLinks(True)
        self.add_story = QPushButton(self.tr("Add a story of my own…"))
        self.edit_story = QPushButton(self.tr("Edit…"))
        self.delete_story = QPushButton(self.tr("Delete"))
        self.add_story.clicked.connect(self.add_story_requested.emit)
        self.edit_story.clicked.connect(lambda: self._own_story(self.edit_story_requested))
        self.delete_story.clicked.connect(lambda: self._own_story(self.delete_story_requested))
        buttons = QHBoxLayout()
        for button in (self.add_story, self.edit_story, self.delete_story):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.story_list, 1)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.story_view)
        splitter.setSizes([380, 620])
        return splitter

    def _build_figures(self) -> QWidget:
        self.figure_table = QTableWidget(0, 6)
        self.figure_table.setHorizontalHeaderLabels(
            [
                self.tr("Role"),
                self.tr("Kind of role"),
                self.tr("City"),
                self.tr("As stated"),
                self.tr("Converted"),
                self.tr("Source"),
            ]
        )
        self.figure_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figure_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figure_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figure_table.verticalHeader().setVisible(False)
        self.figure_table.setWordWrap(False)
        self.figure_table.setAlternatingRowColors(True)
        header = self.figure_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.figure_table.itemSelectionChanged.connect(self._update_buttons)
        self.figure_table.itemSelectionChanged.connect(self._show_figure_note)
        # How the chosen figure was read, and its source: a figure is never shown without them.
        self.figure_note = plain_label("")
        self.figure_note.setObjectName("figureNote")
        # Figures that are not pay: projections of demand for AI talent, as context.
        self.context_heading = plain_label(self.tr("Context, not pay"))
        self.context_heading.setObjectName("contextHeading")
        heading_font = self.context_heading.font()
        heading_font.setBold(True)
        self.context_heading.setFont(heading_font)
        self.context_figures = plain_label("")
        self.context_figures.setObjectName("contextFigures")
        self.add_benchmark = QPushButton(self.tr("Add a pay figure…"))
        self.edit_benchmark = QPushButton(self.tr("Edit…"))
        self.delete_benchmark = QPushButton(self.tr("Delete"))
        self.add_benchmark.clicked.connect(self.add_benchmark_requested.emit)
        self.edit_benchmark.clicked.connect(lambda: self._own_figure(self.edit_benchmark_requested))
        self.delete_benchmark.clicked.connect(
            lambda: self._own_figure(self.delete_benchmark_requested)
        )
        buttons = QHBoxLayout()
        for button in (self.add_benchmark, self.edit_benchmark, self.delete_benchmark):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.figure_table, 1)
        column.addWidget(self.figure_note)
        column.addLayout(buttons)
        column.addWidget(self.context_heading)
        column.addWidget(self.context_figures)
        return page

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self._stories = self._services.reference.stories()
            self._benchmarks = self._services.reference.benchmarks()
        except PivotError as error:
            self.storage_failed.emit(error)
            return
        self.read_done()
        self._apply()

    def shown_stories(self) -> list[Story]:
        category, origin = self.category.value(), self.origin.value()
        return [
            story
            for story in self._stories
            if (category is None or story.role_category is category)
            and (origin is None or story.origin_field is origin)
        ]

    def _apply(self) -> None:
        chosen = self.current_story()
        self.story_list.clear()
        for story in self.shown_stories():
            card = self._card(story)
            item = QListWidgetItem(card)
            item.setToolTip(plain_tooltip(card))
            item.setData(KEY_ROLE, story.key)
            self.story_list.addItem(item)
        if self.story_list.count() == 0:
            self.story_view.setPlainText(self.tr("No story matches these filters."))
        self._select_in_list(chosen.key if chosen else None)
        self._fill_figures()
        if self.moves_chart is not None:
            self.moves_chart.show_stories(self.shown_stories())
        self._update_buttons()

    def _card(self, story: Story) -> str:
        move = self.tr("{origin} → {target}").format(
            origin=shown(story.origin), target=shown(story.target_role)
        )
        facts = " · ".join(
            part
            for part in (
                str(story.year) if story.year else "",
                shown(story.city),
                self.tr("yours") if story.own_id is not None else "",
            )
            if part
        )
        # The year and city first: a long move is what gets cut short, never them.
        return "\n".join(part for part in (shown(story.title), " · ".join(
            part for part in (facts, move) if part)) if part)  # fmt: skip

    def current_story(self) -> Story | None:
        item = self.story_list.currentItem()
        if item is None:
            return None
        key = item.data(KEY_ROLE)
        return next((story for story in self._stories if story.key == key), None)

    def select_story(self, key: str | None) -> None:
        """Show a story (clearing filters that would hide it); the first one without a key."""
        if self._stale:
            self.reload()
        hidden = key is not None and all(story.key != key for story in self.shown_stories())
        if hidden and any(story.key == key for story in self._stories):
            self.category.set_value(None)
            self.origin.set_value(None)
        self._select_in_list(key)

    def _select_in_list(self, key: str | None) -> None:
        """Select a story among those shown; the first when ``key`` is None or not shown."""
        for row in range(self.story_list.count()):
            item = self.story_list.item(row)
            if key is None or item.data(KEY_ROLE) == key:
                self.story_list.setCurrentItem(item)
                return
        if self.story_list.count():
            self.story_list.setCurrentRow(0)

    def _show_story(self) -> None:
        story = self.current_story()
        self.story_view.setHtml(story_html(story) if story else "")
        self._update_buttons()

    def _fill_figures(self) -> None:
        category = self.category.value()
        chosen = [
            b
            for b in self._benchmarks
            if b.kind is BenchmarkKind.PAY and (category is None or b.role_category is category)
        ]
        self.figure_table.setRowCount(len(chosen))
        for row, benchmark in enumerate(chosen):
            source = source_line(benchmark.source)
            if benchmark.own_id is not None:
                source = self.tr("yours: {source}").format(source=source)
            texts = (
                shown(benchmark.role),
                label(benchmark.role_category),
                shown(benchmark.city),
                stated_text(benchmark),
                yearly_text(benchmark.figure),
                source,
            )
            note = figure_note(benchmark)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, benchmark.key)
                item.setToolTip(plain_tooltip(f"{text}\n\n{note}" if note else text))
                self.figure_table.setItem(row, column, item)
        self._show_figure_note()
        context = [b for b in self._benchmarks if b.kind is BenchmarkKind.CONTEXT]
        self.context_heading.setVisible(bool(context))
        self.context_figures.setVisible(bool(context))
        self.context_figures.setText(
            "\n\n".join(
                f"{shown(b.role)}: {figure_text(b.figure)}\n{figure_note(b)}" for b in context
            )
        )

    def _show_figure_note(self) -> None:
        benchmark = self.current_benchmark()
        if benchmark is None:
            text = self.tr("Choose a figure to see where it comes from and how it was read.")
        else:
            text = "\n".join(
                part
                for part in (
                    f"{shown(benchmark.role)} · {stated_text(benchmark)}",
                    figure_note(benchmark),
                    cited(benchmark.source),
                )
                if part
            )
        self.figure_note.setText(text)

    def current_benchmark(self) -> Benchmark | None:
        rows = self.figure_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.figure_table.item(rows[0].row(), 0)
        key = item.data(KEY_ROLE) if item is not None else None
        return next((b for b in self._benchmarks if b.key == key), None)

    def _own_story(self, signal: SignalInstance) -> None:
        story = self.current_story()
        if story is not None and story.own_id is not None:
            signal.emit(story.own_id)

    def _own_figure(self, signal: SignalInstance) -> None:
        benchmark = self.current_benchmark()
        if benchmark is not None and benchmark.own_id is not None:
            signal.emit(benchmark.own_id)

    def _update_buttons(self) -> None:
        story = self.current_story()
        own_story = story is not None and story.own_id is not None
        self.edit_story.setEnabled(own_story)
        self.delete_story.setEnabled(own_story)
        benchmark = self.current_benchmark()
        own_figure = benchmark is not None and benchmark.own_id is not None
        self.edit_benchmark.setEnabled(own_figure)
        self.delete_benchmark.setEnabled(own_figure)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is not self.moves_holder or self.moves_chart is not None:
            return
        from tracker.ui.charts.moves_canvas import MovesCanvas

        self.moves_chart = MovesCanvas(self.moves_holder)
        layout = self.moves_holder.layout()
        assert layout is not None
        layout.addWidget(self.moves_chart)
        self.moves_chart.show_stories(self.shown_stories())


def story_html(story: Story) -> str:
    """A story as rich text, every part of it escaped."""

    def esc(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    headings = {
        "timeline": QCoreApplication.translate("StoriesPage", "How it went"),
        "figures": QCoreApplication.translate("StoriesPage", "Figures"),
        "lessons": QCoreApplication.translate("StoriesPage", "Lessons"),
    }
    move = QCoreApplication.translate("StoriesPage", "{origin} → {target}").format(
        origin=shown(story.origin), target=shown(story.target_role)
    )
    facts = [move, label(story.role_category)]
    facts += [str(story.year)] if story.year else []
    facts += [shown(story.city)] if story.city else []
    parts = [f"<h2>{esc(shown(story.title))}</h2>", f"<p><b>{esc(' · '.join(facts))}</b></p>"]
    parts.append(f"<p>{esc(shown(story.summary))}</p>")
    sections: list[tuple[str, list[str]]] = [
        (
            headings["timeline"],
            [f"<b>{esc(shown(when))}</b> {esc(shown(what))}" for when, what in story.timeline],
        ),
        (
            headings["figures"],
            [
                esc(f"{shown(f.label)}: {figure_text(f)} {yearly_text(f)}".strip())
                for f in story.figures
            ],
        ),
        (headings["lessons"], [esc(shown(lesson)) for lesson in story.lessons]),
    ]
    for heading, items in sections:
        if items:
            parts.append(f"<h3>{esc(heading)}</h3><ul>")
            parts += [f"<li>{item}</li>" for item in items]
            parts.append("</ul>")
    parts.append(f"<p><small>{esc(cited(story.source))}")
    if story.source.date_note is not None:
        parts.append(f"<br>{esc(shown(story.source.date_note))}")
    url = story.source.url
    if url.startswith(("http://", "https://")):
        parts.append(f'<br><a href="{html.escape(url, quote=True)}">{esc(url)}</a>')
    parts.append("</small></p>")
    return "".join(parts)
