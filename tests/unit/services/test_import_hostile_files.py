"""Table files that lie about themselves or never end: a pipe or a device in place of a file,
Mac line endings, a quote never closed, UTF-16 without its mark, a header and no rows. Each is
read or refused plainly; a refused file is only read, and the database stays as it was."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tracker.domain.errors import FileError, FileProblem
from tracker.domain.import_rows import RowProblem
from tracker.services.container import Services
from tracker.services.importing import ImportOptions

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _count(services: Services, table: str) -> int:
    return int(services.database.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def backups(services: Services) -> list[Path]:
    return list((services.database.path.parent / "backups").glob("pivot-*.db"))


def refused_in_time(call: Callable[[], object], fifo: Path) -> BaseException | None:
    """What ``call`` raised; a call still blocked after a few seconds (reading a pipe) is let go
    by writing nothing into the pipe, and the test fails."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed to the test
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(writer)
        worker.join(5)
        pytest.fail("reading the pipe blocked")
    return outcome[0]


@needs_fifo
def test_a_pipe_is_refused_before_it_is_opened(services: Services, tmp_path: Path) -> None:
    fifo = tmp_path / "applications.csv"
    os.mkfifo(fifo)
    error = refused_in_time(lambda: services.imports.preview(fifo), fifo)
    assert isinstance(error, FileError) and error.problem is FileProblem.NOT_A_FILE
    assert _count(services, "import_batch") == 0


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_refused_as_not_a_file(services: Services) -> None:
    with pytest.raises(FileError) as refused:
        services.imports.preview(Path("/dev/null"))
    assert refused.value.problem is FileProblem.NOT_A_FILE


def test_mac_line_endings_are_read(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"Company,Role,City\rAcme,AI Trainer,Beijing\rBeta,Prompt Engineer,\r")
    preview = services.imports.preview(path)
    assert preview.table.headers == ["Company", "Role", "City"]
    assert [r.data.company_name for r in preview.sample] == ["Acme", "Beta"]
    assert [r.line for r in preview.sample] == [2, 3]
    assert preview.sample[0].data.city == "Beijing"


def test_a_quote_never_closed_is_reported_on_its_line(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(
        'Company,Role,Notes\nAcme,AI Trainer,fine\nBeta,Prompt Engineer,"oops\n'
        "Gamma,LLM Engineer,x\nDelta,AI PM,y\n",
        encoding="utf-8",
    )
    preview = services.imports.preview(path)
    assert [(i.line, i.problem) for i in preview.issues] == [(3, RowProblem.UNCLOSED_QUOTE)]
    assert [r.data.company_name for r in preview.sample] == ["Acme"]
    assert preview.skipped_lines == {3}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read_when_named(
    services: Services, tmp_path: Path, codec: str
) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Company\tRole\n百度\tAI训练师\n".encode(codec))
    preview = services.imports.preview(path, ImportOptions(encoding="utf-16"))
    assert preview.table.encoding == codec
    assert [r.data.company_name for r in preview.sample] == ["百度"]


def test_utf16_named_for_a_file_that_is_not_is_refused_plainly(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "chinese.csv"
    content = "公司,职位\n百度,AI训练师\n".encode("gbk")
    path.write_bytes(content)
    with pytest.raises(FileError) as refused:
        services.imports.preview(path, ImportOptions(encoding="utf-16"))
    assert refused.value.problem is FileProblem.UNKNOWN_ENCODING
    assert path.read_bytes() == content


def test_a_header_without_rows_writes_nothing(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("Company,Role\n", encoding="utf-8")
    preview = services.imports.preview(path)
    assert preview.rows == 0
    with pytest.raises(FileError) as refused:
        services.imports.commit(preview)
    assert refused.value.problem is FileProblem.NO_ROWS
    assert _count(services, "import_batch") == 0 and backups(services) == []


WESTERN = "Company,Role,City\nMüller AG,Ingenieur,München\nBäckerei Schröder,Verkäufer,Köln\n"


def test_western_text_is_not_read_as_chinese_without_asking(
    services: Services, tmp_path: Path
) -> None:
    from tracker.domain.encoding_guess import UnclearEncodingError

    path = tmp_path / "western.csv"
    content = WESTERN.encode("cp1252")
    path.write_bytes(content)
    with pytest.raises(UnclearEncodingError) as asked:
        services.imports.preview(path)
    assert asked.value.problem is FileProblem.UNKNOWN_ENCODING
    readings = {r.encoding: r.lines for r in asked.value.readings}
    assert readings["cp1252"][1] == "Müller AG,Ingenieur,München"
    assert readings["gb18030"][1] == content.split(b"\n")[1].decode("gb18030")
    assert asked.value.readings[0].encoding == "cp1252"
    chosen = services.imports.preview(path, ImportOptions(encoding="cp1252"))
    assert [r.data.city for r in chosen.sample] == ["München", "Köln"]
    assert path.read_bytes() == content and _count(services, "job_application") == 0
