"""What an export writes in the user's language: the CSV's header language, the stage names of
its date columns, the labels inside a calendar file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.domain.pipeline import Pipeline
from tracker.words.labels import stage_label
from tracker.words.language import window_is_chinese

if TYPE_CHECKING:
    from tracker.services.calendar_export import CalendarWords


def csv_language_is_chinese() -> bool:
    return window_is_chinese()


def stage_names(pipeline: Pipeline) -> dict[str, str]:
    return {key: stage_label(key, pipeline) for key in pipeline.stage_keys()}


def calendar_words() -> CalendarWords:
    from tracker.services.calendar_export import CalendarWords

    return CalendarWords(
        calendar_name=QCoreApplication.translate("TransferWords", "Interviews"),
        interviewers=QCoreApplication.translate("TransferWords", "Interviewers"),
        meeting_link=QCoreApplication.translate("TransferWords", "Meeting link"),
        preparation=QCoreApplication.translate("TransferWords", "Preparation"),
        reminder=QCoreApplication.translate("TransferWords", "Interview: {summary}"),
    )
