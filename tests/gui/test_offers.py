"""The offers page through the real widgets: an offer typed as people write it (and a new
application started from it), the comparison with each row's best marked, and the decision
that answers a change of weight with a new ranking and new sensitivity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui.modal import type_text, with_modal
from tracker.domain.decision import Factor, Preset
from tracker.domain.enums import ContributionBase, Stage
from tracker.domain.offers import Criterion, OfferDraft
from tracker.domain.pay import BonusProration
from tracker.domain.records import ApplicationRead
from tracker.preferences import Settings
from tracker.services.container import Services
from tracker.ui.dialogs.offer_dialog import OfferDialog
from tracker.ui.models.offer_table_model import OfferColumn
from tracker.ui.pages.offers_page import OffersPage
from tracker.ui.widgets.decision_panel import DecisionPanel
from tracker.ui.window.main_window import MainWindow

Window = Callable[..., MainWindow]
Add = Callable[..., ApplicationRead]


def open_offers(window: MainWindow) -> OffersPage:
    window.show_page(window._offers_slot)
    return window.offers_page


def save(dialog: QDialog) -> None:
    assert isinstance(dialog, OfferDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def two_offers(services: Services, add: Add) -> tuple[int, int]:
    """A Beijing offer with more money, a Hangzhou one the user likes more."""
    beijing = add("字节跳动", "AI产品经理", stage=Stage.OFFER)
    hangzhou = add("阿里巴巴", "AI训练师", stage=Stage.OFFER)
    rich = services.offers.save(
        OfferDraft(beijing.id, salary_text="40K×15", monthly_base=40_000, months_per_year=15,
                   city="北京", ratings={Criterion.INTEREST: 2, Criterion.LEARNING: 3})
    )  # fmt: skip
    liked = services.offers.save(
        OfferDraft(hangzhou.id, salary_text="17.5K×14", monthly_base=17_500, months_per_year=14,
                   city="杭州", ratings={Criterion.INTEREST: 5, Criterion.LEARNING: 5})
    )  # fmt: skip
    return rich.id, liked.id


def test_an_offer_typed_as_people_write_it_starts_its_application(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()
    page = open_offers(window)
    assert page.model.rowCount() == 0

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        assert dialog.application.value() is None  # a new application by default
        type_text(dialog.company, "月之暗面")
        type_text(dialog.role, "AI产品经理")
        dialog.salary_text.setFocus()
        dialog.salary_text.insert("25K×16")
        dialog.salary_text.textEdited.emit(dialog.salary_text.text())
        assert dialog.monthly_base.number() == 25_000
        assert dialog.months_per_year.value() == 16
        dialog.city.setCurrentText("上海")
        dialog.reply_deadline.set_value(date.today() + timedelta(days=2))
        dialog.ratings[Criterion.GROWTH].setValue(4)
        qtbot.waitUntil(lambda: "Take-home ≈ ¥" in dialog.estimate.text())
        assert "Shanghai" in dialog.estimate.text() and "not tax advice" in dialog.estimate.text()
        save(dialog)

    with_modal(page.new_button.click, fill)
    (offer,) = services.offers.list()
    assert offer.title == "月之暗面 · AI产品经理"
    assert offer.draft.monthly_base == 25_000 and offer.draft.months_per_year == 16
    assert offer.draft.ratings == {Criterion.GROWTH: 4}
    application = services.applications.get(offer.draft.application_id)
    assert application.stage == Stage.OFFER
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, OfferColumn.TAKE_HOME).data().startswith("¥")
    assert page.comparison.table.columnCount() == 1  # a new open offer is compared at once
    window._actions.undo_stack.undo()  # the offer goes; the application it started stays
    assert services.offers.list() == []


def test_an_offer_for_an_application_moves_it_to_offer(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    interviewing = add("智谱AI", "LLM工程师", stage=Stage.INTERVIEWING)
    window = make_window()
    window.show_application(interviewing.id)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        assert dialog.application.value() == interviewing.id
        dialog.monthly_base.set_number(30_000)
        save(dialog)

    with_modal(window.offer_action.trigger, fill)
    assert services.applications.get(interviewing.id).stage == Stage.OFFER
    assert window.pages.currentWidget() is window._offers_slot


def test_a_refused_offer_keeps_what_was_typed(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()
    page = open_offers(window)

    def leave_out_the_pay(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        type_text(dialog.company, "百川智能")
        dialog.salary_text.setText("面议")
        dialog.salary_text.textEdited.emit("面议")
        save(dialog)
        assert dialog.isVisible()
        assert dialog._errors["monthly_base"].text() == "Required."
        assert dialog._errors["new_application"].isVisible()  # the role is missing too
        assert dialog.company.text() == "百川智能" and dialog.salary_text.text() == "面议"
        dialog.reject()

    with_modal(page.new_button.click, leave_out_the_pay)
    assert services.offers.list() == [] and services.queries.rows() == []


def test_the_comparison_marks_each_rows_best(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    two_offers(services, add)
    page = open_offers(make_window())
    comparison = page.comparison
    assert comparison.table.columnCount() == 2
    headers = [comparison.table.horizontalHeaderItem(c).text() for c in range(2)]
    beijing = next(c for c, text in enumerate(headers) if "字节跳动" in text)
    hangzhou = 1 - beijing
    take_home = comparison.cell_text("Take-home a year", hangzhou)
    assert take_home == "¥188,945"  # derived in tests/unit/services/test_offers.py
    row_of = {
        comparison.table.verticalHeaderItem(r).text(): r for r in range(comparison.table.rowCount())
    }
    assert comparison.best[row_of["Take-home a year"]] == {beijing}
    assert comparison.best[row_of["Income tax"]] == {hangzhou}  # less is better
    assert comparison.best[row_of["Interest"]] == {hangzhou}
    assert comparison.best[row_of["Social insurance (yours)"]] == set()  # not a contest
    chart = comparison.chart
    assert chart is not None  # drawn once the page is laid out, after the table shows
    qtbot.waitUntil(lambda: len(chart.stacks) == 2)
    page.model.setData(
        page.model.index(0, OfferColumn.COMPARE),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert comparison.table.columnCount() == 1


def test_moving_a_weight_changes_the_ranking_and_the_sensitivity(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    rich, liked = two_offers(services, add)
    page = open_offers(make_window())
    panel = page.decision
    page.tabs.setCurrentWidget(panel)
    panel.preset.set_value(Preset.MONEY_FIRST)
    assert panel.decision is not None and panel.decision.winner is not None
    assert panel.decision.winner.key == rich
    assert panel.results.item(0, 0).text() == "1. 字节跳动"
    money_line = panel.sensitivity.text().splitlines()[0]
    assert money_line.startswith("Money (10): below ") and "阿里巴巴 comes first" in money_line
    threshold = panel.decision.sensitivity_of(Factor.MONEY).lowered
    assert threshold is not None
    panel.set_weight(Factor.MONEY, int(threshold.weight))  # just below the threshold
    assert panel.decision.winner.key == liked
    assert panel.results.item(0, 0).text() == "1. 阿里巴巴"
    assert panel.preset.currentText() == "My own"


def test_a_scenario_values_the_offers_again(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    two_offers(services, add)
    page = open_offers(make_window())
    before = page.comparison.cell_text("Take-home a year", 0)
    page.decision.bonus_share.set_value(0.0)  # "the bonus pays nothing"
    after = page.comparison.cell_text("Take-home a year", 0)
    assert before != after
    assert page.scenario.bonus_share == 0.0


def test_the_users_own_weights_are_kept_for_next_time(
    qtbot: QtBot, make_window: Window, settings: Settings
) -> None:
    panel = open_offers(make_window()).decision
    panel.set_weight(Factor.GROWTH, 9)
    panel.set_weight(Factor.MONEY, 1)
    assert panel.preset.currentText() == "My own"
    again = DecisionPanel(settings)
    qtbot.addWidget(again)
    assert again.weights()[Factor.GROWTH] == 9 and again.weights()[Factor.MONEY] == 1
    assert again.preset.currentText() == "My own"
    again.preset.set_value(Preset.MONEY_FIRST)
    third = DecisionPanel(settings)
    qtbot.addWidget(third)
    assert third.preset.currentText() == "Money first"


def test_weights_that_cannot_be_used_are_ignored(qtbot: QtBot, settings: Settings) -> None:
    settings.decision_weights = {"money": 0, "interest": 0}  # all zero: no decision possible
    panel = DecisionPanel(settings)
    qtbot.addWidget(panel)
    assert panel.preset.currentText() == "Balanced"


@pytest.mark.gui
def test_a_new_offer_takes_its_applications_city_and_names_it_in_the_windows_language(
    qtbot: QtBot, make_window: Window, add: Add
) -> None:
    beijing = add("字节跳动", "AI产品经理", city="北京", stage=Stage.OFFER)
    nowhere = add("智谱", "AI训练师", stage=Stage.OFFER)
    shenzhen = add("腾讯", "Prompt工程师", city="深圳", stage=Stage.OFFER)
    window = make_window()
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        assert dialog.city.currentText() == "北京"
        dialog.salary_text.setText("30K×15")
        dialog.monthly_base.set_number(30_000)
        qtbot.waitUntil(lambda: "Take-home ≈ ¥" in dialog.estimate.text())
        seen["beijing"] = dialog.estimate.text()
        dialog.application.set_value(nowhere.id)
        qtbot.waitUntil(lambda: "national rates" in dialog.estimate.text())
        seen["nowhere"] = dialog.city.currentText()
        dialog.city.setCurrentText("杭州")  # the user's own word stays
        dialog.application.set_value(shenzhen.id)
        seen["typed"] = dialog.city.currentText()
        dialog.reject()

    with_modal(lambda: window.offer_commands.new(beijing.id), fill)
    assert "Beijing" in seen["beijing"] and "全国" not in seen["beijing"]
    assert seen["nowhere"] == "" and seen["typed"] == "杭州"


def test_a_broken_pay_rules_file_is_named_and_the_shipped_rules_value_the_offers(
    make_window: Window, data_dir: Path
) -> None:
    from tracker.services.pay_rules import USER_FILE

    (data_dir / USER_FILE).write_text('{"format": 1, "tax": ' + "[" * 100_000, encoding="utf-8")
    page = open_offers(make_window())
    text = page.disclaimer.text()
    assert USER_FILE in text and "shipped with Pivot" in text


@pytest.mark.gui
def test_at_1280_by_720_the_list_shows_five_offers_and_the_split_is_remembered(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, settings: Settings
) -> None:
    for n in range(8):
        created = add(f"公司{n}", "AI训练师", stage=Stage.OFFER)
        services.offers.save(OfferDraft(created.id, salary_text="20K×14", monthly_base=20_000,
                                        months_per_year=14, city="北京"))  # fmt: skip
    window = make_window()
    window.resize(1280, 720)
    page = open_offers(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    qtbot.waitUntil(lambda: page.splitter.height() > 500)
    table = page.table
    rows_shown = table.viewport().height() // table.rowHeight(0)
    assert rows_shown >= 5
    chart_height = page.comparison.splitter.sizes()[1]
    assert chart_height >= 150
    page.splitter.setSizes([250, 750])
    page.splitter.splitterMoved.emit(250, 1)
    again = OffersPage(services, settings)
    qtbot.addWidget(again)
    assert again.splitter.saveState() == page.splitter.saveState()


def test_a_hand_typed_base_is_held_to_the_city_s_bounds_and_one_beyond_the_pay_is_refused(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()
    page = open_offers(window)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        type_text(dialog.company, "智谱AI")
        type_text(dialog.role, "LLM工程师")
        dialog.city.setCurrentText("北京")
        dialog.monthly_base.set_number(50_000)
        dialog.contribution_base.set_value(ContributionBase.CUSTOM)
        dialog.si_base.set_number(60_000)
        qtbot.waitUntil(lambda: "outside the city's bounds" in dialog.estimate.text())
        assert "¥60,000" in dialog.estimate.text() and "¥35,811" in dialog.estimate.text()
        dialog.monthly_base.set_number(3_000)
        dialog.si_base.set_number(100_000)
        qtbot.waitUntil(lambda: "more than the monthly pay" in dialog.estimate.text())
        save(dialog)
        assert dialog.isVisible()  # refused: nothing saved, everything typed kept
        assert dialog._errors["social_insurance_base"].text() == (
            "With this base the contributions take more than the monthly pay."
        )
        assert dialog.si_base.number() == 100_000 and dialog.company.text() == "智谱AI"
        dialog.reject()

    with_modal(page.new_button.click, fill)
    assert services.offers.list() == []


def test_a_start_month_a_full_bonus_and_shenzhen_s_tier_are_chosen_kept_and_counted(
    qtbot: QtBot, make_window: Window, services: Services
) -> None:
    window = make_window()
    page = open_offers(window)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        type_text(dialog.company, "腾讯")
        type_text(dialog.role, "AI产品经理")
        dialog.monthly_base.set_number(30_000)
        dialog.months_per_year.setValue(14)
        dialog.city.setCurrentText("北京")
        assert not dialog.medical_tier.isEnabled()  # one medical rate in Beijing
        dialog.city.setCurrentText("深圳")
        assert dialog.medical_tier.isEnabled() and dialog.medical_tier.count() == 3
        dialog.medical_tier.set_value("1")
        dialog.start_month.set_value(7)
        dialog.bonus_proration.set_value(BonusProration.FULL)
        qtbot.waitUntil(lambda: "paid in full" in dialog.estimate.text())
        save(dialog)

    with_modal(page.new_button.click, fill)
    (offer,) = services.offers.list()
    assert (offer.draft.start_month, offer.draft.medical_tier) == (7, "1")
    assert offer.draft.bonus_proration is BonusProration.FULL
    full = services.offer_values.value(offer)
    prorated = services.offer_values.value(
        replace(offer, draft=replace(offer.draft, bonus_proration=BonusProration.PRORATED))
    )
    assert full.value is not None and prorated.value is not None
    assert full.value.take_home == prorated.value.take_home  # a steady year is whole either way
    assert full.value.first_year > prorated.value.first_year  # the joining year is not

    def reopen(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        assert dialog.medical_tier.value() == "1" and dialog.start_month.value() == 7
        assert dialog.bonus_proration.value() is BonusProration.FULL
        dialog.reject()

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    with_modal(page.edit_button.click, reopen)


def test_the_estimate_follows_a_new_monthly_base_at_once(qtbot: QtBot, make_window: Window) -> None:
    """The estimate's timer is restarted at its own short interval, never at the value typed
    (a base of 40,000 once meant forty seconds)."""
    window = make_window()
    page = open_offers(window)

    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, OfferDialog)
        dialog.city.setCurrentText("上海")
        dialog.monthly_base.set_number(20_000)
        dialog.city.setCurrentText("上海市")  # the last change restarts the timer at once
        qtbot.waitUntil(lambda: "Take-home ≈ ¥" in dialog.estimate.text())
        before = dialog.estimate.text()
        dialog.monthly_base.set_number(40_000)
        qtbot.waitUntil(lambda: dialog.estimate.text() != before, timeout=2_000)
        dialog.reject()

    with_modal(page.new_button.click, change)


def test_new_open_offers_join_the_comparison_eight_at_most_the_soonest_replies_first(
    qtbot: QtBot, make_window: Window, add: Add, services: Services
) -> None:
    today = date.today()
    for n in range(12):
        created = add(f"公司{n}", "AI训练师", stage=Stage.OFFER)
        services.offers.save(
            OfferDraft(created.id, salary_text="20K×14", monthly_base=20_000, months_per_year=14,
                       city="北京", reply_deadline=today + timedelta(days=30 - n))
        )  # fmt: skip
    page = open_offers(make_window())
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    compared = page.model.compared_rows()
    assert len(compared) == 8 == page.comparison.table.columnCount()
    deadlines = sorted(v.offer.draft.reply_deadline for v in page.model.compared_rows())
    assert deadlines == [today + timedelta(days=30 - n) for n in range(11, 3, -1)]
    # The user may still tick another one in.
    unticked = next(
        row for row in range(12) if page.model.row_at(row).offer.id not in page.model.compared
    )
    index = page.model.index(unticked, OfferColumn.COMPARE)
    page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.comparison.table.columnCount() == 9


def test_the_offers_list_values_an_offer_when_its_row_is_shown_not_every_offer_at_once(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.domain.enums import OfferStatus

    for n in range(60):
        created = add(f"公司{n}", "AI训练师", stage=Stage.OFFER)
        k = 20 + n % 9
        services.offers.save(
            OfferDraft(created.id, salary_text=f"{k}K×14", monthly_base=1_000 * k,
                       months_per_year=14, city="北京", status=OfferStatus.DECLINED)
        )  # fmt: skip
    valued: list[int] = []
    value = services.offer_values.value
    monkeypatch.setattr(
        services.offer_values,
        "value",
        lambda offer, *a: valued.append(offer.id) or value(offer, *a),
    )
    window = make_window()
    window.resize(1000, 600)
    page = open_offers(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)
    qtbot.wait(50)  # painted
    assert 0 < len(set(valued)) < 30  # the rows in view, not the sixty
    page.table.scrollToBottom()
    last = page.model.index(59, OfferColumn.TAKE_HOME)
    assert page.model.data(last).startswith("¥")  # valued when its row is reached
    assert page.model.offer_at(59).id in valued


def test_the_comparison_chart_is_laid_out_once_at_the_size_it_is_shown_at(
    qtbot: QtBot, make_window: Window, add: Add, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.charts.offers as offer_charts

    two_offers(services, add)
    fitted: list[tuple[float, float]] = []
    fit = offer_charts.fit_offer_components

    def counted(figure: object, *args: object) -> None:
        fitted.append((figure.bbox.width, figure.bbox.height))  # type: ignore[attr-defined]
        fit(figure, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(offer_charts, "fit_offer_components", counted)
    window = make_window()
    window.resize(1280, 720)  # room for the page as it is: it does not grow the window
    page = open_offers(window)
    qtbot.waitSignal(page.comparison.chart_drawn, timeout=5000).wait()
    chart = page.comparison.chart
    assert chart is not None
    qtbot.wait(100)  # shown and painted
    ratio = chart.canvas.devicePixelRatioF()
    assert fitted == [(chart.canvas.width() * ratio, chart.canvas.height() * ratio)]


def test_a_step_of_negotiation_is_valued_as_typed_kept_and_undone(
    qtbot: QtBot, make_window: Window, services: Services, add: Add
) -> None:
    from tracker.ui.dialogs.step_dialog import StepDialog

    rich, _liked = two_offers(services, add)
    window = make_window()
    page = open_offers(window)
    page.select_offer(rich)
    page.tabs.setCurrentWidget(page.negotiation)
    panel = page.negotiation
    assert panel.add_button.isEnabled() and panel.table.rowCount() == 0
    seen: dict[str, str] = {}

    def ask_for_sixteen(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        before = dialog.worth.text()
        dialog.salary_text.setText("40K×16")
        dialog.salary_text.textEdited.emit("40K×16")
        assert dialog.months_per_year.number() == 16 and dialog.monthly_base.number() == 40_000
        seen["worth"] = dialog.worth.text()
        assert seen["worth"] != before and "+¥" in seen["worth"]
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    with_modal(panel.add_button.click, ask_for_sixteen)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.table.item(0, 1).text() == "I asked"
    assert panel.table.item(0, 2).text() == "40K×16"
    change = panel.table.item(0, 4).text()
    assert change.startswith("+¥") and change in seen["worth"]
    assert [s.months_per_year for s in services.negotiation.steps(rich)] == [16.0]
    window._actions.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert page.current_offer() is not None and page.current_offer().id == rich  # type: ignore[union-attr]
