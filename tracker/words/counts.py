"""Counted nouns in the window's language: "1 row", "2 rows", "1 行". Qt's plural forms (%n)
choose the form, from the English file for English and the Chinese one for Chinese."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    """The translation context of counted nouns (lupdate reads plural forms from tr())."""

    def rows(self, count: int) -> str:
        return self.tr("%n row(s)", "", count)

    def applications(self, count: int) -> str:
        return self.tr("%n application(s)", "", count)

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def items(self, count: int) -> str:
        return self.tr("%n item(s)", "", count)

    def duplicates(self, count: int) -> str:
        return self.tr("%n duplicate(s)", "", count)


_COUNTS = Counts()
rows = _COUNTS.rows
applications = _COUNTS.applications
days = _COUNTS.days
items = _COUNTS.items
duplicates = _COUNTS.duplicates
