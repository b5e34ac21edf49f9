"""The words of an exported workbook, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from tracker.domain.pipeline import Pipeline
from tracker.services.xlsx_export import WorkbookWords
from tracker.words.labels import label, stage_label


class Workbook(QObject):
    """The translation context of the workbook's words (lupdate reads tr() calls)."""

    def words(self, pipeline: Pipeline | None) -> WorkbookWords:
        return WorkbookWords(
            sheets=(self.tr("Applications"), self.tr("Offers"), self.tr("Interview rounds")),
            application_headers=(
                self.tr("Company"),
                self.tr("Role"),
                self.tr("Category"),
                self.tr("City"),
                self.tr("Stage"),
                self.tr("Outcome"),
                self.tr("Applied on"),
                self.tr("Salary"),
                self.tr("Salary from"),
                self.tr("Salary to"),
                self.tr("Months a year"),
                self.tr("Channel"),
                self.tr("Next action"),
                self.tr("Due"),
                self.tr("Tags"),
                self.tr("Archived"),
            ),
            offer_headers=(
                self.tr("Company"),
                self.tr("Role"),
                self.tr("City"),
                self.tr("Salary"),
                self.tr("Monthly base"),
                self.tr("Months a year"),
                self.tr("Gross a year"),
                self.tr("Social insurance a year"),
                self.tr("Housing fund a year"),
                self.tr("Income tax a year"),
                self.tr("Take-home a year"),
                self.tr("First year"),
                self.tr("Four years"),
                self.tr("Reply by"),
                self.tr("Status"),
            ),
            round_headers=(
                self.tr("Company"),
                self.tr("Role"),
                self.tr("Round"),
                self.tr("When (your time)"),
                self.tr("Its time zone"),
                self.tr("Status"),
                self.tr("Interviewers"),
            ),
            label=label,
            stage=lambda key: stage_label(key, pipeline),
        )


def workbook_words(pipeline: Pipeline | None = None) -> WorkbookWords:
    return Workbook().words(pipeline)
