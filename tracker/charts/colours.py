"""The colour of each key a chart shows: a stage's, an outcome's and the open applications', from
the palette, so that a stage looks the same in every chart, the table and the board."""

from __future__ import annotations

from tracker.domain.enums import Outcome, Stage
from tracker.domain.insights import IN_PROGRESS
from tracker.domain.palette import STAGE_COLOURS, colour_of

# Applications still open: a quiet slate, apart from every stage and outcome colour.
IN_PROGRESS_COLOUR = "#C0CAD6"

APPLICATIONS_COLOUR = STAGE_COLOURS[Stage.APPLIED]
ANSWERS_COLOUR = STAGE_COLOURS[Stage.SCREENING]
INTERVIEWS_COLOUR = STAGE_COLOURS[Stage.INTERVIEWING]
PASSED_COLOUR = STAGE_COLOURS[Stage.OFFER]

_OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def key_colour(key: str) -> str:
    """A stage key's colour, an Outcome value's, or the open applications' ("in_progress");
    "offer" is the Offer stage's."""
    if key == IN_PROGRESS:
        return IN_PROGRESS_COLOUR
    outcome = _OUTCOMES.get(key)
    return colour_of(key, outcome) if outcome is None else STAGE_COLOURS[outcome]


def mix(front: str, back: str, share: float) -> str:
    """``share`` of colour ``front`` over ``back`` ('#rrggbb' both), as '#rrggbb'."""
    channels = [
        round(int(front[i : i + 2], 16) * share + int(back[i : i + 2], 16) * (1 - share))
        for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{channel:02x}" for channel in channels)
