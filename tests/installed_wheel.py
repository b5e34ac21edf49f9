"""Pivot as a user installs it: the built wheel in a fresh virtual environment, run from a folder
outside the checkout, so that nothing can come from the source tree by accident.

    python tests/installed_wheel.py

Builds the wheel, installs it (with its dependencies) into a new environment in a temporary
folder, and checks, from another temporary folder: the version; `pivot pay` (the pay rules travel
in the wheel); the window started offscreen on generated demo data, then `pivot check` on what it
wrote; `pivot report` (charts and their fonts); and that the stories, translations and icons are
read from the installed package. Prints one line per check and exits non-zero at the first that
fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SECONDS = 60


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(f"failed: {' '.join(command)}\n{done.stdout}\n{done.stderr}\n")
        raise SystemExit(1)
    return done.stdout


def _say(text: str) -> None:
    sys.stdout.write(f"wheel: {text}\n")
    sys.stdout.flush()


def _window_writes_its_demo(pivot: Path, data: Path, here: Path, env: dict[str, str]) -> None:
    """Start the window offscreen on demo data; it has started when the database is there and it
    is still running a moment later."""
    window = subprocess.Popen(
        [str(pivot), "--demo", "--data-dir", str(data)], cwd=here, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + WINDOW_SECONDS
    try:
        while not (data / "pivot.db").exists():
            if window.poll() is not None or time.monotonic() > deadline:
                out, err = window.communicate()
                sys.stderr.write(f"the window did not start:\n{out}\n{err}\n")
                raise SystemExit(1)
            time.sleep(0.5)
        time.sleep(3)
        if window.poll() is not None:
            out, err = window.communicate()
            sys.stderr.write(f"the window closed by itself:\n{out}\n{err}\n")
            raise SystemExit(1)
    finally:
        if window.poll() is None:
            window.terminate()
            window.wait(timeout=30)


def demo_check_and_report(
    pivot: Path, base: Path, here: Path, env: dict[str, str], say: Callable[[str], None]
) -> None:
    """The window started on demo data, ``pivot check`` on what it wrote, ``pivot report``."""
    data = base / "data"
    _window_writes_its_demo(pivot, data, here, env)
    _run([str(pivot), "--data-dir", str(data), "check"], here, env)
    say("the window started offscreen on demo data, and pivot check passed on it")
    charts = base / "charts"
    _run([str(pivot), "--data-dir", str(data), "report", str(charts)], here, env)
    drawn = sorted(charts.glob("*.png"))
    assert drawn, "pivot report drew nothing"
    say(f"pivot report drew {len(drawn)} charts")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pivot-wheel-") as folder:
        base = Path(folder)
        wheels, environment, here = base / "wheels", base / "venv", base / "elsewhere"
        here.mkdir()
        # Nothing on the path from this checkout; the window without a display.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env["QT_QPA_PLATFORM"] = "offscreen"
        _run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q",
              "-w", str(wheels)], here, env)  # fmt: skip
        (wheel,) = wheels.glob("pivot_tracker-*.whl")
        _say(f"built {wheel.name}")
        _run([sys.executable, "-m", "venv", str(environment)], here, env)
        bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
        python, pivot = bin_dir / "python", bin_dir / "pivot"
        _run([str(python), "-m", "pip", "install", "-q", str(wheel)], here, env)
        _say("installed into a fresh environment")
        version = _run([str(pivot), "--version"], here, env).strip()
        _say(version)
        pay = _run([str(pivot), "pay", "--city", "北京", "--monthly", "30000"], here, env)
        assert "Take-home" in pay, pay
        _say("pivot pay: the pay rules are in the wheel")
        resources = _run([str(python), "-c", (
            "from tracker.paths import resources_dir; r = resources_dir(); "
            "names = ['reference/stories.json', 'i18n/pivot_zh_CN.qm', 'pay_rules']; "
            "missing = [n for n in names if not (r / n).exists()]; "
            "print(r); raise SystemExit(1 if missing else 0)")], here, env).strip()  # fmt: skip
        assert Path(resources).resolve().is_relative_to(environment.resolve()), resources
        assert not Path(resources).resolve().is_relative_to(ROOT), resources
        _say("stories, translations and pay rules are read from the installed package")
        demo_check_and_report(pivot, base, here, env, _say)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
