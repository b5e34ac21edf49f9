"""``main.py report DIR``: every insight chart as a PNG, without a window, in either language;
a missing database or a bad date is one plain line and a status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.unit.test_cli import pivot
from tracker.db.database import Database
from tracker.domain.enums import InterviewOutcome, Stage
from tracker.domain.interviews import RoundDraft
from tracker.domain.records import ApplicationCreate
from tracker.services.container import Services
from tracker.services.demo import build_demo

CHART_KEYS = {"funnel", "flow", "activity", "channels", "times", "categories", "materials"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_report_draws_every_chart(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    output = tmp_path / "weekly review"
    done = pivot("--data-dir", str(data_dir), "report", str(output), home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no warning: no missing glyph, no layout trouble
    written = {path.stem for path in output.glob("*.png")}
    assert written == CHART_KEYS
    assert all(path.read_bytes().startswith(PNG_SIGNATURE) for path in output.glob("*.png"))
    assert [Path(line).stem for line in done.stdout.splitlines()] == [
        "funnel", "flow", "activity", "channels", "times", "categories", "materials",
    ]  # fmt: skip


def test_report_draws_names_with_dollar_signs_as_typed(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    """A stage, a company and a round named like formulas (one that matplotlib cannot even
    parse) are names: the report still draws every chart."""
    build_demo(database)
    services = Services(database)
    pipeline = services.pipeline.current()
    pipeline = pipeline.renamed(Stage.SCREENING, r"$\\frac{a}{b}$")
    services.pipeline.save(pipeline.renamed(Stage.INTERVIEWING, r"$\frac{a}{b}$"))
    now = datetime.now(UTC)
    applied = services.applications.create(
        ApplicationCreate(r"$\\frac{a}{b}$ Labs", "$x^2$", stage=Stage.APPLIED),
        now=now - timedelta(days=6),
    )
    services.applications.change_state(applied.id, Stage.SCREENING, now=now - timedelta(days=4))
    services.applications.change_state(applied.id, Stage.INTERVIEWING, now=now - timedelta(days=2))
    services.interviews.save_round(
        RoundDraft(applied.id, r"$\\frac{a}{b}$", scheduled_at=now - timedelta(days=1),
                   outcome=InterviewOutcome.PASSED)
    )  # fmt: skip
    database.close()
    done = pivot("--data-dir", str(data_dir), "report", str(tmp_path), home=pivot_home)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert {path.stem for path in tmp_path.glob("*.png")} == CHART_KEYS
    assert all(path.read_bytes().startswith(PNG_SIGNATURE) for path in tmp_path.glob("*.png"))


def test_report_in_chinese_draws_without_a_missing_glyph(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    done = pivot(
        "--data-dir", str(data_dir), "report", str(tmp_path), "--language", "zh_CN",
        home=pivot_home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "missing from font" not in done.stderr and done.stderr == ""
    assert len(list(tmp_path.glob("*.png"))) == len(CHART_KEYS)


def test_report_of_a_period_without_applications_still_writes_every_chart(
    database: Database, data_dir: Path, pivot_home: Path, tmp_path: Path
) -> None:
    build_demo(database)
    database.close()
    done = pivot(
        "--data-dir", str(data_dir), "report", str(tmp_path), "--from", "2001-01-01",
        "--to", "2001-12-31", home=pivot_home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {path.stem for path in tmp_path.glob("*.png")} == CHART_KEYS


def test_report_refuses_plainly(pivot_home: Path, tmp_path: Path) -> None:
    missing = pivot("--data-dir", str(tmp_path / "nothing"), "report", str(tmp_path / "out"),
                    home=pivot_home)  # fmt: skip
    assert missing.returncode == 1
    assert "no Pivot database here yet" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "nothing").exists()
    bad_date = pivot("report", str(tmp_path / "out"), "--from", "11/01", home=pivot_home)
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip() == "report: dates are written YYYY-MM-DD, e.g. 2026-11-01"
