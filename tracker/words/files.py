"""Why a file could not be read or written, as a sentence naming the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain.errors import FileError, FileProblem


def file_problem_text(problem: FileProblem) -> str:
    texts = {
        FileProblem.NOT_FOUND: QCoreApplication.translate(
            "Messages",
            "The file or its folder does not exist. Choose a folder that exists and try again.",
        ),
        FileProblem.NO_PERMISSION: QCoreApplication.translate(
            "Messages",
            "Pivot is not allowed to use this file or its folder. Choose another folder, or "
            "change the permissions, and try again.",
        ),
        FileProblem.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full, so the file was not written; a file already there is unchanged. "
            "Free some space and try again.",
        ),
        FileProblem.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "The folder is read-only, so the file was not written. Choose another folder and "
            "try again.",
        ),
        FileProblem.IO_ERROR: QCoreApplication.translate(
            "Messages",
            "The disk reported an error while reading or writing the file; a file already "
            "there is unchanged. Check the disk and try again.",
        ),
        FileProblem.IS_A_FOLDER: QCoreApplication.translate(
            "Messages", "That name belongs to a folder, not a file. Choose another name."
        ),
        FileProblem.NOT_A_FILE: QCoreApplication.translate(
            "Messages",
            "That is not an ordinary file (it is a pipe, a device or a socket), so Pivot did "
            "not use it. Choose an ordinary file on a disk.",
        ),
        FileProblem.UNKNOWN_ENCODING: QCoreApplication.translate(
            "Messages",
            "The text encoding of the file could not be recognised (it is neither UTF-8, "
            "UTF-16 nor GB18030). Save it as UTF-8 and try again.",
        ),
        FileProblem.NOT_A_TABLE: QCoreApplication.translate(
            "Messages",
            "The file is not a table Pivot can read: it has no header row, or it is not text. "
            "Export it as CSV with a header row and try again.",
        ),
        FileProblem.NOT_PIVOT_JSON: QCoreApplication.translate(
            "Messages", "The file is not a Pivot export, so nothing was imported from it."
        ),
        FileProblem.NEWER_PIVOT_JSON: QCoreApplication.translate(
            "Messages",
            "The file comes from a newer version of Pivot and this version cannot read it, so "
            "nothing was imported from it. Update Pivot and import it again.",
        ),
        FileProblem.NO_ROWS: QCoreApplication.translate(
            "Messages",
            "The file has a header row but no rows under it, so there is nothing to import. "
            "Nothing was written.",
        ),
        FileProblem.CHANGED: QCoreApplication.translate(
            "Messages",
            "The file changed after it was previewed, so nothing was imported. Open it again "
            "to see what it holds now.",
        ),
        FileProblem.NAME_TOO_LONG: QCoreApplication.translate(
            "Messages", "The file name is too long for this disk. Choose a shorter name."
        ),
        FileProblem.TOO_LARGE: QCoreApplication.translate(
            "Messages",
            "The file is larger than Pivot reads for its kind (5 MB for a job posting, 50 MB "
            "for a workbook or a document), so it was not read and nothing was written.",
        ),
        FileProblem.OLD_OR_LOCKED_WORKBOOK: QCoreApplication.translate(
            "Messages",
            "The workbook is protected by a password, or saved in the old .xls format, so Pivot "
            "cannot read it and nothing was written. Save it as .xlsx without a password and try "
            "again.",
        ),
        FileProblem.NO_SUCH_SHEET: QCoreApplication.translate(
            "Messages", "The workbook has no sheet of that name, so nothing was imported."
        ),
        FileProblem.NOT_A_POSTING: QCoreApplication.translate(
            "Messages",
            "The file holds no text Pivot can read as a job posting: it is not text or a web "
            "page, or it is empty. Open the posting and copy its text instead.",
        ),
        FileProblem.NOT_A_VCARD: QCoreApplication.translate(
            "Messages",
            "The file holds no contact card (vCard) Pivot can read, so no one was added. Export "
            "the contacts as a .vcf file from your phone or address book and try again.",
        ),
        FileProblem.EMPTY: QCoreApplication.translate(
            "Messages", "The file is empty, so there is nothing to keep. Nothing was added."
        ),
        FileProblem.EXECUTABLE: QCoreApplication.translate(
            "Messages",
            "That file is a program or a script, so Pivot did not keep it: a document is a "
            "PDF, an image, a text or an office file. Nothing was added.",
        ),
        FileProblem.MISSING_DOCUMENT: QCoreApplication.translate(
            "Messages",
            "The document's file is missing from Pivot's data folder (it was moved or deleted "
            "outside Pivot). Restore a backup, or add the file again as a new version.",
        ),
        FileProblem.PROTECTED: QCoreApplication.translate(
            "Messages",
            "That is Pivot's own database, or a file Pivot keeps beside it (its journal, lock "
            "or backups), so nothing was written. Choose another name or folder.",
        ),
    }
    return texts[problem]


def file_message(error: FileError) -> str:
    """What went wrong with the file, what to do, and the file's path."""
    return (
        file_problem_text(error.problem)
        + "\n\n"
        + QCoreApplication.translate("Messages", "File: {path}").format(path=error.path)
    )
