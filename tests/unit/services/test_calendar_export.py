"""Interview rounds exported as an iCalendar file: one event per scheduled round, stable UIDs,
growing sequences, times in the round's own zone, lines folded without breaking characters,
and a file written whole or not at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tracker.db.database import Database
from tracker.domain.enums import InterviewKind, InterviewStatus, RoleCategory
from tracker.domain.errors import FileError, FileProblem, NotFoundError
from tracker.domain.interviews import RoundDraft, RoundRead
from tracker.domain.records import ApplicationCreate
from tracker.services import interviews as interviews_module
from tracker.services.applications import ApplicationService
from tracker.services.calendar_export import (
    CalendarWords,
    InterviewCalendar,
    calendar_file_name,
)
from tracker.services.interviews import InterviewService

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
LONG_NOTES = (
    "复习 RLHF 的完整流程：监督微调、奖励模型训练、近端策略优化；准备两个标注质量评估的例子，"
    "说明如何发现并纠正标注员之间的不一致，以及如何设计多模态数据的质检规则。"
)


@pytest.fixture
def applications(database: Database) -> ApplicationService:
    return ApplicationService(database)


@pytest.fixture
def interviews(database: Database) -> InterviewService:
    return InterviewService(database)


@pytest.fixture
def calendar(database: Database) -> InterviewCalendar:
    return InterviewCalendar(database)


@pytest.fixture
def bytedance(applications: ApplicationService) -> int:
    return applications.create(
        ApplicationCreate(
            company_name="字节跳动",
            role_title="AI训练师",
            role_category=RoleCategory.AI_TRAINER,
        )
    ).id


def schedule(
    interviews: InterviewService, application_id: int, round_name: str = "二面", **changes: Any
) -> RoundRead:
    values: dict[str, Any] = {
        "application_id": application_id,
        "round_name": round_name,
        "kind": InterviewKind.VIDEO,
        "scheduled_at": datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI),
        "duration_minutes": 45,
        "meeting_link": "https://meeting.example.com/abc",
        "interviewers": "算法负责人 + HR",
        "prep_notes": LONG_NOTES,
    }
    values.update(changes)
    return interviews.save_round(RoundDraft(**values))


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events(data: bytes) -> list[Any]:
    return list(parse(data).walk("VEVENT"))


def by_uid(data: bytes) -> dict[str, Any]:
    return {str(event["UID"]): event for event in events(data)}


def test_one_event_per_scheduled_round_and_none_for_unscheduled_or_deleted(
    calendar: InterviewCalendar,
    interviews: InterviewService,
    applications: ApplicationService,
    bytedance: int,
) -> None:
    first = schedule(interviews, bytedance, "一面")
    second = schedule(
        interviews, bytedance, "二面", scheduled_at=datetime(2026, 12, 2, 10, 0, tzinfo=SHANGHAI)
    )
    schedule(interviews, bytedance, "HR面", scheduled_at=None)
    trashed = schedule(interviews, bytedance, "三面")
    interviews.set_round_deleted(trashed.id, True)
    gone = applications.create(
        ApplicationCreate(company_name="智谱AI", role_title="Prompt工程师")
    ).id
    schedule(interviews, gone, "一面")
    applications.delete([gone])

    data = calendar.calendar_bytes(now=NOW)

    assert sorted(by_uid(data)) == sorted([f"{first.uuid}@pivot", f"{second.uuid}@pivot"])
    assert [str(event["SUMMARY"]) for event in events(data)] == [
        "【一面】字节跳动 – AI训练师",
        "【二面】字节跳动 – AI训练师",
    ]


def test_the_calendar_header_and_the_event_fields(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    saved = schedule(interviews, bytedance, location="北京市海淀区 字节跳动大钟寺 5 层")
    data = calendar.calendar_bytes(now=NOW)
    parsed = parse(data)
    assert str(parsed["PRODID"]) == "-//Pivot//Pivot job-hunt tracker//EN"
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["METHOD"]) == "PUBLISH"
    assert str(parsed["CALSCALE"]) == "GREGORIAN"

    [event] = events(data)
    assert str(event["UID"]) == f"{saved.uuid}@pivot"
    assert event.decoded("DTSTAMP") == NOW
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert event.decoded("DTEND") - start == timedelta(minutes=45)
    assert str(event["LOCATION"]) == "北京市海淀区 字节跳动大钟寺 5 层"
    assert str(event["URL"]) == "https://meeting.example.com/abc"
    description = str(event["DESCRIPTION"])
    assert "Interviewers: 算法负责人 + HR" in description
    assert "Meeting link: https://meeting.example.com/abc" in description
    assert "Preparation:\n" + LONG_NOTES in description
    assert str(event["STATUS"]) == "CONFIRMED"
    assert b"DTSTART;TZID=Asia/Shanghai:20261128T140000" in data


def test_dtstart_is_in_the_rounds_zone_and_each_zone_has_its_vtimezone(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    schedule(interviews, bytedance, "一面")
    schedule(
        interviews,
        bytedance,
        "交叉面",
        scheduled_at=datetime(2026, 12, 1, 9, 0, tzinfo=NEW_YORK),
        time_zone="America/New_York",
    )
    data = calendar.calendar_bytes(now=NOW)
    parsed = parse(data)
    assert sorted(str(zone["TZID"]) for zone in parsed.walk("VTIMEZONE")) == [
        "America/New_York",
        "Asia/Shanghai",
    ]
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in parsed.walk("VEVENT")}
    assert starts["【交叉面】字节跳动 – AI训练师"] == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)
    assert b"DTSTART;TZID=America/New_York:20261201T090000" in data
    assert b"DTSTART;TZID=Asia/Shanghai:20261128T140000" in data


def test_the_uid_is_stable_and_the_sequence_grows_after_an_edit(
    calendar: InterviewCalendar,
    interviews: InterviewService,
    bytedance: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved = schedule(interviews, bytedance)
    before = by_uid(calendar.calendar_bytes(now=NOW))
    assert by_uid(calendar.calendar_bytes(now=NOW)).keys() == before.keys()

    later = datetime.now(UTC) + timedelta(hours=2)
    monkeypatch.setattr(interviews_module, "utc_now", lambda: later)  # edited two hours later
    schedule(
        interviews,
        bytedance,
        id=saved.id,
        scheduled_at=datetime(2026, 11, 29, 16, 0, tzinfo=SHANGHAI),
    )
    after = by_uid(calendar.calendar_bytes(now=NOW))

    assert after.keys() == before.keys()
    [uid] = after
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert after[uid].decoded("DTSTART") == datetime(2026, 11, 29, 16, 0, tzinfo=SHANGHAI)


def test_a_cancelled_round_is_marked_cancelled(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    schedule(interviews, bytedance, status=InterviewStatus.CANCELLED)
    [event] = events(calendar.calendar_bytes(now=NOW))
    assert str(event["STATUS"]) == "CANCELLED"


def test_every_event_has_two_display_alarms(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    schedule(interviews, bytedance)
    [event] = events(calendar.calendar_bytes(now=NOW))
    alarms = list(event.walk("VALARM"))
    assert sorted(alarm.decoded("TRIGGER") for alarm in alarms) == [
        timedelta(days=-1),
        timedelta(hours=-1),
    ]
    for alarm in alarms:
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == "Interview: 【二面】字节跳动 – AI训练师"


def test_lines_are_folded_at_75_octets_without_splitting_characters(
    calendar: InterviewCalendar, interviews: InterviewService, applications: ApplicationService
) -> None:
    long_role = "多模态大模型数据标注与质量评估方向的资深AI训练师（语音、图像、视频）"
    application = applications.create(
        ApplicationCreate(company_name="北京智谱华章科技有限公司", role_title=long_role)
    ).id
    schedule(
        interviews, application, "交叉面", location="北京市海淀区中关村东路一号院清华科技园" * 3
    )
    data = calendar.calendar_bytes(now=NOW)

    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line and b"\r" not in line for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long lines were folded
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a character in two

    [event] = events(data)
    assert str(event["SUMMARY"]) == f"【交叉面】北京智谱华章科技有限公司 – {long_role}"
    assert str(event["DESCRIPTION"]).endswith(LONG_NOTES)


def test_translated_words_are_written(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    schedule(interviews, bytedance)
    words = CalendarWords(
        calendar_name="面试",
        interviewers="面试官",
        meeting_link="会议链接",
        preparation="准备",
        reminder="面试：{summary}",
    )
    parsed = parse(calendar.calendar_bytes(words=words, now=NOW))
    [event] = parsed.walk("VEVENT")
    assert str(parsed["X-WR-CALNAME"]) == "面试"
    assert "面试官: 算法负责人 + HR" in str(event["DESCRIPTION"])
    assert {str(a["DESCRIPTION"]) for a in event.walk("VALARM")} == {
        "面试：【二面】字节跳动 – AI训练师"
    }


def test_a_link_without_a_place_is_the_location_and_a_missing_duration_is_an_hour(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int
) -> None:
    schedule(interviews, bytedance, duration_minutes=None, interviewers="", prep_notes="")
    [event] = events(calendar.calendar_bytes(now=NOW))
    assert str(event["LOCATION"]) == "https://meeting.example.com/abc"
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=1)
    assert str(event["DESCRIPTION"]) == "Meeting link: https://meeting.example.com/abc"


def test_only_the_given_rounds_are_written(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int, tmp_path: Path
) -> None:
    chosen = schedule(interviews, bytedance, "一面")
    schedule(interviews, bytedance, "二面")
    target = tmp_path / "one.ics"
    assert calendar.write(target, [chosen.id]) == 1
    assert list(by_uid(target.read_bytes())) == [f"{chosen.uuid}@pivot"]
    assert calendar.write(tmp_path / "all.ics") == 2


def test_a_round_in_the_trash_cannot_be_asked_for(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int, tmp_path: Path
) -> None:
    trashed = schedule(interviews, bytedance)
    interviews.set_round_deleted(trashed.id, True)
    with pytest.raises(NotFoundError):
        calendar.write(tmp_path / "x.ics", [trashed.id])
    assert not (tmp_path / "x.ics").exists()


def test_writing_into_a_missing_folder_raises_file_error(
    calendar: InterviewCalendar, interviews: InterviewService, bytedance: int, tmp_path: Path
) -> None:
    schedule(interviews, bytedance)
    target = tmp_path / "missing" / "interviews.ics"
    with pytest.raises(FileError) as caught:
        calendar.write(target)
    assert caught.value.problem is FileProblem.NOT_FOUND
    assert caught.value.path == str(target)
    assert not target.parent.exists()


def test_a_failed_write_leaves_the_existing_file_unchanged(
    calendar: InterviewCalendar,
    interviews: InterviewService,
    bytedance: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    schedule(interviews, bytedance)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "interviews.ics"
    target.write_bytes(b"BEGIN:VCALENDAR\r\nsomething of the user's\r\n")
    before = target.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tracker.db.atomic_file.os.replace", disk_full)
    with pytest.raises(FileError) as caught:
        calendar.write(target)
    assert caught.value.problem is FileProblem.DISK_FULL
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["interviews.ics"]  # no half file left


def test_the_suggested_file_name_is_safe() -> None:
    assert calendar_file_name("字节跳动", "二面") == "interview-字节跳动-二面.ics"
    assert calendar_file_name("A/B: C*D", "HR 面?") == "interview-A-B-C-D-HR-面.ics"
    assert calendar_file_name("", "  ") == "interview.ics"
