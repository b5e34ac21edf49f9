"""Names the user typed reach the charts as the characters they typed: a dollar sign is money,
never the start of a formula, in every chart that shows a name (stage names, round names, offer
titles, market figures, the professions of stories). Headless: matplotlib's Agg, no Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matplotlib.figure import Figure

from tests.unit.charts.hunt import FORMULA, NOW, figure, hunt, materials_sent, reads, shown
from tracker.charts import catalog
from tracker.charts.moves import draw_moves
from tracker.charts.offers import draw_offer_components
from tracker.charts.style import LIGHT
from tracker.charts.words import ChartWords
from tracker.domain.insights import InsightData, select
from tracker.domain.offer_value import ComponentStack, ReferenceBand
from tracker.domain.pipeline import Pipeline

ENGLISH = ChartWords()

# Short enough that no chart cuts them: a formula, one matplotlib cannot parse (it used to
# stop the whole drawing), money, and markup.
STAGE_NAMES = {
    "applied": "$x^2$",
    "screening": r"$\x$",
    "interviewing": r"$\\f{a}$",
    "offer": "$5 or $6",
    "accepted": "<b>yes</b>",
}
ROUND_NAMES = {"一面": "$x_1$", "二面": r"$\\f{2}$", "HR面": "$HR$ $$"}
MATERIAL_NAMES = ("简历 · $v_3$", r"作品集 · $\\x$")
# The names each chart shows (activity and channels show none of the user's).
SHOWN: dict[str, tuple[str, ...]] = {
    "funnel": tuple(STAGE_NAMES.values()),
    "flow": tuple(STAGE_NAMES.values()),
    "times": (STAGE_NAMES["applied"], STAGE_NAMES["screening"]),
    "categories": tuple(ROUND_NAMES.values()),
    "activity": (),
    "channels": (),
    "materials": MATERIAL_NAMES,
}


def read(drawn: Figure) -> list[str]:
    """Every text of the figure as it reads once drawn (drawing fails on a bad formula)."""
    return [reads(text) for text in shown(drawn)]


def typed_hunt() -> InsightData:
    pipeline = Pipeline.default()
    for key, name in STAGE_NAMES.items():
        pipeline = pipeline.renamed(key, name)
    data = hunt(pipeline)
    rounds = [replace(r, round_name=ROUND_NAMES[r.round_name]) for r in data.rounds]
    materials = materials_sent(MATERIAL_NAMES[0], MATERIAL_NAMES[1])
    return select(data.rows, data.moves, rounds, pipeline, NOW, materials=materials)


@pytest.mark.parametrize("spec", catalog.CHARTS, ids=catalog.KEYS)
def test_every_insight_chart_shows_typed_names_as_typed(spec: catalog.ChartSpec) -> None:
    drawn = figure(1280, 720)
    spec.draw(drawn, typed_hunt(), ENGLISH, LIGHT)
    texts = read(drawn)
    assert FORMULA not in texts
    everything = "\n".join(texts)
    for name in SHOWN[spec.key]:
        assert name in everything


def test_offer_titles_and_market_figures_show_as_typed() -> None:
    stacks = [
        ComponentStack("$AI$ · PM", 300_000, 40_000, 30_000, 20_000, 20_000),
        ComponentStack(r"$\x$ Labs", 200_000, 20_000, 20_000, 15_000, 15_000),
    ]
    bands = [ReferenceBand(r"$\\frac{a}{b}$ offers (2026)", 250_000, 320_000)]
    drawn = figure()
    draw_offer_components(drawn, stacks, ENGLISH, LIGHT, bands)
    texts = read(drawn)
    assert FORMULA not in texts
    assert {"$AI$ · PM", r"$\x$ Labs", r"$\\frac{a}{b}$ offers (2026)"} <= set(texts)


def test_the_map_of_moves_shows_professions_and_roles_as_typed() -> None:
    moves = [("$law$", "$x^2$ PM"), (r"$\\frac{a}{b}$", "$x^2$ PM")]
    drawn = figure()
    draw_moves(drawn, moves, LIGHT, title="Moves", empty="No stories.")
    texts = read(drawn)
    assert FORMULA not in texts
    assert {"$law$", "$x^2$ PM", r"$\\frac{a}{b}$"} <= set(texts)
