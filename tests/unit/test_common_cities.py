"""Every city the forms offer first has pay rules, so choosing one never falls back to the
national default."""

from tracker.services.pay_rules import load_rule_book
from tracker.ui.common_cities import CITIES


def test_every_offered_city_has_its_rules() -> None:
    book = load_rule_book()
    assert {book.region(city).name_zh for city in CITIES} == set(CITIES)
    assert {city.name_zh for city in book.cities} == set(CITIES)
