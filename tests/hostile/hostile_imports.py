"""Hostile imports: files in the wrong encoding, with odd line endings, broken quoting, binary
content, huge cells, formulas, NUL bytes; things that are not files; Pivot JSON documents with
values out of range, unknown keys, far-off dates and broken structure."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.hostile import documents as docs
from tests.hostile import outputs
from tests.hostile.trial import Attempt, Expect, Run, Trial

CATEGORY = "hostile imports"
Follow = Callable[[Trial, Run], None]

ACCENTED = [
    ("Crème Brûlée Analytics", "Ingénieur IA", "Applied"),
    ("Zürich Résumé AG", "Datenkurator", "Applied"),
    ("Ærøskøbing Data", "Prompt Designer", "Applied"),
]
LATIN1_ONLY = [("Þórður ðata", "Señor Analyst", "Applied"), ("Ývette Çà", "Rédacteur", "Applied")]
CP1252_SIGNS = [("“Smart” Quotes Ltd", "€ Pricing Analyst", "Applied"), ("Œuvre & Cie", "Ops", "")]
CHINESE = [("百度", "大模型训练师", "Applied"), ("腾讯", "数据标注", "Applied")]
TRADITIONAL = [("鴻海精密", "資料標註員", "Applied"), ("台積電", "機器學習工程師", "Applied")]
JAPANESE = [("ソニー株式会社", "データ注釈", "Applied")]
FORMULAS = [
    ('=HYPERLINK("http://example.invalid","x")', "Formula One", "Applied"),
    ("+SUM(1,2)", "Plus Role", "Applied"),
    ("@cmd", "At Role", "Applied"),
    ("-2+3", "Minus Role", "Applied"),
]


def _names(rows: list[tuple[str, str, str]]) -> set[str]:
    return {text for company, role, _ in rows for text in (company, role)}


def _attempt(id_: str, expect: Expect, body: Callable[[Trial], None]) -> Attempt:
    return Attempt(id_, CATEGORY, expect, body)


def table_import(
    id_: str,
    content: bytes | Callable[[], bytes],
    expect: Expect,
    *args: str,
    name: str = "applications.csv",
    added: int | None = None,
    stored: set[str] | frozenset[str] = frozenset(),
    hint: str = "",
    follow: tuple[Follow, ...] = (),
) -> Attempt:
    """Import a file of ``content``: the file stays as it was; a success stores ``stored``
    exactly and adds ``added`` applications; a refusal mentions ``hint``."""

    def body(trial: Trial) -> None:
        path = trial.work / name
        path.write_bytes(content() if callable(content) else content)
        trial.guard(path, "the imported file")
        trial.added_on_success = added
        run = trial.pivot("import", str(path), *args)
        if run.ok and stored:
            outputs.expect_stored(trial, set(stored))
        if not run.ok and hint and hint not in run.stderr:
            trial.bad(f"the refusal does not mention {hint}: {run.stderr.strip()[:80]}")
        for step in follow:
            step(trial, run)

    return _attempt(id_, expect, body)


def special_import(
    id_: str, make: Callable[[Path], None], *args: str, name: str = "applications.csv"
) -> Attempt:
    """Import something that is not a regular file (it must be refused, never waited on)."""

    def body(trial: Trial) -> None:
        path = trial.work / name
        make(path)
        trial.guard(path, "the thing given as the import file")
        trial.pivot("import", str(path), *args)

    return _attempt(id_, Expect.REFUSE, body)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _nothing(path: Path) -> None:
    pass


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _then_export(kind: str) -> Follow:
    def step(trial: Trial, _run: Run) -> None:
        outputs.export(trial, kind)

    return step


def _then_check(trial: Trial, _run: Run) -> None:
    outputs.check_sound(trial)


def _then_report(trial: Trial, _run: Run) -> None:
    outputs.report(trial)


def _formulas_guarded(trial: Trial, run: Run) -> None:
    """The CSV export of formula-like names keeps them from running in a spreadsheet."""
    if not run.ok:
        return
    outputs.export(trial, "csv")
    text = (trial.work / "out.csv").read_text(encoding="utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row}
    names = {company for company, _role, _status in FORMULAS}
    bare = sorted(cells & names)
    if bare:
        trial.bad(f"the CSV export leaves a formula as it is: {bare[0][:40]}")


def _encoded(rows: list[tuple[str, str, str]], encoding: str, **kw: str) -> bytes:
    return docs.table_text(rows).replace("\n", kw.get("newline", "\n")).encode(encoding)


def _random(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def table_attempts() -> list[Attempt]:
    cp1252 = _encoded(ACCENTED, "cp1252")
    hint = "--encoding"
    either = Expect.EITHER
    yes = Expect.SUCCEED
    no = Expect.REFUSE
    utf8_and_1252 = docs.table_text(CHINESE).encode() + "Café Olé,Barista IA,Applied\n".encode(
        "cp1252"
    )
    return [
        table_import("import-cp1252-accents", cp1252, either, added=3, stored=_names(ACCENTED),
                     hint=hint),
        table_import("import-latin1-letters", _encoded(LATIN1_ONLY, "latin-1"), either, added=2,
                     stored=_names(LATIN1_ONLY), hint=hint),
        table_import("import-cp1252-quotes-euro", _encoded(CP1252_SIGNS, "cp1252"), either,
                     added=2, stored=_names(CP1252_SIGNS), hint=hint),
        table_import("import-cp1252-one-accent", "Company,Role\nCafé,Barista IA\n".encode("cp1252"),
                     either, added=1, stored={"Café"}, hint=hint),
        table_import("import-cp1252-semicolons",
                     docs.table_text(ACCENTED).replace(",", ";").encode("cp1252"), either,
                     added=3, stored=_names(ACCENTED), hint=hint),
        table_import("import-cp1252-named", cp1252, yes, "--encoding", "cp1252", added=3,
                     stored=_names(ACCENTED)),
        table_import("import-latin1-named", _encoded(LATIN1_ONLY, "latin-1"), yes, "--encoding",
                     "latin-1", added=2, stored=_names(LATIN1_ONLY)),
        table_import("import-cp1252-dry-run", cp1252, either, "--dry-run", added=0, hint=hint,
                     follow=(_dry_run_encoding,)),
        table_import("import-utf8-and-cp1252-mixed", utf8_and_1252, either,
                     stored=_names(CHINESE), hint=hint),
        table_import("import-cr-line-endings", _encoded(ACCENTED, "utf-8", newline="\r"), yes,
                     added=3, stored=_names(ACCENTED)),
        table_import("import-crlf-line-endings", _encoded(ACCENTED, "utf-8", newline="\r\n"), yes,
                     added=3, stored=_names(ACCENTED)),
        table_import("import-mixed-line-endings",
                     b"Company,Role\nAlpha Co,One\r\nBeta Co,Two\rGamma Co,Three\n", either,
                     stored={"Alpha Co"}),
        table_import("import-unterminated-quote",
                     b'Company,Role\nAlpha Co,"Prompt Engineer\nBeta Co,Data Curator\n', either),
        table_import("import-unterminated-quote-long",
                     b'Company,Role\nAlpha Co,"' + b"x" * 300_000, either),
        table_import("import-utf16-named-no-bom", cp1252.decode("cp1252").encode(), no,
                     "--encoding", "utf-16"),
        table_import("import-utf16be-named-no-bom", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--encoding", "utf-16-be"),
        table_import("import-utf32-named", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--encoding", "utf-32"),
        table_import("import-unknown-encoding", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--encoding", "no-such-codec"),
        table_import("import-rot13-encoding", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--encoding", "rot13"),
        table_import("import-base64-encoding", b"Q29tcGFueSxSb2xlCg==\n", no,
                     "--encoding", "base64"),
        table_import("import-ascii-named-utf8-file", docs.table_text(ACCENTED).encode(), no,
                     "--encoding", "ascii"),
        table_import("import-utf8-named-cp1252-file", cp1252, no, "--encoding", "utf-8"),
        table_import("import-header-only", b"Company,Role,Status\n", either, added=0),
        table_import("import-empty-file", b"", no),
        table_import("import-bom-only", b"\xef\xbb\xbf", no),
        table_import("import-blank-lines-only", b"\n\n   \n\t\n", no),
        table_import("import-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), no),
        table_import("import-random-bytes", _random(8192, 1), no),
        table_import("import-gzip", gzip.compress(docs.table_text(ACCENTED).encode(), mtime=0), no),
        table_import("import-zip-workbook", b"PK\x03\x04\x14\x00\x06\x00" + _random(2000, 2), no,
                     name="applications.xlsx"),
        table_import("import-elf-binary", b"\x7fELF\x02\x01\x01" + bytes(500), no),
        table_import("import-utf16le-no-bom", docs.table_text(ACCENTED).encode("utf-16-le"),
                     either, added=3, stored=_names(ACCENTED)),
        table_import("import-utf16-bom", docs.table_text(ACCENTED).encode("utf-16"), yes,
                     added=3, stored=_names(ACCENTED)),
        table_import("import-utf8-bom", b"\xef\xbb\xbf" + docs.table_text(ACCENTED).encode(), yes,
                     added=3, stored=_names(ACCENTED)),
        table_import("import-gb18030", docs.table_text(CHINESE).encode("gb18030"), yes, added=2,
                     stored=_names(CHINESE)),
        table_import("import-big5-unnamed", docs.table_text(TRADITIONAL).encode("big5"), either,
                     added=2, stored=_names(TRADITIONAL), hint=hint),
        table_import("import-big5-named", docs.table_text(TRADITIONAL).encode("big5"), yes,
                     "--encoding", "big5", added=2, stored=_names(TRADITIONAL)),
        table_import("import-shift-jis-unnamed", docs.table_text(JAPANESE).encode("shift_jis"),
                     either, added=1, stored=_names(JAPANESE), hint=hint),
        table_import("import-nul-in-cell", b"Company,Role\nAlpha\x00Co,Curator\n", either,
                     follow=(_no_nul_stored,)),
        table_import("import-nul-after-64k",
                     b"Company,Role,Notes\n" + b"Alpha Co,Curator," + b"n" * 70_000 + b"\x00\n",
                     either, "--encoding", "utf-8", follow=(_no_nul_stored,)),
        table_import("import-huge-description",
                     b"Company,Role,Description\nAlpha Co,Curator," + b"d" * 3_000_000 + b"\n",
                     either, added=1),
        table_import("import-100k-company-name", b"Company,Role\n" + b"C" * 100_000 + b",Curator\n",
                     either, added=1, follow=(_then_export("csv"),)),
        table_import("import-huge-header-line", b"H" * 2_000_000, either, added=0),
        table_import("import-5000-rows",
                     docs.table_text([(f"Company {n}", "Curator", "Applied")
                                      for n in range(5000)]).encode(), yes, added=5000),
        table_import("import-300-columns",
                     (",".join(["Company", "Role"] + [f"Extra {n}" for n in range(298)]) + "\n"
                      + ",".join(["Alpha Co", "Curator"] + ["x"] * 298) + "\n").encode(),
                     yes, added=1),
        table_import("import-duplicate-headers", b"Company,Company,Role\nA Co,B Co,Curator\n",
                     either),
        table_import("import-formula-cells", docs.table_text(FORMULAS).encode(), yes, added=4,
                     stored=_names(FORMULAS), follow=(_formulas_guarded,)),
        table_import("import-map-without-header", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--map", "=company"),
        table_import("import-map-unknown-field", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--map", "Company=nonsense"),
        table_import("import-pivot-json-format-on-csv", b"Company,Role\nAlpha Co,Curator\n", no,
                     "--format", "pivot-json"),
        table_import("import-csv-named-json", b"Company,Role\nAlpha Co,Curator\n", no,
                     name="applications.json"),
        table_import("import-name-with-newline", _random(300, 3), no,
                     name="two\nlines.csv"),
        table_import("import-tsv", docs.table_text(ACCENTED).replace(",", "\t").encode(), yes,
                     added=3, stored=_names(ACCENTED), name="applications.tsv"),
        special_import("import-fifo-csv", _fifo),
        special_import("import-fifo-json", _fifo, name="applications.json"),
        special_import("import-fifo-dry-run", _fifo, "--dry-run"),
        special_import("import-folder-csv", _folder),
        special_import("import-folder-json", _folder, name="applications.json"),
        special_import("import-missing-file", _nothing),
        special_import("import-symlink-loop", _loop),
    ]  # fmt: skip


def _dry_run_encoding(trial: Trial, run: Run) -> None:
    said = run.stdout.splitlines()[:1]
    if run.ok and said and "gb18030" in said[0].lower():
        trial.bad("the dry run reads a cp1252 file as gb18030 (its preview is mojibake)")


def _no_nul_stored(trial: Trial, run: Run) -> None:
    if run.ok and any("\x00" in text for text in outputs.new_names(trial)):
        trial.bad("a NUL character was stored in a name")


def json_import(
    id_: str,
    value: object,
    expect: Expect,
    *args: str,
    added: int | None = None,
    follow: tuple[Follow, ...] = (),
    raw: bytes | None = None,
) -> Attempt:
    """Import a Pivot JSON file (``raw`` bytes, else ``value`` written as JSON)."""
    content = raw if raw is not None else json.dumps(value, ensure_ascii=False).encode()
    return table_import(id_, content, expect, *args, name="pivot.json", added=added,
                        follow=follow)  # fmt: skip


def _one(key: str, **values: Any) -> dict[str, Any]:
    return docs.single(key, f"Hostile {key}", "Role under test", **values)


def _with_round(key: str, **round_values: Any) -> dict[str, Any]:
    document = _one(key)
    document["applications"][0]["interview_rounds"] = [docs.interview_round(key, **round_values)]
    return document


def _with_events(key: str, stage: str) -> dict[str, Any]:
    document = _one(key, stage=stage)
    events = document["applications"][0]["stage_events"]
    events[-1]["to_stage"] = stage
    return document


def _from_stage(key: str, stage: str) -> dict[str, Any]:
    document = _one(key)
    document["applications"][0]["stage_events"][-1]["from_stage"] = stage
    return document


def _changed(document: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {**document, **top}


def _nested(depth: int) -> bytes:
    return b'{"format": "pivot", "version": 1, "companies": ' + b"[" * depth + b"]" * depth + b"}"


def _many(count: int) -> dict[str, Any]:
    return docs.document(
        [docs.company("many", "Many Applications Ltd")],
        [
            {**docs.application("many", f"Role {n}", rounds=0), "uuid": docs.uid("many", n),
             "stage_events": [{"uuid": docs.uid("many", n, "e"), "to_stage": "applied",
                               "occurred_at": "2026-01-05T08:00:00+00:00"}],
             "notes": [], "current_stage": "applied"}
            for n in range(count)
        ],
    )  # fmt: skip


def _existing_uuid(trial: Trial) -> None:
    """A document naming an application Pivot has (by uuid) with other values: skipped whole."""
    uuid = next(iter(trial.baseline.rows))
    document = _one("present")
    document["applications"][0]["uuid"] = uuid
    path = docs.write_json(trial.work / "pivot.json", document)
    trial.guard(path, "the imported file")
    trial.added_on_success = 0
    trial.pivot("import", str(path))


def json_attempts() -> list[Attempt]:
    either, no = Expect.EITHER, Expect.REFUSE
    after = (_then_check, _then_export("csv"), _then_export("json"))
    calendar = (_then_export("ics"),)
    long_title = "T" * 100_000
    bad_value = lambda key, **v: json_import(f"json-{key}", _one(key, **v), no)  # noqa: E731
    return [
        json_import("json-unknown-stage", _with_events("stage", "no-such-stage"), either,
                    follow=(*after, _then_report)),
        json_import("json-unknown-from-stage", _from_stage("from", "ghost-stage"), either,
                    follow=after),
        json_import("json-excitement-99", _one("excite", excitement=99), either,
                    follow=(*after, _then_report)),
        json_import("json-excitement-negative", _one("neg", excitement=-5), either, follow=after),
        json_import("json-excitement-10e30", _one("big", excitement=10**30), either),
        json_import("json-empty-title", _one("empty", role_title=""), either, follow=after),
        json_import("json-100k-title", _one("long", role_title=long_title), either,
                    follow=(*after, _then_export("ics"))),
        json_import("json-empty-company-name", docs.single("noname", "", "Role"), either,
                    follow=after),
        json_import("json-file-links", _with_round("link", meeting_link="file:///etc/passwd"),
                    either, follow=(_then_export("ics"), _no_file_link)),
        json_import("json-javascript-link", _one("js", job_url="javascript:alert(1)"), either,
                    follow=after),
        json_import("json-round-year-9999",
                    _with_round("y9999", scheduled_at="9999-12-31T23:30:00+00:00"), either,
                    follow=(*calendar, _then_report)),
        json_import("json-round-year-1",
                    _with_round("y1", scheduled_at="0001-01-01T00:00:00+00:00",
                                time_zone="America/New_York"), either, follow=calendar),
        json_import("json-round-billion-minutes",
                    _with_round("dur", duration_minutes=10**9), either, follow=calendar),
        json_import("json-round-negative-minutes",
                    _with_round("neg-dur", duration_minutes=-90), either, follow=calendar),
        json_import("json-round-unknown-zone",
                    _with_round("zone", time_zone="Mars/Olympus_Mons"), either, follow=calendar),
        json_import("json-round-zone-path",
                    _with_round("zpath", time_zone="../../../etc/passwd"), either,
                    follow=calendar),
        json_import("json-event-year-9999",
                    _changed(_one("ev9999", stage_changed_at="9999-12-31T00:00:00+00:00")),
                    either, follow=(_then_check, _then_report)),
        json_import("json-nan-salary", _one("nan", salary_min=float("nan")), either,
                    follow=(_then_export("json"),)),
        json_import("json-infinite-salary", _one("inf", salary_max=float("inf")), either,
                    follow=(_then_export("json"),)),
        json_import("json-version-2", _changed(_one("v2"), version=2), no),
        json_import("json-version-string", _changed(_one("vs"), version="1"), no),
        json_import("json-version-true", _changed(_one("vt"), version=True), no),
        json_import("json-other-format", _changed(_one("fmt"), format="huntr"), no),
        json_import("json-deep-nesting", None, no, raw=_nested(200_000)),
        json_import("json-deep-value", None, no,
                    raw=json.dumps(_one("deepv", role_title="§")).encode().replace(
                        b'"\\u00a7"', b"[" * 50_000 + b"]" * 50_000)),
        json_import("json-top-level-list", [_one("list")], no),
        json_import("json-applications-object", _changed(_one("obj"), applications={}), no),
        json_import("json-invalid-utf8", None, no,
                    raw=json.dumps(_one("utf8")).encode().replace(b"Role under", b"R\xffle")),
        json_import("json-utf16", None, either, raw=json.dumps(_one("u16")).encode("utf-16")),
        json_import("json-bom", None, Expect.SUCCEED, added=1,
                    raw=b"\xef\xbb\xbf" + json.dumps(_one("bom")).encode()),
        json_import("json-unknown-columns", _one("extra", evil_column=1), either, follow=after),
        json_import("json-duplicate-uuid", docs.document(
            [docs.company("dup", "Dup Co")],
            [docs.application("dup", "One"), docs.application("dup", "Two")]), no),
        json_import("json-unknown-company", _changed(_one("orph"), companies=[]), no),
        json_import("json-long-uuid", _one("uuid", uuid="u" * 37), no),
        bad_value("naive-datetime", stage_changed_at="2026-01-20T08:00:00"),
        bad_value("impossible-date", applied_on="2026-02-30"),
        bad_value("numeric-tags", tags=[1, 2]),
        bad_value("string-boolean", archived="yes"),
        bad_value("unknown-category", role_category="wizard"),
        json_import("json-hostile-pipeline", _changed(_one("pipe"), pipeline=[
            {"key": "k" * 5000, "name": "<b>stage</b>", "position": 0, "hidden": False},
            {"key": "applied", "name": "", "position": -1, "hidden": True,
             "ghost_after_days": -3}]), either, follow=after),
        json_import("json-2000-applications", _many(2000), Expect.SUCCEED, added=2000),
        json_import("json-dry-run-year-9999",
                    _with_round("dry", scheduled_at="9999-12-31T23:30:00+00:00"), either,
                    "--dry-run", added=0),
        Attempt("json-existing-uuid-other-values", CATEGORY, Expect.SUCCEED, _existing_uuid),
    ]  # fmt: skip


def _no_file_link(trial: Trial, run: Run) -> None:
    path = trial.work / "out.ics"
    if run.ok and path.is_file() and b"file:///" in path.read_bytes():
        trial.bad("the calendar carries a file:/// link from the imported file")


def attempts() -> list[Attempt]:
    return table_attempts() + json_attempts()
