"""One colour per stage and outcome, the same in the table, the board and every chart.

Chosen to stay apart for the common forms of colour blindness and to read on light and dark
backgrounds (mid lightness, moderate saturation)."""

from __future__ import annotations

from enum import StrEnum

from tracker.domain.enums import Outcome, Stage

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


def colour_of(stage: Stage, outcome: Outcome | None = None) -> str:
    return STAGE_COLOURS[outcome if outcome is not None else stage]
