"""What went wrong, in words the user reads: a storage fault, a refused field, any error Pivot
raises. The window shows them in message boxes (``tracker.ui.dialogs.messages``); the command
line prints them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain.errors import (
    FieldProblem,
    FileError,
    NotFoundError,
    PivotError,
    StorageError,
    StorageProblem,
    ValidationError,
)


def storage_message(error: StorageError) -> str:
    texts = {
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full, so the change was not saved. Free some space and try again; "
            "nothing already saved was lost.",
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "Messages",
            "Another program is using the database, so the change was not saved. Close it "
            "(for example a database browser) and try again; everything saved before is safe.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "The database cannot be written (the file or its folder is read-only), so the "
            "change was not saved. Make them writable and try again; everything saved before "
            "is safe.",
        ),
        StorageProblem.IO_ERROR: QCoreApplication.translate(
            "Messages",
            "The disk reported an error while reading or writing the database, so the change "
            "was not saved. Check the disk (or the cable of an external drive), try again, "
            "then run File ▸ Check database.",
        ),
        StorageProblem.NOT_A_DATABASE: QCoreApplication.translate(
            "Messages",
            "This file is not a Pivot database, so Pivot did not open or change it. Move it "
            "away, or start Pivot with another data folder (--data-dir).",
        ),
        StorageProblem.FOREIGN_DATABASE: QCoreApplication.translate(
            "Messages",
            "This file belongs to another program, so Pivot did not open or change it. Start "
            "Pivot with another data folder (--data-dir).",
        ),
        StorageProblem.UNEXPECTED_CONTENT: QCoreApplication.translate(
            "Messages",
            "This file carries Pivot's mark, but what it holds is not Pivot's alone: tables, "
            "triggers or views Pivot never creates, or a log file (-wal) from another database "
            "beside it. Pivot did not open or change it. Move the -wal file away if it does not "
            "belong here, or restore a backup.",
        ),
        StorageProblem.NEWER_SCHEMA: QCoreApplication.translate(
            "Messages",
            "This database was written by a newer version of Pivot. Update Pivot to open it; "
            "the file was left untouched.",
        ),
        StorageProblem.READ_ONLY_NEWER: QCoreApplication.translate(
            "Messages",
            "This file was written by a newer version of Pivot and is open read-only, so the "
            "change was not saved. Update Pivot to edit it; everything saved before is safe.",
        ),
        StorageProblem.READ_ONLY_STORAGE: QCoreApplication.translate(
            "Messages",
            "This file is on a read-only disk or share, so nothing can be saved or imported "
            "there (and a file that needs an upgrade or does not exist yet cannot be opened). "
            "Reading and exporting still work; copy the folder somewhere writable to change "
            "it.",
        ),
        StorageProblem.CORRUPT: QCoreApplication.translate(
            "Messages",
            "The database file is damaged. Pivot did not change it. Restore a backup from "
            "the backups folder beside it.",
        ),
        StorageProblem.MISSING: QCoreApplication.translate(
            "Messages",
            "The database file is missing but backups of it exist. Pivot will not start an "
            "empty database beside them: restore the newest backup from the backups folder.",
        ),
        StorageProblem.NOT_FOUND: QCoreApplication.translate(
            "Messages",
            "There is no Pivot database here yet, so there is nothing to read. Pivot's window "
            "starts one when it first opens on this folder.",
        ),
        StorageProblem.IS_A_FOLDER: QCoreApplication.translate(
            "Messages",
            "The database's name belongs to a folder, not a file, so there is nothing to read "
            "and nothing was changed. Move the folder away, or use another data folder "
            "(--data-dir).",
        ),
        StorageProblem.NOT_A_FOLDER: QCoreApplication.translate(
            "Messages",
            "The data folder cannot be used: a file of that name is in the way, or the folder "
            "cannot be created. Start Pivot with another data folder (--data-dir).",
        ),
        StorageProblem.MIGRATION_FAILED: QCoreApplication.translate(
            "Messages",
            "Upgrading the database to this version failed and was rolled back; the file is "
            "as it was, and a backup was made before the attempt.",
        ),
        StorageProblem.BACKUP_FAILED: QCoreApplication.translate(
            "Messages", "A verified backup could not be written, so nothing was changed."
        ),
        StorageProblem.BACKUP_NO_SPACE: QCoreApplication.translate(
            "Messages",
            "There is not enough free disk space for a backup, so nothing was changed and the "
            "backups already there are untouched. Free at least as much space as the database "
            "file takes and try again.",
        ),
    }
    text = texts[error.problem]
    if error.path:
        text += "\n\n" + QCoreApplication.translate("Messages", "File: {path}").format(
            path=error.path
        )
    return text


def field_message(problem: FieldProblem, field: str = "") -> str:
    """What is wrong with a field, in words that fit that field."""
    if problem is FieldProblem.INVALID and field in ("time_zone", "scheduled_at"):
        return QCoreApplication.translate(
            "Messages", "Not a time zone Pivot knows; use a name such as Asia/Shanghai."
        )
    if problem is FieldProblem.REQUIRED and field == "questions":
        return QCoreApplication.translate("Messages", "Every question needs its text.")
    special = {
        ("stages", FieldProblem.REQUIRED): QCoreApplication.translate(
            "Messages", "Each stage of your own needs a name, and at least one stage is shown."
        ),
        ("stages", FieldProblem.INVALID): QCoreApplication.translate(
            "Messages", "Two stages cannot have the same name."
        ),
        ("removed_stages", FieldProblem.INVALID): QCoreApplication.translate(
            "Messages",
            "A built-in stage, or one that applications have been in, cannot be removed; "
            "hide it instead.",
        ),
        ("current_stage", FieldProblem.INVALID): QCoreApplication.translate(
            "Messages", "Not a stage of this pipeline."
        ),
        ("stage_events", FieldProblem.INVALID): QCoreApplication.translate(
            "Messages", "Not a stage of this pipeline."
        ),
        ("scheduled_at", FieldProblem.OUT_OF_RANGE): QCoreApplication.translate(
            "Messages", "Choose a date from 1970 to 2100."
        ),
        ("ghost_after_days", FieldProblem.OUT_OF_RANGE): QCoreApplication.translate(
            "Messages", "Silent days before an application looks ghosted: 1 to 365."
        ),
        ("social_insurance_base", FieldProblem.OUT_OF_RANGE): QCoreApplication.translate(
            "Messages", "With this base the contributions take more than the monthly pay."
        ),
        ("housing_fund_base", FieldProblem.OUT_OF_RANGE): QCoreApplication.translate(
            "Messages", "With this base the contributions take more than the monthly pay."
        ),
        ("email", FieldProblem.INVALID): QCoreApplication.translate(
            "Messages", "Not an e-mail address: it needs an @ and no spaces."
        ),
    }
    if (field, problem) in special:
        return special[(field, problem)]
    texts = {
        FieldProblem.REQUIRED: QCoreApplication.translate("Messages", "Required."),
        FieldProblem.TOO_LONG: QCoreApplication.translate("Messages", "Too long."),
        FieldProblem.INVALID: QCoreApplication.translate(
            "Messages", "Only web links (http or https) can be kept here."
        ),
        FieldProblem.OUT_OF_RANGE: QCoreApplication.translate("Messages", "Out of range."),
    }
    return texts[problem]


def error_message(error: PivotError) -> str:
    """Any error an action can meet, as a sentence: what happened and that nothing was lost."""
    if isinstance(error, StorageError):
        return storage_message(error)
    if isinstance(error, FileError):
        from tracker.words.files import file_message

        return file_message(error)
    if isinstance(error, ValidationError):
        problems = "; ".join(field_message(p, f) for f, p in error.problems.items())
        return QCoreApplication.translate("Messages", "Not saved: {problems}").format(
            problems=problems
        )
    if isinstance(error, NotFoundError) and error.kind == "offer":
        return QCoreApplication.translate(
            "Messages", "That offer no longer exists (it may have been deleted)."
        )
    if isinstance(error, NotFoundError) and error.kind == "interview round":
        return QCoreApplication.translate(
            "Messages", "That interview round no longer exists (it may have been deleted)."
        )
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "Messages",
            "That application no longer exists (it may have been deleted). "
            "The list has been reloaded.",
        )
    return QCoreApplication.translate(
        "Messages", "That could not be done: {reason}. Nothing was changed."
    ).format(reason=str(error))
