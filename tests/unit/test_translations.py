"""The Chinese translation is complete, current with the code, and compiled.

A string added to the code without a translation fails here, naming it. To update:
    pyside6-lupdate $(git ls-files 'tracker/*.py') -ts resources/i18n/pivot_zh_CN.ts -no-obsolete
    (translate the new messages, e.g. in pyside6-linguist)
    pyside6-lrelease resources/i18n/pivot_zh_CN.ts -qm resources/i18n/pivot_zh_CN.qm
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "pivot_zh_CN.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{\w*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install PySide6-Essentials (it ships the Qt tools)")
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(path: Path) -> list[str]:
    return [
        f"{context}: {source}"
        for context, source, message in _messages(path)
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (message.findtext("translation") or "").strip()
    ]


def test_every_message_is_translated() -> None:
    assert _unfinished(TS) == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, source, message in _messages(TS):
        translation = message.findtext("translation") or ""
        where = f"{context}: {source}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            where
        )
        assert translation.count("&") == source.count("&"), where


def test_the_translation_source_is_current_with_the_code(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy2(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "tracker").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "strings in the code that the .ts file does not have"
    assert len(_messages(copy)) == len(_messages(TS)), "the .ts file has strings the code lost"


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease (see this file's doc)"


def test_every_translate_call_in_the_code_is_in_the_ts_file() -> None:
    """lupdate skips calls it cannot read (inside an f-string, say): such a text would stay
    English in the Chinese window without anything else noticing."""
    call = re.compile(r"""translate\(\s*["'](\w+)["'],\s*["']((?:[^"'\\]|\\.)+)["']\s*\)""")
    known = {(context, source) for context, source, _message in _messages(TS)}
    missing = [
        f"{path.name}: {context}: {source}"
        for path in sorted((ROOT / "tracker").rglob("*.py"))
        for context, source in call.findall(path.read_text(encoding="utf-8"))
        if (context, source) not in known
    ]
    assert missing == []
