"""Draw the application's icon files from its SVG, with Qt's own image writers: a PNG for Linux
(256 px), an .ico for Windows (16–256 px) and an .icns for macOS.

    python -m tests.make_app_icons

Run again when resources/icons/app/pivot-app.svg changes; the files it writes are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

APP = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(APP / "pivot-app.svg")).render(painter)
    painter.end()
    return image


def write(path: Path, image: QImage, kind: str) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, kind.encode())
    if not writer.write(image):
        sys.exit(f"{path.name}: {writer.errorString()}")
    buffer.close()
    path.write_bytes(bytes(data.data()))


def png(size: int) -> bytes:
    path = APP / f".{size}.png"
    write(path, render(size), "png")
    data = path.read_bytes()
    path.unlink()
    return data


def icns(images: dict[bytes, bytes]) -> bytes:
    """An Apple icon file: "icns", its length, then (type, length, PNG data) for each size
    (ic07 128 px, ic08 256 px, ic09 512 px hold PNG data)."""
    body = b"".join(
        kind + (8 + len(data)).to_bytes(4, "big") + data for kind, data in images.items()
    )
    return b"icns" + (8 + len(body)).to_bytes(4, "big") + body


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    write(APP / "pivot-256.png", render(256), "png")
    write(APP / "pivot.ico", render(256), "ico")
    (APP / "pivot.icns").write_bytes(
        icns({b"ic07": png(128), b"ic08": png(256), b"ic09": png(512)})
    )
    for path in sorted(APP.iterdir()):
        print(path)  # noqa: T201


if __name__ == "__main__":
    main()
