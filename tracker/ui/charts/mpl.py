"""The one place that sets matplotlib up for the window: the Qt backend, the charts' style (a font
that can draw Chinese, from :mod:`tracker.charts.style`) at the window's text size, and colours
from the window's palette.

Importing matplotlib takes about 0.6 s, so nothing here imports it at module level: the first
chart calls :func:`setup`, and start-up stays free of it.
"""

from __future__ import annotations

import os

# Qt's Python binding must be known before matplotlib's Qt backend picks one.
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tracker.charts.style import (
    PREFERRED_CJK_FAMILIES,
    ChartTheme,
    pick_cjk_family,
    spaced_locator,
)
from tracker.charts.style import setup as setup_style

__all__ = [
    "PREFERRED_CJK_FAMILIES",
    "apply_palette",
    "pick_cjk_family",
    "quiet_text_colour",
    "setup",
    "spaced_locator",
    "theme_of",
]

_chosen_family: str | None = None
_done = False


def setup() -> str | None:
    """Set matplotlib up once: the Qt backend, the Chinese font and the base style. Returns the
    family that draws Chinese text, or None when no installed font can."""
    global _chosen_family, _done
    if _done:
        return _chosen_family
    os.environ.setdefault("QT_API", "pyside6")
    import matplotlib

    matplotlib.use("QtAgg")
    _chosen_family = setup_style(_font_points())
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        apply_palette(app.palette())
    _done = True
    return _chosen_family


def _font_points() -> float:
    """The window's font size, so that a chart's text is as large as the labels around it."""
    app = QGuiApplication.instance()
    size = QGuiApplication.font().pointSizeF() if isinstance(app, QGuiApplication) else -1.0
    return size if size > 0 else 10.0


def _mix(front: QColor, back: QColor, share: float) -> str:
    """``share`` of ``front`` over ``back``, as '#rrggbb'."""

    def channel(f: float, b: float) -> float:
        return f * share + b * (1 - share)

    return QColor.fromRgbF(
        channel(front.redF(), back.redF()),
        channel(front.greenF(), back.greenF()),
        channel(front.blueF(), back.blueF()),
    ).name()


def theme_of(palette: QPalette) -> ChartTheme:
    """The charts' colours from the window's palette: its background, its text, and quieter
    shades of the text for notes, axes and grid lines."""
    role = QPalette.ColorRole
    background = palette.color(role.Window)
    text = palette.color(role.WindowText)
    return ChartTheme(
        text=text.name(),
        muted=_mix(text, background, 0.7),
        background=background.name(),
        grid=_mix(text, background, 0.12),
    )


def apply_palette(palette: QPalette) -> None:
    """Chart colours from the window's palette: its background, its text, and quieter shades of
    the text for axes and grid lines. Charts drawn afterwards use them."""
    import matplotlib

    role = QPalette.ColorRole
    background = palette.color(role.Window)
    text = palette.color(role.WindowText)
    matplotlib.rcParams.update(
        {
            "figure.facecolor": background.name(),
            "figure.edgecolor": background.name(),
            "savefig.facecolor": "auto",
            "axes.facecolor": background.name(),
            "axes.edgecolor": _mix(text, background, 0.35),
            "axes.labelcolor": _mix(text, background, 0.75),
            "axes.titlecolor": text.name(),
            "text.color": text.name(),
            "xtick.color": _mix(text, background, 0.35),
            "xtick.labelcolor": _mix(text, background, 0.7),
            "ytick.color": _mix(text, background, 0.35),
            "ytick.labelcolor": text.name(),
            "grid.color": _mix(text, background, 0.12),
            "legend.labelcolor": _mix(text, background, 0.85),
        }
    )


def quiet_text_colour(palette: QPalette) -> str:
    """The colour of secondary text in a chart (notes, annotations)."""
    return theme_of(palette).muted
