"""vCard files as phones, Outlook, Apple and Google Contacts write them, and as Pivot writes
them: every text a person can hold comes back as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.people import ContactDraft
from tracker.domain.vcard import read_vcards, write_vcards

_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    max_size=120,
).map(str.strip)


@given(name=_TEXT.filter(bool), company=_TEXT, role=_TEXT, wechat=_TEXT, notes=_TEXT, how_met=_TEXT)
def test_whatever_a_person_holds_comes_back_from_pivots_own_file(
    name: str, company: str, role: str, wechat: str, notes: str, how_met: str
) -> None:
    person = ContactDraft(
        name=name, company=company, role=role, wechat=wechat, notes=notes, how_met=how_met
    )
    text = write_vcards([person, person])
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    reading = read_vcards(text)
    assert reading.people == [person, person] and reading.nameless == 0


def test_an_android_21_card_in_quoted_printable_with_a_photo_is_read() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E5=B0=8F=E6=98=8E;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B=E5=B0=8F=E6=98=8E\r\n"
        "TEL;CELL;PREF:138-0013-8000\r\nTEL;HOME:010-12345678\r\n"
        "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
        " /2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAx\r\n"
        "\r\nEND:VCARD\r\n"
    )
    (person,) = read_vcards(card).people
    assert (person.name, person.phone) == ("王小明", "138-0013-8000")


def test_apple_and_google_cards_give_their_wechat_linkedin_and_preferred_address() -> None:
    card = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Chen;Mei;;;\nitem1.EMAIL;type=INTERNET:old@example.com\n"
        "EMAIL;type=INTERNET;type=pref:mei@example.com\n"
        "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/meichen\n"
        "IMPP;X-SERVICE-TYPE=WeChat:x-apple:wechat:meichen_wx\nORG:Moonshot AI;\n"
        "TITLE:Recruiter\nEND:VCARD\n"
    )
    (person,) = read_vcards(card).people
    assert (person.name, person.email) == ("Mei Chen", "mei@example.com")
    assert person.linkedin == "https://www.linkedin.com/in/meichen"
    assert (person.wechat, person.company, person.role) == (
        "meichen_wx",
        "Moonshot AI",
        "Recruiter",
    )


def test_a_card_without_any_name_is_counted_and_not_read() -> None:
    reading = read_vcards("BEGIN:VCARD\r\nVERSION:4.0\r\nTEL:+1-555-0100\r\nEND:VCARD\r\n")
    assert (reading.people, reading.nameless) == ([], 1)
