"""Deciding between offers: a weight for money and for each thing money does not measure, with
presets; a score per offer; how far each weight must move before another offer comes first;
and what-ifs on the bonus and the equity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.decision import (
    FACTORS,
    MAX_WEIGHT,
    PRESETS,
    Decision,
    DecisionOffer,
    Factor,
    FactorSensitivity,
    Preset,
    Weights,
    WeightsError,
    decide,
)
from tracker.domain.offer_value import OfferValue, Scenario
from tracker.domain.offers import Criterion
from tracker.preferences import Settings
from tracker.services.offer_values import ValuedOffer
from tracker.ui.dialogs.form_fields import form_layout
from tracker.ui.widgets.choice_combo import ChoiceCombo
from tracker.words.labels import label

BONUS_SHARES = (1.0, 0.5, 0.0)


class DecisionPanel(QWidget):
    scenario_changed = Signal(object)  # Scenario: the offers must be valued again
    decided = Signal(object)  # Decision

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._offers: list[ValuedOffer] = []
        self.decision: Decision | None = None
        self._setting_preset = False
        self.preset: ChoiceCombo[Preset | None] = ChoiceCombo(
            [(self._preset_name(preset), preset) for preset in PRESETS]
            + [(self.tr("My own"), None)]
        )
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.money_measure: ChoiceCombo[str] = ChoiceCombo(
            [
                (self.tr("Take-home + housing fund"), "cash_plus_housing_fund"),
                (self.tr("Take-home a year"), "take_home"),
                (self.tr("First year (sign-on, equity)"), "first_year"),
                (self.tr("Four years"), "four_years"),
            ]
        )
        self.money_measure.currentIndexChanged.connect(self.recompute)
        self.bonus_share: ChoiceCombo[float] = ChoiceCombo(
            [
                (self.tr("as the letter says"), 1.0),
                (self.tr("half of it"), 0.5),
                (self.tr("none of it"), 0.0),
            ]
        )
        self.count_equity = QCheckBox(self.tr("Count the equity"))
        self.count_equity.setChecked(True)
        self.bonus_share.currentIndexChanged.connect(self._scenario_changed)
        self.count_equity.toggled.connect(self._scenario_changed)
        self.sliders: dict[Factor, QSlider] = {}
        self._weight_labels: dict[Factor, QLabel] = {}
        weights_form = form_layout()
        weights_form.addRow(self.tr("Weights"), self.preset)
        for factor in FACTORS:
            weights_form.addRow(self._factor_name(factor), self._slider_row(factor))
        weights_form.addRow(self.tr("Money counts"), self.money_measure)
        weights_form.addRow(self.tr("Year-end bonus paid"), self.bonus_share)
        weights_form.addRow("", self.count_equity)
        left = QWidget()
        left.setLayout(weights_form)
        left.setMaximumWidth(420)

        self.results = QTableWidget(0, 3)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Offer"), self.tr("Score"), self.tr("Most of the score from")]
        )
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.verticalHeader().setVisible(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sensitivity = QLabel()
        self.sensitivity.setWordWrap(True)
        self.sensitivity.setTextFormat(Qt.TextFormat.PlainText)
        self.sensitivity.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        right = QVBoxLayout()
        right.addWidget(self.results, 2)
        right.addWidget(QLabel(self.tr("How far each weight can move before another offer wins:")))
        right.addWidget(self.sensitivity, 2)
        right.addWidget(self.missing)
        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addLayout(right, 1)
        saved = settings.decision_weights if settings is not None else {}
        self._apply_preset(Preset.BALANCED)
        self._restore_weights(saved)

    # -- building --------------------------------------------------------------------------

    def _slider_row(self, factor: Factor) -> QWidget:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, int(MAX_WEIGHT))
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        slider.valueChanged.connect(lambda _v, f=factor: self._weight_moved(f))
        shown = QLabel()
        shown.setMinimumWidth(24)
        self.sliders[factor] = slider
        self._weight_labels[factor] = shown
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(slider, 1)
        layout.addWidget(shown)
        return row

    def _factor_name(self, factor: Factor) -> str:
        return self.tr("Money") if factor is Factor.MONEY else label(Criterion(factor.value))

    def _preset_name(self, preset: Preset) -> str:
        names = {
            Preset.BALANCED: self.tr("Balanced"),
            Preset.MONEY_FIRST: self.tr("Money first"),
            Preset.GROWTH_FIRST: self.tr("Growth first"),
            Preset.INTEREST_FIRST: self.tr("Interest and learning first"),
        }
        return names[preset]

    # -- weights ---------------------------------------------------------------------------

    def weights(self) -> Weights:
        return Weights({factor: float(s.value()) for factor, s in self.sliders.items()})

    def set_weight(self, factor: Factor, weight: int) -> None:
        self.sliders[factor].setValue(weight)

    def _apply_preset(self, preset: Preset) -> None:
        self._setting_preset = True
        for factor, slider in self.sliders.items():
            slider.setValue(round(PRESETS[preset][factor]))
        self.preset.set_value(preset)
        self._setting_preset = False
        self._save_weights()
        self.recompute()

    def _save_weights(self) -> Weights:
        """Keep the weights for the next time the tab is opened."""
        weights = self.weights()
        if self._settings is not None:
            self._settings.decision_weights = {f.value: w for f, w in weights.items()}
        return weights

    def _restore_weights(self, saved: dict[str, float]) -> None:
        """The weights the user last left, if they were valid."""
        try:
            weights = Weights({Factor(key): value for key, value in saved.items()})
        except (ValueError, WeightsError):
            return
        if not saved:
            return
        self._setting_preset = True
        for factor, slider in self.sliders.items():
            slider.setValue(round(weights[factor]))
        self._setting_preset = False
        self._weight_moved(FACTORS[0])

    def _preset_chosen(self) -> None:
        preset = self.preset.value()
        if preset is not None and not self._setting_preset:
            self._apply_preset(preset)

    def _weight_moved(self, factor: Factor) -> None:
        self._weight_labels[factor].setText(str(self.sliders[factor].value()))
        if self._setting_preset:
            return
        weights = self._save_weights()
        matching = [p for p, w in PRESETS.items() if w == weights]
        self.preset.blockSignals(True)
        self.preset.set_value(matching[0] if matching else None)
        self.preset.blockSignals(False)
        self.recompute()

    # -- offers and the decision -----------------------------------------------------------

    def scenario(self) -> Scenario:
        return Scenario(self.bonus_share.value(), self.count_equity.isChecked())

    def _scenario_changed(self) -> None:
        self.scenario_changed.emit(self.scenario())

    def show_offers(self, offers: list[ValuedOffer]) -> None:
        self._offers = [valued for valued in offers if valued.value is not None]
        self.recompute()

    def recompute(self) -> None:
        measure = self.money_measure.value()
        companies = [valued.offer.company_name for valued in self._offers]
        candidates = [
            DecisionOffer(
                valued.offer.id,
                valued.offer.company_name
                if companies.count(valued.offer.company_name) == 1
                else valued.offer.title,
                _money(valued.value, measure),
                valued.offer.draft.ratings,
            )
            for valued in self._offers
            if valued.value is not None
        ]
        try:
            self.decision = decide(candidates, self.weights())
        except WeightsError:
            self.decision = None
            self.results.setRowCount(0)
            self.sensitivity.setText(self.tr("Give at least one weight more than 0."))
            self.missing.clear()
            return
        self._show(self.decision)
        self.decided.emit(self.decision)

    def _show(self, decision: Decision) -> None:
        self.results.setRowCount(len(decision.ranking))
        for row, result in enumerate(decision.ranking):
            name = QTableWidgetItem(f"{result.rank}. {result.name}")
            score = QTableWidgetItem(f"{result.total:.0f}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            top = max(FACTORS, key=result.contribution)
            source = QTableWidgetItem(self._factor_name(top))
            for column, item in enumerate((name, score, source)):
                self.results.setItem(row, column, item)
        if len(decision.ranking) < 2:
            self.sensitivity.setText(self.tr("Tick two offers or more to compare them."))
        else:
            self.sensitivity.setText("\n".join(self._shift_text(s) for s in decision.sensitivity))
        missing = {criterion for result in decision.ranking for criterion in result.missing}
        self.missing.setText(
            self.tr("Not rated yet, counted as middling: {criteria}.").format(
                criteria=", ".join(label(c) for c in Criterion if c in missing)
            )
            if missing
            else ""
        )

    def _shift_text(self, item: FactorSensitivity) -> str:
        assert self.decision is not None and self.decision.winner is not None
        names = {result.key: result.name for result in self.decision.ranking}
        factor = f"{self._factor_name(item.factor)} ({item.weight:g})"
        if item.sole_weight:
            return self.tr("{factor}: the only weight; moving it changes nothing.").format(
                factor=factor
            )
        parts = []
        if item.raised is not None:
            parts.append(
                self.tr("above {weight:.1f}, {leader} comes first").format(
                    weight=item.raised.weight, leader=names[item.raised.leader]
                )
            )
        if item.lowered is not None:
            parts.append(
                self.tr("below {weight:.1f}, {leader} comes first").format(
                    weight=item.lowered.weight, leader=names[item.lowered.leader]
                )
            )
        if not parts:
            return self.tr("{factor}: {winner} stays first at any weight.").format(
                factor=factor, winner=self.decision.winner.name
            )
        return f"{factor}: " + self.tr("; ").join(parts)


def _money(value: OfferValue | None, measure: str) -> float:
    if value is None:
        return 0.0
    figure = getattr(value, measure)
    assert isinstance(figure, float)
    return max(0.0, figure)
