"""New from posting at the size of a long posting: a 20 KB detail page, as the clipboard
carries it (its text and its HTML), read into a filled form. Goal: ≤ 100 ms from the copied
posting to the form's fields. The floor, measured in the same run, is reading the posting's
text: decoding its bytes and splitting it into lines."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.benchmarks.conftest import report
from tracker.services.capture import capture_text
from tracker.services.container import Services
from tracker.ui.dialogs.application_dialog import ApplicationDialog

POSTINGS = Path(__file__).parents[1] / "fixtures" / "postings"
SIZE = 20_000
ROUNDS = 30


def _posting() -> tuple[str, str]:
    """A BOSS page grown to 20 KB with a long description, as text and as HTML."""
    text = (POSTINGS / "boss-1.txt").read_text(encoding="utf-8")
    head, tail = text.split("职位描述\n", 1)
    filler = "负责多模态大模型的数据生产、标注规范制定与质检，推动评测体系建设。\n"
    body = filler * ((SIZE - len(text.encode())) // len(filler.encode()) + 1)
    grown = f"{head}职位描述\n{body}{tail}"
    paragraphs = "".join(f"<p>{line}</p>" for line in grown.splitlines())
    html = f"<html><body>{paragraphs}</body></html>"
    return grown, html


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def test_capture_to_a_filled_form(qtbot: QtBot, services: Services) -> None:
    text, html = _posting()
    assert len(text.encode()) >= SIZE
    data = text.encode()
    floor, read, filled = [], [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        lines = data.decode("utf-8").splitlines()
        floor.append(_ms(start))
        assert lines
        start = time.perf_counter()
        captured = capture_text(text, html)
        read.append(_ms(start))
        assert (captured.company, captured.role) == ("阿里巴巴", "大模型数据标注训练师")
        dialog = ApplicationDialog(services.queries, lambda _data: None)
        qtbot.addWidget(dialog)
        start = time.perf_counter()
        captured = capture_text(text, html)
        dialog.fill_from_posting(captured)
        filled.append(_ms(start))
        assert dialog.role.text() == "大模型数据标注训练师"
        dialog.close()
    base = statistics.median(floor)
    read_median, filled_median = statistics.median(read), statistics.median(filled)
    report([
        f"capture of a {len(text.encode()) // 1000} KB posting (text and HTML), {ROUNDS} rounds",
        f"  floor (decode and split its text): median {base:7.3f} ms",
        f"  read into fields: median {read_median:7.2f} ms   ({read_median / base:6.0f}× floor)",
        f"  read and the form filled: median {filled_median:7.2f} ms, "
        f"max {max(filled):7.2f} ms   (goal ≤ 100 ms; {filled_median / base:6.0f}× floor)",
    ])  # fmt: skip
