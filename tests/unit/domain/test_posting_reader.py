"""Reading copied job postings: every board's layout, as text and as HTML, and any text at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.posting_accuracy import FIELDS, POSTINGS, by_board, expected, right, wrong_fields
from tracker.domain.enums import Channel, HiringTrack, RoleCategory, WorkMode
from tracker.domain.posting_boards import Board
from tracker.domain.posting_html import read_html, read_mhtml
from tracker.domain.posting_reader import PostingError, read_posting, salary_in
from tracker.domain.salary import SalaryParseError, parse_salary
from tracker.services.capture import capture_file


def test_every_board_is_read_right_for_at_least_95_percent_of_the_essential_fields():
    boards = by_board()
    good = sum(g for g, _ in boards.values())
    count = sum(c for _, c in boards.values())
    assert good / count >= 0.95, wrong_fields()
    assert {"boss", "liepin", "lagou", "zhaopin", "51job", "nowcoder", "shixiseng"} <= set(boards)
    assert {"linkedin", "indeed", "wechat", "chat"} <= set(boards)
    for board, (board_good, board_count) in boards.items():
        assert board_good / board_count >= 0.9, (board, wrong_fields())


@pytest.mark.parametrize("name", sorted(expected()))
def test_each_posting_gives_its_company_role_city_and_salary(name):
    captured = capture_file(POSTINGS / name)
    wanted = expected()[name]
    wrong = [field for field in FIELDS if not right(field, captured, wanted[field])]
    assert not wrong, (wrong, captured.summary())


def test_the_test_set_holds_text_and_html_copies_of_the_chinese_boards():
    names = expected()
    for board in ("boss", "liepin", "lagou", "zhaopin", "51job", "nowcoder", "shixiseng"):
        assert any(n.startswith(board) and n.endswith(".txt") for n in names), board
        assert any(n.startswith(board) and n.endswith(".html") for n in names), board


def test_a_boss_page_gives_the_rest_of_what_an_application_holds():
    captured = capture_file(POSTINGS / "boss-1.txt")
    assert captured.board is Board.BOSS
    assert captured.channel is Channel.BOSS
    assert (captured.city, captured.district) == ("杭州", "余杭区")
    assert captured.salary is not None and captured.salary.months_per_year == 13
    assert captured.experience == "1-3年"
    assert captured.education == "本科"
    assert captured.tags == ("五险一金", "餐补", "带薪年假", "体检")
    assert captured.category is RoleCategory.AI_TRAINER
    assert captured.description.startswith("数据标注")
    assert "BOSS安全提示" not in captured.description
    assert captured.missing == ()


def test_campus_internship_remote_and_hybrid_are_read_where_the_posting_says_so():
    assert capture_file(POSTINGS / "nowcoder-1.txt").hiring_track is HiringTrack.CAMPUS
    assert capture_file(POSTINGS / "shixiseng-1.txt").hiring_track is HiringTrack.INTERNSHIP
    assert capture_file(POSTINGS / "linkedin-1.txt").work_mode is WorkMode.REMOTE
    assert capture_file(POSTINGS / "linkedin-2.txt").work_mode is WorkMode.HYBRID
    assert capture_file(POSTINGS / "boss-2.txt").hiring_track is None


def test_a_page_link_is_taken_from_the_page_and_never_a_script_link():
    assert capture_file(POSTINGS / "boss-3.html").link.startswith("https://www.zhipin.com/")
    assert capture_file(POSTINGS / "wechat-2.txt").link.startswith("https://jobs.bytedance.com/")
    page = read_posting("", '<h1>AI训练师</h1><a href="javascript:alert(1)">x</a>')
    assert page.link == ""


def test_what_could_not_be_found_is_named():
    captured = read_posting("负责数据标注，认真细致即可。")
    assert set(captured.missing) == {"company", "role", "city", "salary_text"}


def test_empty_text_is_refused():
    with pytest.raises(PostingError):
        read_posting("  \n ")
    with pytest.raises(PostingError):
        read_posting("", "<script>alert(1)</script>")


def test_hostile_html_is_kept_inert_and_its_text_kept():
    html = (
        '<html><head><script>steal()</script><style>p{}</style></head><body onload="x()">'
        '<h1 class="job-name" onclick="y()">AI训练师</h1><span class="salary">15-25K</span>'
        '<img src="https://tracker.example.com/p.gif"><a href="javascript:evil()">投递</a>'
        '<iframe src="https://evil.example.com"></iframe><p>北京 <b>五险一金</b></p></body></html>'
    )
    page = read_html(html)
    for inert in ("script", "steal", "onload", "onclick", "img", "javascript", "iframe", "href"):
        assert inert not in page.sanitised.lower()
    assert "<b>五险一金</b>" in page.sanitised
    assert "steal" not in page.text and "AI训练师" in page.text
    captured = read_posting("", html)
    assert (captured.role, captured.salary_text, captured.city) == ("AI训练师", "15-25K", "北京")


def test_a_page_of_almost_five_megabytes_is_read_and_a_larger_one_refused():
    html = "<html><body><h1>AI训练师</h1><p>15-25K 北京</p>" + "<div>填充</div>" * 280_000
    assert 4_500_000 < len(html.encode()) < 5 * 1024 * 1024
    captured = read_posting("", html)
    assert captured.role == "AI训练师"
    with pytest.raises(PostingError) as refused:
        read_posting("", html + "<div>填充</div>" * 40_000)
    assert refused.value.too_large
    text_only = read_posting("AI训练师 15-25K 北京", html + "<div>填充</div>" * 40_000)
    assert text_only.role == "AI训练师" and text_only.html == ""


def test_a_saved_web_archive_gives_its_page_and_address():
    archive = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.zhipin.com/job_detail/1.html\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----B"\r\n\r\n------B\r\nContent-Type: text/html\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.zhipin.com/job_detail/1.html\r\n\r\n"
        "<html><body><h1>AI=E8=AE=AD=E7=BB=83=E5=B8=88</h1><p>20-30K=C2=B715=E8=96=AA</p>"
        "<p>=E4=B8=8A=E6=B5=B7</p></body></html>\r\n------B--\r\n"
    ).encode("ascii")
    page = read_mhtml(archive)
    assert page is not None and page.url == "https://www.zhipin.com/job_detail/1.html"
    captured = read_posting(page.text, page.html, url=page.url)
    assert (captured.role, captured.city, captured.salary_text) == (
        "AI训练师",
        "上海",
        "20-30K·15薪",
    )
    assert captured.board is Board.BOSS


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_read_or_refused_with_pivots_own_error(text):
    try:
        captured = read_posting(text)
    except PostingError:
        assert not text.strip() or not read_html(text).text.strip()
        return
    assert captured.text.strip()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["AI训练师", "15-25K·14薪", "北京", "8-11万", "面议", "【字节】", "<b>", "|"]
            ),
            st.text(max_size=12),
        ),
        max_size=12,
    )
)
def test_a_salary_read_from_a_posting_agrees_with_the_salary_parser(pieces):
    text = " ".join(pieces)
    try:
        captured = read_posting(text)
    except PostingError:
        return
    if captured.salary is not None:
        assert parse_salary(captured.salary_text) == captured.salary
    elif captured.salary_text:
        with pytest.raises(SalaryParseError):
            parse_salary(captured.salary_text)


def test_a_salary_is_found_in_running_text_and_numbers_that_are_not_pay_are_not():
    assert salary_in("薪资：20-30K·15薪，双休")[0] == "20-30K·15薪"  # type: ignore[index]
    assert salary_in("$120,000 - $150,000 a year, full-time")[0] == "$120,000 - $150,000 a year"  # type: ignore[index]
    for not_pay in ("10000人以上", "1-3年", "2027届", "Scale AI · 1 week ago", "3K粉丝"):
        assert salary_in(not_pay) is None, not_pay
