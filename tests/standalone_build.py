"""Pivot as one folder that runs without Python: the PyInstaller build from
resources/packaging/pivot.spec, started from a folder outside the checkout.

    python -m tests.standalone_build

Builds the folder (PyInstaller must be installed), then checks, with nothing of the checkout on
the path: the version; `pivot pay` (the pay rules are inside); the window started offscreen on
generated demo data (the migrations are inside), then `pivot check` on what it wrote; and
`pivot report`. Prints one line per check and exits non-zero at the first that fails.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.installed_wheel import ROOT, _run, demo_check_and_report

SPEC = ROOT / "resources" / "packaging" / "pivot.spec"


def _say(text: str) -> None:
    sys.stdout.write(f"standalone: {text}\n")
    sys.stdout.flush()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pivot-standalone-") as folder:
        base = Path(folder)
        here = base / "elsewhere"
        here.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["PIVOT_HOME"] = str(base / "home")
        _run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
              "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(SPEC)],
             here, env)  # fmt: skip
        pivot = base / "dist" / "Pivot" / ("pivot.exe" if os.name == "nt" else "pivot")
        size = sum(p.stat().st_size for p in pivot.parent.rglob("*") if p.is_file())
        _say(f"built {pivot.parent.name}/ ({size / 2**20:.0f} MiB)")
        _say(_run([str(pivot), "--version"], here, env).strip())
        qt_chinese = list(pivot.parent.rglob("qtbase_zh_CN.qm"))
        assert qt_chinese, "Qt's own Chinese translation (its standard dialogs) is missing"
        _say("Qt's own translations are inside")
        engines = [p for p in pivot.parent.rglob("*pdfium*") if p.is_file() and p.suffix in
                   (".so", ".dll", ".dylib")]  # fmt: skip
        assert engines, "PDFium (the PDF preview's engine) is missing"
        _say("the PDF preview's engine is inside")
        pay = _run([str(pivot), "pay", "--city", "北京", "--monthly", "30000"], here, env)
        assert "Take-home" in pay, pay
        _say("pivot pay: the pay rules are inside")
        demo_check_and_report(pivot, base, here, env, _say)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
