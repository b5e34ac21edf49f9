"""The Chinese translation is complete, current with the code, and compiled; so is the English
file, which holds only the plural forms ("1 row", "2 rows").

A string added to the code without a translation fails here, naming it. To update:
    pyside6-lupdate $(git ls-files 'tracker/*.py') -ts resources/i18n/pivot_zh_CN.ts -no-obsolete
    pyside6-lupdate $(git ls-files 'tracker/*.py') -ts resources/i18n/pivot_en.ts -no-obsolete \
        -pluralonly -source-language en -target-language en
    (translate the new messages, e.g. in pyside6-linguist)
    pyside6-lrelease resources/i18n/pivot_zh_CN.ts -qm resources/i18n/pivot_zh_CN.qm
    pyside6-lrelease resources/i18n/pivot_en.ts -qm resources/i18n/pivot_en.qm
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
ENGLISH_TS = TS.with_name("pivot_en.ts")
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


def _translations(message: ET.Element) -> list[str]:
    """A message's translation, or each of its plural forms."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def _unfinished(path: Path) -> list[str]:
    return [
        f"{context}: {source}"
        for context, source, message in _messages(path)
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(text.strip() for text in _translations(message))
    ]


def test_every_message_is_translated() -> None:
    assert _unfinished(TS) == []
    assert _unfinished(ENGLISH_TS) == []


def test_english_plural_forms_say_one_and_many() -> None:
    plurals = _messages(ENGLISH_TS)
    assert plurals, "the English file has the plural forms"
    for context, source, message in plurals:
        one, many = _translations(message)
        assert "%n" in one and "%n" in many, f"{context}: {source}"
        assert one == source.replace("(s)", "") and many == source.replace("(s)", "s")


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, source, message in _messages(TS):
        where = f"{context}: {source}"
        # A counted message has a form per number; each keeps the placeholders.
        forms = [form.text or "" for form in message.iter("numerusform")]
        for translation in forms or [message.findtext("translation") or ""]:
            found = sorted(PLACEHOLDER.findall(translation))
            assert found == sorted(PLACEHOLDER.findall(source)), where
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
    english = tmp_path / ENGLISH_TS.name
    shutil.copy2(ENGLISH_TS, english)
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(english), "-pluralonly",
         "-source-language", "en", "-target-language", "en"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert _unfinished(english) == [], "plural forms the English file does not have"


@pytest.mark.parametrize("source", [TS, ENGLISH_TS], ids=lambda path: path.stem)
def test_the_compiled_translation_matches_its_source(tmp_path: Path, source: Path) -> None:
    compiled = tmp_path / source.with_suffix(".qm").name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    expected = source.with_suffix(".qm").read_bytes()
    assert compiled.read_bytes() == expected, "run pyside6-lrelease (see this file's doc)"


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
