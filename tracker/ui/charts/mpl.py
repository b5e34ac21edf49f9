"""The one place that sets matplotlib up for the window: the Qt backend, a font that can draw
Chinese, and a quiet style in the window's own colours.

Importing matplotlib takes about 0.6 s, so nothing here imports it at module level: the first
chart calls :func:`setup`, and start-up stays free of it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

# Qt's Python binding must be known before matplotlib's Qt backend picks one.
from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from matplotlib.ticker import Locator

# The fonts tried first, in order; their Latin letters and digits read well too.
PREFERRED_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
)

# Characters a font must have to be taken for Chinese text when it is not in the list above.
_CHINESE_SAMPLE = "中文字体万"

# Families that are less suited to a chart's labels, tried after the others.
_LAST_RESORT_WORDS = ("serif", "mono", "song", "ming", "kai", "fang")

_chosen_family: str | None = None
_done = False


def pick_cjk_family(installed: Iterable[str], draws_chinese: Callable[[str], bool]) -> str | None:
    """The family for Chinese text: the first preferred one installed, else the first other
    installed family that has Chinese characters (sans-serif faces before serif and mono)."""
    families = list(dict.fromkeys(installed))
    present = set(families)
    for family in PREFERRED_CJK_FAMILIES:
        if family in present:
            return family
    ordered = sorted(
        families, key=lambda name: any(word in name.lower() for word in _LAST_RESORT_WORDS)
    )
    return next((family for family in ordered if draws_chinese(family)), None)


def _installed_cjk_family() -> str | None:
    from matplotlib import font_manager

    files: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        files.setdefault(entry.name, entry.fname)

    def draws_chinese(family: str) -> bool:
        try:
            font = font_manager.get_font(files[family])
        except (OSError, RuntimeError):  # an unreadable font file
            return False
        return all(font.get_char_index(ord(character)) for character in _CHINESE_SAMPLE)

    return pick_cjk_family(files, draws_chinese)


def setup() -> str | None:
    """Set matplotlib up once: the Qt backend, the Chinese font and the base style. Returns the
    family that draws Chinese text, or None when no installed font can."""
    global _chosen_family, _done
    if _done:
        return _chosen_family
    os.environ.setdefault("QT_API", "pyside6")
    import matplotlib

    matplotlib.use("QtAgg")
    params = matplotlib.rcParams
    _chosen_family = _installed_cjk_family()
    fallbacks = [name for name in params["font.sans-serif"] if name != _chosen_family]
    params["font.family"] = ["sans-serif"]
    params["font.sans-serif"] = [_chosen_family, *fallbacks] if _chosen_family else fallbacks
    params["axes.unicode_minus"] = False  # not every CJK font has U+2212
    points = _font_points()
    params.update(
        {
            "font.size": points,
            "axes.titlesize": points * 1.15,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.labelsize": points,
            "xtick.labelsize": points * 0.9,
            "ytick.labelsize": points,
            "legend.fontsize": points * 0.9,
            "legend.frameon": False,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": False,
            "axes.axisbelow": True,
            "axes.linewidth": 0.8,
            "grid.linewidth": 0.8,
            "xtick.major.size": 0,
            "ytick.major.size": 0,
            "xtick.major.pad": 6,
            "ytick.major.pad": 8,
            "hatch.linewidth": 1.2,
            "patch.linewidth": 0,
            "figure.constrained_layout.w_pad": 8 / 72,  # inches: 8 points around the figure
            "figure.constrained_layout.h_pad": 6 / 72,
        }
    )
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
    role = QPalette.ColorRole
    return _mix(palette.color(role.WindowText), palette.color(role.Window), 0.7)


def spaced_locator(points_apart: float) -> Locator:
    """Ticks at round numbers, as many as fit with about ``points_apart`` between them at the
    axis's length when drawn (so that a narrow chart gets fewer, not crowded, labels)."""
    from matplotlib.axis import Axis, YAxis
    from matplotlib.ticker import MaxNLocator

    class SpacedLocator(MaxNLocator):
        def __call__(self) -> Sequence[float]:
            axis = self.axis
            figure = axis.get_figure(root=True) if isinstance(axis, Axis) else None
            if isinstance(axis, Axis) and figure is not None:
                box = axis.axes.bbox
                pixels = box.height if isinstance(axis, YAxis) else box.width
                self.set_params(nbins=max(2, int(pixels * 72 / figure.dpi // points_apart)))
            return super().__call__()

    return SpacedLocator(nbins=5, steps=[1, 2, 2.5, 5, 10])
