"""Imports after PySide6, without PySide6 keeping every module's source in memory.

Once imported, PySide6 looks at every module imported afterwards for the word "PySide6", to
learn whether the module may switch on one of its ``__feature__`` options. It reads each
module's source through ``inspect``, which keeps every line of every module in the interpreter's
line cache: about 25 MB at 10,000 applications once the charts and the database library are
loaded, and a file read and split into lines for each of several hundred modules at start-up.
The same question is answered here from the file's bytes, read and let go."""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path
from types import ModuleType

logger = logging.getLogger(__name__)


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file names PySide6 (False when it has none to read: built
    in, compiled, or packed in an archive), as PySide6 itself decides."""
    source = getattr(module, "__file__", None)
    if not isinstance(source, str) or not source.endswith(".py"):
        return False
    try:
        return b"PySide6" in Path(source).read_bytes()
    except OSError:
        return False


def read_module_sources_lightly() -> None:
    """Answer PySide6's question about each new module without its copy of every line. Does
    nothing when this PySide6 asks it in another way (its internals change between versions)."""
    import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        logger.debug("PySide6 reads module sources in a way not known here; left as it is")
        return
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]


def forget_module_sources() -> None:
    """Let go of the source lines libraries had read while being imported (PySide6 for the
    modules loaded before it, pyparsing when it looks at its own stack): several MB kept for
    tracebacks, which read them again when they need them."""
    linecache.clearcache()
