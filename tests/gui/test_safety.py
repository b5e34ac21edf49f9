"""What protects the user from the unexpected: a bug becomes one dialog, links open only on
the web."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tracker.app import _install_excepthook
from tracker.domain.enums import (
    AnswerRating,
    Channel,
    ContributionBase,
    HiringTrack,
    InterviewKind,
    InterviewOutcome,
    InterviewStatus,
    OfferStatus,
    Outcome,
    Priority,
    RoleCategory,
    Stage,
    WorkMode,
    WorkSchedule,
)
from tracker.domain.offers import Criterion
from tracker.domain.pay import BonusProration
from tracker.ui.widgets.detail_panel import web_url
from tracker.words.labels import label, labelled_enums


@pytest.fixture
def restore_excepthook() -> Iterator[None]:
    original = sys.excepthook
    yield
    sys.excepthook = original


def test_a_bug_becomes_one_dialog_not_a_traceback(
    restore_excepthook: None, shown_messages: list[tuple[str, str]]
) -> None:
    _install_excepthook()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    [(title, text)] = shown_messages
    assert title == "Pivot" and "Your saved data is safe" in text


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("https://www.zhipin.com/job/1.html", "https://www.zhipin.com/job/1.html"),
        ("http://example.com", "http://example.com"),
        ("www.liepin.com/job/2", "https://www.liepin.com/job/2"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("smb://server/share", None),
        ("data:text/html,hi", None),
        ("not a link", None),
    ],
)
def test_only_web_links_open(typed: str, opened: str | None) -> None:
    url = web_url(typed)
    assert (url.toString() if url is not None else None) == opened


def test_every_value_of_the_labelled_vocabularies_has_a_label() -> None:
    vocabularies = (
        Stage, Outcome, RoleCategory, Channel, HiringTrack, WorkMode, Priority, InterviewKind,
        InterviewStatus, InterviewOutcome, AnswerRating, OfferStatus, WorkSchedule,
        ContributionBase, Criterion, BonusProration,
    )  # fmt: skip
    # By enum and value: StrEnum members of different enums with one value compare equal.
    labelled = {(type(member), member.value) for member in labelled_enums()}
    assert {(enum, member.value) for enum in vocabularies for member in enum} <= labelled
    assert all(label(member) for member in labelled_enums())


def test_values_shared_by_several_vocabularies_keep_their_own_words() -> None:
    assert label(RoleCategory.OTHER) == "Other" and label(Channel.OTHER) == "Other"
    assert label(WorkSchedule.OTHER) == "Other (give the weekly hours)"
    assert label(Stage.ACCEPTED) == "Accepted" and label(OfferStatus.ACCEPTED) == "Accepted"
    assert label(WorkMode.ONSITE) == "On site" and label(InterviewKind.ONSITE) == "On site"
