"""``main.py pay``: the take-home engine from the command line, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAGE_KEYS = {
    "gross_total", "social_insurance_total", "housing_fund_total", "iit_wages", "bonus_tax",
    "bonus_method_used", "iit_total", "iit_annual", "settlement", "take_home_total", "months",
    "rule_year", "estimate", "disclaimer", "warnings", "settlement_meaning",
}  # fmt: skip
MONTH_KEYS = {"month", "gross", "social_insurance", "housing_fund", "iit", "take_home"}


def pay(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``main.py pay``; for the 2026 tax year unless the arguments name one, so that the
    expectations do not move with the calendar."""
    if "--year" not in arguments:
        arguments = (*arguments, "--year", "2026")
    environment = dict(os.environ, PIVOT_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.pop("LANG", None)
    environment["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "pay", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def pay_json(*arguments: str, home: Path) -> dict[str, Any]:
    done = pay(*arguments, "--json", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def test_the_json_of_a_plain_year(pivot_home: Path) -> None:
    # [TBX] 20,000 a month, no city: 315 × 3, 735, 1,050 × 8; 10,080 a year.
    data = pay_json("--monthly", "20000", "--year", "2026", home=pivot_home)
    assert set(data) >= WAGE_KEYS
    assert data["estimate"] is True and data["rule_year"] == 2026 and data["city"] is None
    assert [month["iit"] for month in data["months"]] == [315.0] * 3 + [735.0] + [1050.0] * 8
    assert all(set(month) >= MONTH_KEYS for month in data["months"])
    assert [month["month"] for month in data["months"]] == list(range(1, 13))
    assert data["gross_total"] == 240000.0 and data["social_insurance_total"] == 25200.0
    assert data["housing_fund_total"] == 28800.0 and data["iit_total"] == 10080.0
    assert data["iit_annual"] == 10080.0 and data["settlement"] == 0.0
    assert data["take_home_total"] == 175920.0 and data["bonus_method_used"] == "none"
    for key in ("gross", "social_insurance", "housing_fund", "iit", "take_home"):
        total = "iit_total" if key == "iit" else f"{key}_total"
        assert round(sum(month[key] for month in data["months"]), 2) == data[total]


def test_c1_from_the_command_line(pivot_home: Path) -> None:
    # C1 (the STA example): bases of 20,000 give 三险一金 4,500; deductions 2,000.
    data = pay_json(
        "--monthly", "30000", "--si-base", "20000", "--hf-base", "20000", "--deductions", "2000",
        home=pivot_home,
    )  # fmt: skip
    assert [month["iit"] for month in data["months"][:3]] == [555.0, 625.0, 1850.0]


def test_a_bonus_taxed_separately_and_the_months_beyond_twelve(pivot_home: Path) -> None:
    # [TBX]: + 36,000 → separate 1,080, year 11,160.
    data = pay_json("--monthly", "20000", "--bonus", "36000", home=pivot_home)
    assert data["bonus_method_used"] == "separate" and data["bonus_tax"] == 1080.0
    assert data["iit_wages"] == 10080.0 and data["iit_total"] == 11160.0
    assert data["months"][-1]["gross"] == 56000.0
    # 17.5K × 14 in 杭州: the 13th and 14th months are a 35,000 bonus.
    hangzhou = pay_json("--monthly", "17.5k", "--months", "14", "--city", "杭州", home=pivot_home)
    assert hangzhou["city"] == "hangzhou" and hangzhou["bonus"]["amount"] == 35000.0
    assert hangzhou["gross_total"] == 245000.0
    assert "third_party_figures" in {w["code"] for w in hangzhou["warnings"]}


def test_forcing_a_method(pivot_home: Path) -> None:
    # [TBX] 7,060: merging wins when the wages leave deductions unused.
    data = pay_json(
        "--monthly", "6000", "--si-base", "6000", "--hf-base", "6000", "--bonus", "100000",
        home=pivot_home,
    )  # fmt: skip
    assert data["bonus_method_used"] == "merged" and data["bonus_tax"] == 7060.0
    forced = pay_json(
        "--monthly", "6000", "--si-base", "6000", "--hf-base", "6000", "--bonus", "100000",
        "--bonus-method", "separate", home=pivot_home,
    )  # fmt: skip
    assert forced["bonus_method_used"] == "separate" and forced["bonus_tax"] == 9790.0


def test_a_trap_zone_warning(pivot_home: Path) -> None:
    data = pay_json("--monthly", "20000", "--bonus", "37000", home=pivot_home)
    (trap,) = [w for w in data["warnings"] if w["code"] == "bonus_trap_zone"]
    assert trap["lower"] == 36000.0 and trap["upper"] == 38566.67
    assert data["bonus"]["trap_zone"] == {"edge": 36000.0, "upper": 38566.67}


def test_a_first_job_from_july(pivot_home: Path) -> None:
    # [TBX]: 990 for the year, nothing in July.
    data = pay_json(
        "--monthly", "20000", "--start-month", "7", "--first-job-this-year", home=pivot_home
    )
    assert [month["month"] for month in data["months"]] == [7, 8, 9, 10, 11, 12]
    assert data["months"][0]["iit"] == 0.0 and data["iit_total"] == 990.0


def test_a_city_at_its_caps(pivot_home: Path) -> None:
    # [NORB] CN-SH05-2: December 2025 start in Shanghai on 50,000: 1,327.23 withheld.
    data = pay_json(
        "--monthly", "50000", "--city", "shanghai", "--year", "2025", "--start-month", "12",
        home=pivot_home,
    )  # fmt: skip
    (december,) = data["months"]
    assert december["si_base"] == 37302.0 and december["housing_fund"] == 2611.0
    assert december["iit"] == 1327.23 and december["take_home"] == 42145.06


def test_labour_remuneration(pivot_home: Path) -> None:
    data = pay_json("--labour", "10000", home=pivot_home)
    assert data["kind"] == "labour" and data["labour_tax"] == 1600.0
    assert data["labour_net"] == 8400.0 and data["iit_annual"] == 0.0
    assert data["settlement"] == 1600.0 and data["months"] == []
    assert "labour_settlement" in {w["code"] for w in data["warnings"]}


def test_no_social_insurance_and_a_rate_in_percent(pivot_home: Path) -> None:
    none = pay_json("--monthly", "10000", "--no-social-insurance", home=pivot_home)
    assert none["social_insurance_total"] == 0.0 and none["housing_fund_total"] == 0.0
    fund_only = pay_json(
        "--monthly", "10000", "--no-social-insurance", "--hf-rate", "5%", home=pivot_home
    )
    assert fund_only["social_insurance_total"] == 0.0 and fund_only["housing_fund_total"] == 6000.0


def test_a_later_year_says_which_rules_it_used(pivot_home: Path) -> None:
    data = pay_json("--monthly", "20000", "--year", "2030", home=pivot_home)
    assert data["year"] == 2030 and data["rule_year"] == 2026
    codes = {w["code"] for w in data["warnings"]}
    assert "year_beyond_rules" in codes
    assert "bonus_separate_unavailable" not in codes  # no bonus, so no word about it


def test_the_table(pivot_home: Path) -> None:
    done = pay("--monthly", "25000", "--months", "16", "--city", "北京", home=pivot_home)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "not tax advice" in lines[0] and "北京" in lines[0]
    assert lines[1].split()[0] == "Month" and lines[14].split()[0] == "Total"
    assert "taxed separately" in done.stdout and "settlement" in done.stdout


def test_a_user_city_from_the_data_folder(pivot_home: Path, tmp_path: Path) -> None:
    shipped = json.loads((ROOT / "resources/pay_rules/national.json").read_text("utf-8"))
    region = shipped["regions"][0] | {"key": "lhasa", "name_zh": "拉萨", "name_en": "Lhasa"}
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "pay_rules.json").write_text(
        json.dumps({"format": 1, "regions": [region]}), encoding="utf-8"
    )
    data = pay_json(
        "--monthly", "20000", "--city", "拉萨", "--data-dir", str(folder), home=pivot_home
    )
    assert data["city"] == "lhasa" and data["iit_total"] == 10080.0
    (folder / "pay_rules.json").write_text("{", encoding="utf-8")
    done = pay("--monthly", "20000", "--data-dir", str(folder), home=pivot_home)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert "pay_rules.json" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["--monthly", "-5"], "--monthly must not be negative"),
        (["--monthly", "abc"], "--monthly needs a number"),
        (["--monthly", "nan"], "--monthly needs a number"),
        (["--monthly", "1e30"], "--monthly is too large"),
        (["--monthly", "9000", "--start-month", "13"], "--start-month must be between 1 and 12"),
        (["--monthly", "9000", "--start-month", "0"], "--start-month must be between 1 and 12"),
        (["--monthly", "9000", "--city", "lhasa"], "known: 北京/beijing"),
        (["--labour", "5000", "--monthly", "3"], "--monthly cannot be used with --labour"),
        (["--labour", "5000", "--start-month", "3"], "cannot be used with --labour"),
        (["--labour", "-1"], "--labour must not be negative"),
        (["--bonus", "5"], "give --monthly N"),
        ([], "give --monthly N"),
        (["--monthly", "9000", "--months", "11"], "--months must be between 12 and 36"),
        (["--monthly", "9000", "--months", "0"], "--months must be between 12 and 36"),
        (["--monthly", "9000", "--bonus", "-1"], "--bonus must not be negative"),
        (["--monthly", "9000", "--deductions", "-1"], "--deductions must not be negative"),
        (["--monthly", "9000", "--si-base", "-1"], "--si-base must not be negative"),
        (["--monthly", "9000", "--hf-rate", "0.2"], "--hf-rate must be between 0 and 0.12"),
        (["--monthly", "9000", "--hf-rate", "12"], "--hf-rate must be between 0 and 0.12"),
        (["--monthly", "9000", "--bonus-method", "cheap"], "--bonus-method must be auto"),
        (["--monthly", "9000", "--year", "2010"], "--year must be 2019 or later"),
        (["--monthly", "9000", "--year", "20x6"], "--year needs a number"),
        (
            ["--monthly", "9000", "--bonus", "1", "--bonus-method", "separate", "--year", "2028"],
            "not available in 2028",
        ),
        (["--monthly", "9000", "--no-social-insurance", "--si-base", "5000"], "cannot be used"),
    ],
)
def test_bad_flags_are_one_line_and_status_2(
    pivot_home: Path, arguments: list[str], words: str
) -> None:
    done = pay(*arguments, home=pivot_home)
    assert done.returncode == 2, done.stdout
    assert len(done.stderr.splitlines()) == 1 and words in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_base_beyond_the_cap_is_clamped_and_said(pivot_home: Path) -> None:
    data = pay_json(
        "--city", "beijing", "--monthly", "50000", "--si-base", "60000", "--hf-base", "60000",
        home=pivot_home,
    )  # fmt: skip
    january = data["months"][0]
    assert january["si_base"] == 35811.0 and january["hf_base"] == 35811.0
    assert january["pension"] == 2864.88 and january["housing_fund"] == 4297.32
    held = [w for w in data["warnings"] if w["code"] == "social_insurance_base_clamped"]
    assert [w["lower"] for w in held] == [35811.0, 36348.0]
    assert "2026-01 to 2026-06" in held[0]["message"] and "60,000.00" in held[0]["message"]


def test_a_base_leaving_a_negative_take_home_is_refused(pivot_home: Path) -> None:
    done = pay("--city", "beijing", "--monthly", "3000", "--si-base", "100000", home=pivot_home)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "--si-base" in done.stderr and "more than the monthly wage" in done.stderr


def test_no_city_caps_the_bases_and_says_a_city_gives_the_real_figure(pivot_home: Path) -> None:
    data = pay_json("--monthly", "80000", "--months", "14", home=pivot_home)
    cap = 124_110 / 12 * 3
    assert data["months"][0]["si_base"] == cap
    assert data["housing_fund_total"] == pytest.approx(round(cap * 0.12, 2) * 12)
    (note,) = [w for w in data["warnings"] if w["code"] == "national_default_bounds"]
    assert "--city" in note["message"]


def test_months_after_the_last_known_figures_are_named(pivot_home: Path) -> None:
    data = pay_json("--city", "shenzhen", "--monthly", "30000", home=pivot_home)
    (note,) = [w for w in data["warnings"] if w["code"] == "city_figures_not_yet_known"]
    assert note["message"].startswith("bounds of 2025-07 used for 2026-07 to 2026-12")


def test_a_mid_year_start_prorates_the_extra_months_unless_told_otherwise(
    pivot_home: Path,
) -> None:
    flags = ("--monthly", "20000", "--months", "14", "--start-month", "7")
    prorated = pay_json(*flags, home=pivot_home)
    full = pay_json(*flags, "--bonus-proration", "full", home=pivot_home)
    assert prorated["bonus_total"] == 20000.0 and full["bonus_total"] == 40000.0
    assert [w["code"] for w in prorated["warnings"]].count("bonus_prorated") == 1
    assert [w["code"] for w in full["warnings"]].count("bonus_paid_in_full") == 1
    done = pay(*flags, "--bonus-proration", "half", home=pivot_home)
    assert done.returncode == 2 and "--bonus-proration" in done.stderr


def test_a_first_job_states_how_it_counts_the_deductions(pivot_home: Path) -> None:
    data = pay_json(
        "--monthly", "30000", "--start-month", "7", "--first-job-this-year", "--deductions",
        "2000", "--deductions-from-month", "9", home=pivot_home,
    )  # fmt: skip
    (note,) = [w for w in data["warnings"] if w["code"] == "deductions_by_eligible_months"]
    assert "4 months since month 9" in note["message"]


def test_every_notice_has_its_words() -> None:
    from tracker.cli.pay import TEXT
    from tracker.domain.pay import NoticeCode

    assert [code for code in NoticeCode if f"n_{code.value}" not in TEXT] == []


def test_the_medical_tier_is_chosen_and_refused_where_there_is_none(pivot_home: Path) -> None:
    default = pay_json("--city", "深圳", "--monthly", "20000", home=pivot_home)
    first = pay_json("--city", "深圳", "--monthly", "20000", "--medical-tier", "1", home=pivot_home)
    assert default["months"][0]["medical"] == 100.0  # 20,000 × 0.5 %
    assert first["months"][0]["medical"] == 400.0  # 20,000 × 2 %
    (tier,) = [w for w in default["warnings"] if w["code"] == "medical_tier"]
    assert "二档" in tier["message"] and "--medical-tier" in tier["message"]
    done = pay("--city", "北京", "--monthly", "20000", "--medical-tier", "1", home=pivot_home)
    assert done.returncode == 2 and "single rate" in done.stderr
