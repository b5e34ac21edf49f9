"""One colour per stage and outcome, the same in the table, the board and every chart.

Chosen to stay apart for the common forms of colour blindness and to read on light and dark
backgrounds (mid lightness, moderate saturation)."""

from __future__ import annotations

from enum import StrEnum

from tracker.domain.enums import Outcome, Stage
from tracker.domain.pipeline import built_in

STAGE_COLOURS: dict[StrEnum, str] = {
    Stage.WISHLIST: "#9AA5B1",
    Stage.APPLIED: "#4C8DDB",
    Stage.SCREENING: "#2FA4A9",
    Stage.ASSESSMENT: "#8C6BD1",
    Stage.INTERVIEWING: "#E08A2E",
    Stage.OFFER: "#3BAA5C",
    Stage.ACCEPTED: "#1E7A3E",
    Outcome.REJECTED: "#D0534F",
    Outcome.DECLINED: "#B5651D",
    Outcome.WITHDRAWN: "#8A8F98",
    Outcome.GHOSTED: "#6F6A86",
    Outcome.TALENT_POOL: "#C49A2C",
}


# The user's own stages share one colour: distinct from every built-in one.
CUSTOM_STAGE_COLOUR = "#5E8C9A"


def colour_of(stage: str, outcome: Outcome | None = None) -> str:
    """The colour of an application's state: its outcome's when closed, else its stage's."""
    if outcome is not None:
        return STAGE_COLOURS[outcome]
    stage_member = built_in(stage)
    return STAGE_COLOURS[stage_member] if stage_member else CUSTOM_STAGE_COLOUR
