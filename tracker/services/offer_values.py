"""Offers in money: the rule book read once, each offer valued under its city's rules for this
year (the national rules, and a note saying so, for a city the book does not have)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.offer_value import AS_STATED, OfferValue, Scenario, value_offer
from tracker.domain.offers import OfferDraft, OfferRead
from tracker.domain.pay import PayInputCode, PayInputError, PayRules, RuleBook

if TYPE_CHECKING:
    from tracker.services.pay_rules import PayRulesError


@dataclass(frozen=True, slots=True)
class ValuedOffer:
    offer: OfferRead
    value: OfferValue | None  # None when the rules cannot value it (``problem`` says why)
    city_known: bool
    region_name: str  # the rules' region, in Chinese and English: "北京 Beijing"
    problem: PayInputError | None = None


class OfferValues:
    """Values offers; the rule book (the shipped rules and the user's ``pay_rules.json`` in the
    data folder) is read on first use and kept."""

    def __init__(self, data_dir: Path | None, year: int | None = None) -> None:
        self._data_dir = data_dir
        self._year = year
        self._book: RuleBook | None = None
        self.user_rules_problem: PayRulesError | None = None  # the user's file, refused
        self._cache: dict[tuple[tuple[object, ...], Scenario], OfferValue] = {}
        self._rules: dict[str, tuple[PayRules, bool]] = {}

    @property
    def year(self) -> int:
        return self._year or date.today().year

    def book(self) -> RuleBook:
        """The rules: the shipped ones and the user's ``pay_rules.json``; when the user's file
        cannot be used, the shipped ones alone (``user_rules_problem`` then says why).

        Raises:
            PayRulesError: a shipped rule file cannot be used (it says which and where).
        """
        if self._book is None:
            from tracker.services.pay_rules import USER_FILE, PayRulesError, load_rule_book

            try:
                self._book = load_rule_book(self._data_dir)
            except PayRulesError as error:
                if self._data_dir is None or error.path != self._data_dir / USER_FILE:
                    raise
                self.user_rules_problem = error
                self._book = load_rule_book(None)
        return self._book

    def rules(self, city: str) -> tuple[PayRules, bool]:
        """The rules for ``city`` this year, and whether the book knows the city (found once a
        city: the book is read once, and finding a city folds every name it knows)."""
        found = self._rules.get(city)
        if found is None:
            found = self._rules[city] = self._find_rules(city)
        return found

    def _find_rules(self, city: str) -> tuple[PayRules, bool]:
        book = self.book()
        if city.strip():
            try:
                return book.rules_for(self.year, city), True
            except PayInputError as error:
                if error.code is not PayInputCode.UNKNOWN_CITY:
                    raise
        return book.rules_for(self.year, None), not city.strip()

    def value(self, offer: OfferRead, scenario: Scenario = AS_STATED) -> ValuedOffer:
        rules, known = self.rules(offer.draft.city)
        region = f"{rules.region.name_zh} {rules.region.name_en}"
        key = (_hashable(offer.draft), scenario)
        try:
            if key not in self._cache:
                self._cache[key] = value_offer(offer.draft, rules, scenario)
        except PayInputError as error:
            return ValuedOffer(offer, None, known, region, error)
        return ValuedOffer(offer, self._cache[key], known, region)

    def values(self, offers: list[OfferRead], scenario: Scenario = AS_STATED) -> list[ValuedOffer]:
        return [self.value(offer, scenario) for offer in offers]


# What a valuation depends on: every field but the ratings and the notes.
_MONEY_FIELDS = tuple(f.name for f in fields(OfferDraft) if f.name not in ("ratings", "notes"))


def _hashable(draft: OfferDraft) -> tuple[object, ...]:
    return tuple(getattr(draft, name) for name in _MONEY_FIELDS)
