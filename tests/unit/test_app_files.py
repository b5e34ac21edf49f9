"""The files that make Pivot an application on each desktop: its icon for Windows (.ico), macOS
(.icns) and Linux (PNG), the Linux desktop entry and its AppStream metadata."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImageReader

from tracker import __version__

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "resources" / "icons" / "app"
LINUX = ROOT / "resources" / "linux"
APP_ID = "io.github.pivot_tracker.Pivot"


def _sizes(path: Path) -> tuple[bytes, set[tuple[int, int]]]:
    """The file's format as Qt reads it, and the size of every image in it."""
    reader = QImageReader(str(path))
    kind = bytes(reader.format().data())
    sizes = set()
    for _ in range(max(reader.imageCount(), 1)):
        image = reader.read()
        assert not image.isNull(), (path.name, reader.errorString())
        sizes.add((image.width(), image.height()))
        if not reader.jumpToNextImage():
            break
    return kind, sizes


def test_the_icon_exists_for_every_platform_at_full_size(qapp: object) -> None:
    assert _sizes(APP / "pivot.ico") == (b"ico", {(256, 256)})
    assert _sizes(APP / "pivot-256.png") == (b"png", {(256, 256)})
    kind, sizes = _sizes(APP / "pivot.icns")
    assert kind == b"icns" and {(128, 128), (256, 256), (512, 512)} <= sizes


def test_the_desktop_entry_starts_pivot_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "pivot"
    assert section["Icon"] == APP_ID and section["Name"] == "Pivot"
    assert section["Categories"].endswith(";") and section["Terminal"] == "false"
    assert section["Comment[zh_CN]"]


def test_the_appstream_metadata_names_the_app_its_licence_and_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert root.find("provides/binary").text == "pivot"  # type: ignore[union-attr]
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_standalone_build_is_specified_once_and_run_by_ci() -> None:
    spec = (ROOT / "resources" / "packaging" / "pivot.spec").read_text(encoding="utf-8")
    assert 'f"tracker/_resources/{name}"' in spec and "tracker/db/migrations" in spec
    assert "pivot.ico" in spec and "pivot.icns" in spec
    assert "tests.standalone_build" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "standalone.yml").read_text(encoding="utf-8")
    for system in ("windows-latest", "macos-latest", "ubuntu"):
        assert system in workflow
