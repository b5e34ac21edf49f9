"""The questions asked in a round, each with my answer, tags and how it went; added, edited and
removed in place within the round's form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import AnswerRating
from tracker.domain.interviews import QuestionDraft
from tracker.domain.text import split_tags
from tracker.ui.widgets.choice_combo import optional_enum_combo


class QuestionEditor(QFrame):
    def __init__(self, draft: QuestionDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._id = draft.id if draft else None
        self.question = QPlainTextEdit(draft.question if draft else "")
        self.question.setPlaceholderText(self.tr("The question, as they asked it"))
        self.question.setFixedHeight(52)
        self.answer = QPlainTextEdit(draft.my_answer if draft else "")
        self.answer.setPlaceholderText(self.tr("What I answered (and what I wish I had)"))
        self.answer.setFixedHeight(64)
        self.tags = QLineEdit(", ".join(draft.tags) if draft else "")
        self.tags.setPlaceholderText(self.tr("e.g. RLHF, data quality"))
        self.rating = optional_enum_combo(list(AnswerRating), self.tr("Not rated"))
        self.rating.set_value(draft.rating if draft else None)
        self.remove = QToolButton()
        self.remove.setText(self.tr("Remove"))
        self.remove.setAutoRaise(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("My answer"), self.answer)
        row = QHBoxLayout()
        row.addWidget(self.tags, 1)
        row.addWidget(self.rating)
        row.addWidget(self.remove)
        form.addRow(self.tr("Tags"), row)

    def value(self) -> QuestionDraft:
        return QuestionDraft(
            question=self.question.toPlainText(),
            my_answer=self.answer.toPlainText(),
            tags=split_tags(self.tags.text()),
            rating=self.rating.value(),
            id=self._id,
        )


class QuestionsEditor(QWidget):
    def __init__(self, drafts: tuple[QuestionDraft, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: list[QuestionEditor] = []
        self._column = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add a question"))
        self.add_button.clicked.connect(lambda: self.add(None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._column)
        layout.addWidget(self.add_button)
        for draft in drafts:
            self.add(draft)

    def add(self, draft: QuestionDraft | None) -> QuestionEditor:
        editor = QuestionEditor(draft)
        editor.remove.clicked.connect(lambda: self._remove(editor))
        self._editors.append(editor)
        self._column.addWidget(editor)
        if draft is None:
            editor.question.setFocus()
        return editor

    def _remove(self, editor: QuestionEditor) -> None:
        self._editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()

    def editors(self) -> list[QuestionEditor]:
        return list(self._editors)

    def values(self) -> tuple[QuestionDraft, ...]:
        """Every question typed; an editor left entirely empty is not a question."""
        drafts = [editor.value() for editor in self._editors]
        return tuple(d for d in drafts if d.question.strip() or d.my_answer.strip() or d.tags)
