"""``pivot report DIR``: every insight chart as a PNG file, without opening a window (for a
weekly review, or to share)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from tracker.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    data_dir_option,
    fail,
    install_translations,
)
from tracker.domain.errors import StorageError
from tracker.paths import AppPaths

FIGURE_INCHES = (10.0, 5.6)
DPI = 150


def add_report_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = verbs.add_parser(
        "report", help="draw every insight chart to PNG files in DIR, without a window"
    )
    parser.add_argument("output", type=Path, metavar="DIR", help="folder for the PNG files")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help="applications sent on or after this day")  # fmt: skip
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                        help="applications sent on or before this day")  # fmt: skip
    parser.add_argument("--language", choices=("en", "zh_CN"),
                        help="the charts' language (default: Pivot's)")  # fmt: skip
    data_dir_option(parser)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def run_report(args: argparse.Namespace, paths: AppPaths) -> int:
    from tracker.domain.insights import InsightFilter

    try:
        chosen = InsightFilter(_day(args.start), _day(args.end))
    except ValueError:
        return fail("report: dates are written YYYY-MM-DD, e.g. 2026-11-01", EXIT_USAGE)
    install_translations(args.language)
    from tracker.services.maintenance import require_database_file
    from tracker.words.messages import storage_message

    try:
        require_database_file(paths.database)
        written = write_report(paths, args.output, chosen)
    except StorageError as error:
        return fail(storage_message(error).replace("\n\n", " "))
    except OSError as error:
        return fail(f"report: {args.output}: {error.strerror}")
    for path in written:
        print(path)  # noqa: T201
    return EXIT_OK


def write_report(paths: AppPaths, output: Path, chosen: object) -> list[Path]:
    """Every chart of the catalog, drawn from the database's history, as output/<key>.png."""
    from matplotlib.figure import Figure

    from tracker.charts.catalog import CHARTS
    from tracker.charts.style import LIGHT, setup
    from tracker.domain.insights import InsightFilter
    from tracker.services.insights import InsightService
    from tracker.services.maintenance import open_database
    from tracker.words.charts import chart_words

    assert isinstance(chosen, InsightFilter)
    setup()
    database = open_database(paths.database, paths.backup_dir)
    try:
        data = InsightService(database).data(chosen, datetime.now().astimezone())
    finally:
        database.close()
    output.mkdir(parents=True, exist_ok=True)
    words = chart_words()
    written = []
    for spec in CHARTS:
        figure = Figure(figsize=FIGURE_INCHES, dpi=DPI, layout="constrained")
        spec.draw(figure, data, words, LIGHT)
        path = output / f"{spec.key}.png"
        figure.savefig(path, format="png", facecolor=LIGHT.background)
        written.append(path)
    return written
