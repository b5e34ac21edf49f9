"""Hostile-input attempts against Pivot's command line, and a table of how it coped.

    python tests/hostile/attempts.py [--source DIR] [--details] [--json OUT]

Every attempt runs ``python -m tracker`` from the source tree under test (``--source``, by
default the checkout holding this file) in a fresh data folder made from seeds that the same
tree wrote, and is judged:

- data lost: the database is gone, replaced, damaged, or has lost or changed applications; a
  backup or sidecar was overwritten; the file given to import was changed;
- bad: a traceback, a hang, an exit status against the expectation, a wrong result, or a
  refusal of more than one line;
- clean: otherwise.

The exit status is 0 only when every attempt that ran was clean.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]
if __package__ in (None, ""):
    sys.path.insert(0, str(CHECKOUT))

from tests.hostile import (  # noqa: E402
    concurrency,
    damaged_databases,
    export_targets,
    file_systems,
    hostile_imports,
    summary,
    untrusted_text,
)
from tests.hostile.seeds import build_seeds  # noqa: E402
from tests.hostile.trial import (  # noqa: E402
    TIMEOUT_SECONDS,
    Attempt,
    Context,
    Outcome,
    Verdict,
    run_attempt,
)

CATEGORIES: tuple[tuple[str, Callable[[], list[Attempt]]], ...] = (
    (hostile_imports.CATEGORY, hostile_imports.attempts),
    (untrusted_text.CATEGORY, untrusted_text.attempts),
    (export_targets.CATEGORY, export_targets.attempts),
    (damaged_databases.CATEGORY, damaged_databases.attempts),
    (file_systems.CATEGORY, file_systems.attempts),
    (concurrency.CATEGORY, concurrency.attempts),
)


def all_attempts() -> list[Attempt]:
    found = [attempt for _name, make in CATEGORIES for attempt in make()]
    ids = [attempt.id for attempt in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"attempt ids used twice: {duplicates}")
    return found


def _say(text: str, stream: object = None) -> None:
    target = stream if stream is not None else sys.stdout
    target.write(text + "\n")  # type: ignore[attr-defined]
    target.flush()  # type: ignore[attr-defined]


def run_all(
    source: Path,
    attempts: Sequence[Attempt],
    *,
    python: str = sys.executable,
    timeout: float = TIMEOUT_SECONDS,
    progress: bool = False,
    echo: bool = False,
) -> list[Verdict]:
    """Make every attempt against ``source``; one verdict each, in order."""
    context = Context(source=source, python=python, timeout=timeout, echo=echo)
    verdicts: list[Verdict] = []
    with tempfile.TemporaryDirectory(prefix="pivot-hostile-") as folder:
        root = Path(folder)
        try:
            build_seeds(context, root / "seeds")
            seed_problem = ""
        except Exception as error:  # a tree that cannot make its seeds fails every attempt
            seed_problem = f"the seed data could not be made: {type(error).__name__}: {error}"
        for number, attempt in enumerate(attempts, 1):
            if seed_problem:
                verdict = Verdict(attempt, Outcome.BAD, seed_problem)
            else:
                place = root / f"{number:03d}"
                verdict = run_attempt(attempt, context, place)
                shutil.rmtree(place, ignore_errors=True)
            verdicts.append(verdict)
            if progress:
                _say(f"[{number}/{len(attempts)}] {attempt.id}: {verdict.outcome.value}",
                     sys.stderr)  # fmt: skip
    return verdicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--source",
        type=Path,
        default=CHECKOUT,
        help="the root of the Pivot checkout to test (default: this one)",
    )
    parser.add_argument("--details", action="store_true", help="one line per attempt")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the verdicts here")
    parser.add_argument(
        "--only", metavar="PREFIX", default="", help="only the attempts whose id starts with PREFIX"
    )
    parser.add_argument(
        "--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds each run may take"
    )
    parser.add_argument("--progress", action="store_true", help="name each attempt as it ends")
    parser.add_argument("--echo", action="store_true", help="show every run's output")
    args = parser.parse_args(argv)  # fmt: skip
    source = args.source.resolve()
    if not (source / "tracker" / "__main__.py").is_file():
        _say(f"{source} is not a Pivot checkout (no tracker/__main__.py)", sys.stderr)
        return 2
    chosen = [a for a in all_attempts() if a.id.startswith(args.only)]
    verdicts = run_all(source, chosen, timeout=args.timeout, progress=args.progress, echo=args.echo)
    categories = [name for name, _make in CATEGORIES]
    _say(summary.table(categories, verdicts))
    if args.details:
        _say("")
        _say(summary.details(verdicts))
    if args.json:
        summary.write_json(args.json, source, categories, verdicts)
    return 0 if all(v.outcome in (Outcome.CLEAN, Outcome.NOT_RUN) for v in verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
