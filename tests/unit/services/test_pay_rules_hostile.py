"""A user's pay_rules.json built to break the reader: nested beyond any rule's shape. It is
refused naming the file, and offers are still valued with the rules Pivot ships."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.services.offer_values import OfferValues
from tracker.services.pay_rules import USER_FILE, PayRulesError, RulesProblem, load_rule_book


@pytest.mark.parametrize("depth", [100_000, 200])
def test_a_deeply_nested_user_file_is_refused_naming_it(tmp_path: Path, depth: int) -> None:
    nested = '{"format": 1, "note": "x", "regions": ' + "[" * depth + "]" * depth + "}"
    (tmp_path / USER_FILE).write_text(nested, encoding="utf-8")
    with pytest.raises(PayRulesError) as refused:
        load_rule_book(tmp_path)
    assert refused.value.problem is RulesProblem.TOO_DEEP
    assert refused.value.path == tmp_path / USER_FILE
    assert str(tmp_path / USER_FILE) in str(refused.value)


def test_offers_are_valued_with_the_shipped_rules_when_the_users_file_is_refused(
    tmp_path: Path,
) -> None:
    (tmp_path / USER_FILE).write_text('{"format": 1, "tax": ' + "[" * 100_000, encoding="utf-8")
    values = OfferValues(tmp_path, year=2026)
    assert values.book() == load_rule_book()
    problem = values.user_rules_problem
    assert problem is not None and problem.path == tmp_path / USER_FILE
