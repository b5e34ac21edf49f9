"""The one place that sets matplotlib up for the window: the Qt backend, the charts' style (a font
that can draw Chinese, from :mod:`tracker.charts.style`) at the window's text size, and colours
from the window's palette.

Importing matplotlib takes about 0.6 s (and its font list longer the first time), so nothing
here imports it at module level: start-up stays free of it. Once the window has painted,
:func:`preload` imports it on a background thread, so that the first chart the user opens does
not wait for it; the first chart calls :func:`setup`.
"""

from __future__ import annotations

import logging
import os
import threading

# Qt's Python binding must be known before matplotlib's Qt backend picks one.
from PySide6.QtCore import QObject, Signal, SignalInstance, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from tracker.charts.style import (
    PREFERRED_CJK_FAMILIES,
    ChartTheme,
    cjk_family,
    pick_cjk_family,
    spaced_locator,
)
from tracker.charts.style import setup as setup_style
from tracker.ui.pyside_imports import forget_module_sources

__all__ = [
    "PREFERRED_CJK_FAMILIES",
    "apply_palette",
    "pick_cjk_family",
    "preload",
    "quiet_text_colour",
    "setup",
    "spaced_locator",
    "theme_of",
]

logger = logging.getLogger(__name__)

_chosen_family: str | None = None
_done = False
_preloading: threading.Thread | None = None


class _Preloaded(QObject):
    """Told from the loading thread when it is done; tidies up on the window's thread."""

    done = Signal()

    @Slot()
    def tidy(self) -> None:
        forget_module_sources()  # the line cache is read by tracebacks on this thread


_preloaded: _Preloaded | None = None


def preload() -> threading.Thread:
    """Import matplotlib, its Qt canvas and its fonts on a background thread (once; the thread
    is returned, to wait for it). Only modules and the font list are loaded there: matplotlib's
    settings and every figure stay on the window's thread. The window keeps answering meanwhile,
    since the interpreter switches threads every few milliseconds; a chart asked for before the
    thread is done waits for the module it needs, as it would have imported it anyway."""
    global _preloading, _preloaded
    if _preloading is None:
        os.environ.setdefault("QT_API", "pyside6")
        _preloaded = _Preloaded()
        _preloaded.done.connect(_preloaded.tidy)  # queued: it lives on the window's thread
        _preloading = threading.Thread(
            target=_load_quietly, args=(_preloaded.done,), name="chart-preload", daemon=True
        )
        _preloading.start()
    return _preloading


def _load_quietly(done: SignalInstance) -> None:
    from importlib import import_module

    try:
        for module in ("matplotlib.figure", "matplotlib.backends.backend_qtagg"):
            import_module(module)
        cjk_family()  # reads matplotlib's font list, and the font files it tries
    except Exception:  # the first chart imports it again and meets the error there
        logger.exception("matplotlib not loaded ahead")
    done.emit()


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
