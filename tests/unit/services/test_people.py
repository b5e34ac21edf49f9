"""People: saved with their company, found by the search, linked to applications as what they
are to each, put in the trash and brought back, followed up, and read from and written to
vCard files that phones and address books exchange."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.enums import Relation
from tracker.domain.errors import FileError, FileProblem, ValidationError
from tracker.domain.people import ContactDraft
from tracker.domain.records import ApplicationCreate
from tracker.domain.search_results import SearchKind
from tracker.services.container import Services

WANG = ContactDraft(
    name="王小明", company="字节跳动", role="HRBP", how_met="WAIC 2026 展台", wechat="wxm_88",
    email="wang@example.cn", notes="说可以内推多模态组",
)  # fmt: skip


def _application(services: Services, company: str = "字节跳动", role: str = "AI训练师") -> int:
    return services.applications.create(ApplicationCreate(company_name=company, role_title=role)).id


def test_a_person_is_saved_with_their_company_and_found_by_any_of_their_details(
    services: Services,
) -> None:
    people = services.people
    contact_id = people.save(WANG)
    assert replace(people.draft(contact_id), id=None) == WANG
    (row,) = people.rows()
    assert (row.name, row.company, row.role, row.applications) == ("王小明", "字节跳动", "HRBP", 0)
    for query in ("王小明", "WAIC", "wxm_88", "多模态"):
        hits = services.search.search(query).group(SearchKind.CONTACT).hits
        assert [hit.record_id for hit in hits] == [contact_id], query
    people.save(replace(WANG, id=contact_id, how_met="朋友介绍"))
    assert not services.search.search("WAIC").group(SearchKind.CONTACT).hits


def test_a_form_without_a_name_or_with_a_bad_address_is_refused_and_nothing_is_written(
    services: Services,
) -> None:
    for draft, field in (
        (replace(WANG, name="  "), "name"),
        (replace(WANG, email="not an address"), "email"),
        (replace(WANG, linkedin="javascript:alert(1)"), "linkedin"),
        (replace(WANG, wechat="x" * 101), "wechat"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.people.save(draft)
        assert field in refused.value.problems
    assert services.people.rows() == []


def test_a_link_says_what_the_person_is_to_each_application(services: Services) -> None:
    people = services.people
    first, second = _application(services), _application(services, "智谱", "Prompt工程师")
    wang = people.save(WANG)
    assert people.link(wang, first, Relation.REFERRER) is None
    assert people.link(wang, second, Relation.INTERVIEWER) is None
    assert people.link(wang, first, Relation.RECRUITER) is Relation.REFERRER  # changed
    links = {link.application_id: link.relation for link in people.links_of_contact(wang)}
    assert links == {first: Relation.RECRUITER, second: Relation.INTERVIEWER}
    (link,) = people.links_of_application(second)
    assert (link.name, link.company_name, link.role_title) == ("王小明", "智谱", "Prompt工程师")
    assert people.rows()[0].applications == 2
    people.unlink(wang, second)
    assert people.links_of_application(second) == []


def test_an_application_in_the_trash_leaves_the_persons_list_and_comes_back(
    services: Services,
) -> None:
    people = services.people
    application = _application(services)
    wang = people.save(WANG)
    people.link(wang, application, Relation.REFERRER)
    services.trash.put("application", [application])
    assert people.links_of_contact(wang) == [] and people.rows()[0].applications == 0
    services.trash.take_out("application", [application])
    assert [link.application_id for link in people.links_of_contact(wang)] == [application]


def test_a_person_in_the_trash_is_hidden_everywhere_then_restored_with_their_links(
    services: Services,
) -> None:
    people = services.people
    application = _application(services)
    wang = people.save(WANG)
    people.link(wang, application, Relation.REFERRER)
    people.set_deleted([wang], True)
    assert people.rows() == [] and people.links_of_application(application) == []
    assert not services.search.search("王小明").group(SearchKind.CONTACT).hits
    (item,) = [item for item in services.trash.items() if item.kind == "contact"]
    assert (item.title, item.detail) == ("王小明", "字节跳动")
    services.trash.restore([item])
    assert [link.relation for link in people.links_of_application(application)] == [
        Relation.REFERRER
    ]


def test_emptying_the_trash_removes_a_person_their_links_and_their_index_entry(
    services: Services,
) -> None:
    people = services.people
    application = _application(services)
    wang = people.save(WANG)
    people.link(wang, application, Relation.PEER)
    people.set_deleted([wang], True)
    services.trash.empty()
    reader = services.database.reader
    assert reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert reader.execute("SELECT count(*) FROM contact_application").fetchone()[0] == 0
    assert reader.execute("SELECT count(*) FROM search_contact").fetchone()[0] == 0


def test_follow_ups_due_are_listed_and_a_follow_up_done_becomes_the_last_contact(
    services: Services,
) -> None:
    people = services.people
    due = people.save(replace(WANG, follow_up_on=date(2026, 12, 4)))
    people.save(replace(WANG, name="李雷", follow_up_on=date(2026, 12, 20)))
    people.save(replace(WANG, name="韩梅梅"))
    assert [f.name for f in services.queries.follow_ups(date(2026, 12, 10))] == ["王小明"]
    before = people.followed_up(due, date(2026, 12, 5))
    assert before.follow_up_on == date(2026, 12, 4)
    after = people.draft(due)
    assert (after.follow_up_on, after.last_contact_on) == (None, date(2026, 12, 5))
    assert services.queries.follow_ups(date(2026, 12, 10)) == []


VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李雷\r\nN:李;雷;;;\r\nORG:智谱AI;算法部\r\n"
    "TITLE:招聘经理\r\nTEL;TYPE=CELL:+86 138 0013 8000\r\n"
    "EMAIL;TYPE=INTERNET:lilei@example.com\r\nNOTE:清华校友\\, 做过标注平台\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=9F=A9;=E6=A2=85=\r\n"
    "=E6=A2=85;;;\r\nTEL;CELL:13900000000\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nTEL;VALUE=uri:tel:+1-555-0100\r\nEND:VCARD\r\n"
)


def test_a_vcf_file_adds_its_people_once_and_is_left_untouched(
    services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.vcf"
    source.write_bytes(VCF.encode("utf-8"))
    before = source.read_bytes()
    result = services.people.import_vcards(source)
    assert (len(result.added), result.left_out, result.already_there) == (2, 1, 0)
    drafts = {services.people.draft(i).name: services.people.draft(i) for i in result.added}
    lilei = drafts["李雷"]
    assert (lilei.company, lilei.role, lilei.phone) == ("智谱AI", "招聘经理", "+86 138 0013 8000")
    assert (lilei.email, lilei.notes) == ("lilei@example.com", "清华校友, 做过标注平台")
    assert drafts["韩梅梅"].phone == "13900000000"
    again = services.people.import_vcards(source)
    assert (again.added, again.already_there) == ((), 2)
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00", b"just some notes, no card", b""],
    ids=["binary", "no card", "empty"],
)
def test_a_file_that_is_not_a_vcard_is_refused_with_a_reason(
    services: Services, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "x.vcf"
    source.write_bytes(content)
    with pytest.raises(FileError) as refused:
        services.people.import_vcards(source)
    assert refused.value.problem is FileProblem.NOT_A_VCARD
    assert services.people.rows() == []


def test_a_vcf_over_5_mb_is_refused_before_it_is_read(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "huge.vcf"
    with open(source, "wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    with pytest.raises(FileError) as refused:
        services.people.import_vcards(source)
    assert refused.value.problem is FileProblem.TOO_LARGE


def test_people_written_to_a_vcf_read_back_the_same(services: Services, tmp_path: Path) -> None:
    people = services.people
    written = replace(
        WANG, linkedin="https://www.linkedin.com/in/wxm", notes="第一行\n第二行; 还有, 逗号" * 9
    )
    wang = people.save(written)
    target = tmp_path / "out" / "王小明.vcf"
    target.parent.mkdir()
    assert people.export_vcards([wang], target) == 1
    data = target.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    people.set_deleted([wang], True)
    (added,) = people.import_vcards(target).added
    assert replace(people.draft(added), id=None) == written


def test_a_vcf_is_never_written_over_the_database(services: Services) -> None:
    wang = services.people.save(WANG)
    before = services.database.path.read_bytes()
    with pytest.raises(FileError) as refused:
        services.people.export_vcards([wang], services.database.path)
    assert refused.value.problem is FileProblem.PROTECTED
    assert services.database.path.read_bytes() == before
