"""Beside an application: the stories of people who moved into the same kind of role, and the
market pay figures for it, each in its source's words with how it was read, its year and its
source (one person's pay is told with their story, not listed as market data)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tracker.domain.reference import Benchmark, Story
from tracker.ui.widgets.entry_list import EntryList
from tracker.words.reference import (
    cited,
    figure_note,
    figure_text,
    shown,
    stated_text,
    yearly_text,
)

SHOWN = 3  # of each kind: the section sits in a narrow panel


class AlongsideSection(QWidget):
    story_requested = Signal(str)  # a story's key: open it on the stories page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stories = EntryList(
            self.tr("No stories for this kind of role yet."), {"open": self.tr("Read")}
        )
        self.stories.action_requested.connect(
            lambda _name, story: self.story_requested.emit(story.key)
        )
        self.figures = EntryList(self.tr("No market figures for this kind of role yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stories)
        layout.addWidget(self.figures)

    def show_reference(self, stories: tuple[Story, ...], benchmarks: tuple[Benchmark, ...]) -> None:
        self.stories.set_entries([self._story_entry(story) for story in stories[:SHOWN]])
        self.figures.set_entries([self._figure_entry(b) for b in benchmarks[:SHOWN]])

    def _story_entry(self, story: Story) -> tuple[str, str, object]:
        move = self.tr("{origin} → {target}").format(
            origin=shown(story.origin), target=shown(story.target_role)
        )
        facts = [str(story.year) if story.year else "", shown(story.city)]
        heading = " · ".join(part for part in (move, *facts) if part)
        lines = [shown(story.title)]
        lines += [f"{shown(f.label)}: {figure_text(f)}" for f in story.figures if f.is_money][:1]
        return heading, "\n".join(lines), story

    def _figure_entry(self, benchmark: Benchmark) -> tuple[str, str, object]:
        where = shown(benchmark.city)
        heading = " · ".join(part for part in (shown(benchmark.role), where) if part)
        figure = f"{stated_text(benchmark)} {yearly_text(benchmark.figure)}".strip()
        lines = [figure, figure_note(benchmark)]
        lines.append(cited(benchmark.source))
        return heading, "\n".join(line for line in lines if line), benchmark
