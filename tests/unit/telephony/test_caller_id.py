"""Caller identity parsing: the number that decides which family file the operator opens."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telephony.caller_id import (
    caller_number,
    display_name,
    identify_caller,
    parse_pai,
    privacy_requested,
)
from telephony.protocol import WITHHELD

E164 = "+380501234567"


def invite(*headers: str, body: str = "") -> str:
    lines = [
        "INVITE sip:desk@kuty.example SIP/2.0",
        "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds",
        "Call-ID: a84b4c76e66710@10.0.0.1",
        "CSeq: 314159 INVITE",
        *headers,
        "Content-Type: application/sdp",
        f"Content-Length: {len(body)}",
    ]
    return "\r\n".join(lines) + "\r\n\r\n" + body


# ---------------------------------------------------------------- caller_number


@pytest.mark.parametrize(
    "uri",
    [
        "sip:+380501234567@kuty.example",
        "sips:+380501234567@kuty.example:5061;transport=tls",
        "sip:+380501234567@kuty.example;user=phone",
        '"Name" <sip:+380501234567@host;user=phone>',
        "Name <sip:+380501234567@host;user=phone>;tag=abc",
        "<sip:+380501234567@host>;tag=1928301774",
        "sip:+380501234567@host;tag=1928301774",
        "sip:+38-050-123-45-67@host;user=phone",
        "sip:+380(50)123.45.67@host;user=phone",
        "sip:%2B380501234567@host",
        "sip:+380501234567:secret@host",
        "sip:+380501234567@host?Subject=hi",
        "tel:+380501234567",
        "tel:+380-50-123-4567",
        "tel:+380.50.123.45.67;ext=12",
        "<tel:+380501234567>",
        "tel:0501234567;phone-context=+380",
        "tel:050-123-4567;phone-context=+380",
        "sip:0501234567;phone-context=+380@host;user=phone",
        "SIP:+380501234567@HOST",
    ],
)
def test_uri_forms_give_e164(uri: str) -> None:
    assert caller_number(uri) == E164


@pytest.mark.parametrize(
    "user",
    ["0501234567", "380501234567", "00380501234567", "050 123 45 67", "(050) 123-45-67"],
)
def test_ukrainian_national_formats(user: str) -> None:
    assert caller_number(f"sip:{user}@gw.example;user=phone") == E164


def test_default_region_applies_to_national_numbers() -> None:
    assert caller_number("sip:02079460958@gw", default_region="GB") == "+442079460958"
    assert caller_number("sip:+442079460958@gw") == "+442079460958"


@pytest.mark.parametrize(
    "uri",
    [
        "sip:anonymous@anonymous.invalid",
        "sip:Anonymous@kuty.example",
        "sip:restricted@gw.example",
        "sip:unavailable@gw.example",
        "sip:anonymous@gw.example",
        "sip:+380501234567@anonymous.invalid",
        '"Anonymous" <sip:anonymous@anonymous.invalid>;tag=hyh8',
        '"Anonymous" <sip:+380501234567@gw.example>',
        "Anonymous <sip:c8oqz84zk7z@privacy.org>",
        "sip:@gw.example",
        "<sip:@gw.example>",
        "tel:anonymous",
    ],
)
def test_withheld_variants(uri: str) -> None:
    assert caller_number(uri) == WITHHELD


@pytest.mark.parametrize(
    "uri",
    [
        None,
        "",
        "   ",
        "sip:alice@kuty.example",
        '"Alice" <sip:alice@kuty.example>',
        "sip:100@pbx",  # an extension, not a phone number
        "sip:1@pbx",
        "tel:1234;phone-context=example.com",
        "mailto:someone@example.com",
        "http://+380501234567",
        "+380501234567",  # no scheme: not a URI we were given by pjsua2
        "sip:+999123@host",  # no such country code
        "sip:+3805012345678901234@host",
        "sip:+380501234567\x00@host",
        "<<<>>>",
        'sip:"@;;;',
        "tel:",
        "sip:",
        ":::",
        "sip:💥@host",
        "sip:٠٥٠١٢٣٤٥٦٧@host",  # Arabic-Indic digits: not a dial string we accept
    ],
)
def test_unparseable_is_none(uri: str | None) -> None:
    assert caller_number(uri) is None


def test_huge_input_is_none_and_fast() -> None:
    start = time.monotonic()
    assert caller_number("sip:" + "1" * 1_000_000 + "@host") is None
    assert caller_number('"' + "x" * 1_000_000 + '" <sip:+380501234567@h>') is None
    assert time.monotonic() - start < 2


def test_non_string_input_is_none() -> None:
    assert caller_number(12345) is None  # type: ignore[arg-type]
    assert caller_number(b"sip:+380501234567@h") is None  # type: ignore[arg-type]


# ----------------------------------------------------------------- display_name


@pytest.mark.parametrize(
    ("uri", "name"),
    [
        ('"Олена Петрівна" <sip:+380501234567@h>', "Олена Петрівна"),
        ("Alice <sip:alice@h>", "Alice"),
        ('"say \\"hi\\"" <sip:a@h>', 'say "hi"'),
        ('"back\\\\slash" <sip:a@h>', "back\\slash"),
        ('  "  padded  "   <sip:a@h>', "padded"),
        ('"a,b" <sip:a@h>', "a,b"),
        ('"<not the uri>" <sip:a@h>', "<not the uri>"),
        ('"tab\there\x07bell\x1b[31m" <sip:a@h>', "tab herebell[31m"),
        ('"evil\u202eexe.txt" <sip:a@h>', "evilexe.txt"),
        ("sip:alice@h", ""),
        ("<sip:alice@h>", ""),
        ('"" <sip:alice@h>', ""),
        (None, ""),
        ("", ""),
        ('"unterminated <sip:a@h>', ""),
    ],
)
def test_display_name(uri: str | None, name: str) -> None:
    assert display_name(uri) == name


def test_display_name_is_capped() -> None:
    assert display_name('"' + "я" * 500 + '" <sip:a@h>') == "я" * 128


# -------------------------------------------------------------------- parse_pai


def test_pai_tel() -> None:
    raw = invite("P-Asserted-Identity: <tel:+380501234567>", "From: <sip:x@y>;tag=1")
    assert parse_pai(raw) == "tel:+380501234567"


def test_pai_sip_user_phone_with_display_name() -> None:
    raw = invite('P-Asserted-Identity: "Caller" <sip:+380501234567@gw.example;user=phone>')
    assert parse_pai(raw) == "sip:+380501234567@gw.example;user=phone"


def test_pai_header_name_is_case_insensitive_and_whitespace_tolerant() -> None:
    raw = invite("p-asserted-IDENTITY   :   <sip:+380501234567@gw>")
    assert parse_pai(raw) == "sip:+380501234567@gw"


def test_pai_prefers_tel_among_comma_separated_values() -> None:
    raw = invite('P-Asserted-Identity: "A, B" <sip:alice@kuty.example>, <tel:+380501234567>')
    assert parse_pai(raw) == "tel:+380501234567"


def test_pai_prefers_numeric_sip_among_repeated_headers() -> None:
    raw = invite(
        "P-Asserted-Identity: <sip:alice@kuty.example>",
        "P-Asserted-Identity: <sip:+380501234567@kuty.example;user=phone>",
    )
    assert parse_pai(raw) == "sip:+380501234567@kuty.example;user=phone"


def test_pai_falls_back_to_first_value() -> None:
    raw = invite("P-Asserted-Identity: <sip:alice@kuty.example>, <sip:bob@kuty.example>")
    assert parse_pai(raw) == "sip:alice@kuty.example"


def test_pai_folded_header() -> None:
    raw = invite('P-Asserted-Identity: "Folded Name"\r\n   <tel:+380501234567>')
    assert parse_pai(raw) == "tel:+380501234567"


def test_pai_bare_addr_spec_drops_header_params() -> None:
    assert parse_pai(invite("P-Asserted-Identity: sip:+380501234567@gw;x=1")) == (
        "sip:+380501234567@gw"
    )


def test_pai_in_body_is_ignored() -> None:
    raw = invite("From: <sip:x@y>", body="P-Asserted-Identity: <tel:+380501234567>\r\n")
    assert parse_pai(raw) is None


def test_pai_bare_lf_line_endings() -> None:
    raw = invite("P-Asserted-Identity: <tel:+380501234567>").replace("\r\n", "\n")
    assert parse_pai(raw) == "tel:+380501234567"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "garbage",
        "\x00" * 100,
        "INVITE x\r\nP-Asserted-Identity:\r\n\r\n",
        "INVITE x\r\nP-Asserted-Identity: <>\r\n\r\n",
        "INVITE x\r\nP-Asserted-Identity: " + "<" * 50_000 + "\r\n\r\n",
        "INVITE x\r\nP-Asserted-Identity: <tel:+" + "1" * 1_000_000 + ">\r\n\r\n",
    ],
)
def test_pai_garbage(raw: str) -> None:
    assert parse_pai(raw) is None


def test_pai_non_string() -> None:
    assert parse_pai(None) is None  # type: ignore[arg-type]


# -------------------------------------------------------------- identify_caller


def test_identify_prefers_pai_over_from() -> None:
    raw = invite("P-Asserted-Identity: <tel:+380501234567>", "From: <sip:+380671112233@gw>")
    assert identify_caller(raw, "sip:+380671112233@gw") == (E164, "tel:+380501234567")


def test_identify_pai_unparseable_falls_back_to_remote_uri() -> None:
    raw = invite("P-Asserted-Identity: <sip:alice@kuty.example>")
    assert identify_caller(raw, "sip:0501234567@gw") == (E164, "sip:alice@kuty.example")


def test_identify_from_only() -> None:
    assert identify_caller(invite("From: <sip:x@y>"), '"A" <sip:0501234567@gw>') == (E164, None)


def test_identify_without_invite() -> None:
    assert identify_caller(None, "sip:+380501234567@gw") == (E164, None)
    assert identify_caller(None, None) == (None, None)


def test_identify_reads_from_header_when_remote_uri_missing() -> None:
    raw = invite('f: "X" <sip:+380501234567@gw>;tag=9')
    assert identify_caller(raw, None) == (E164, None)


def test_identify_privacy_id_without_pai_is_withheld() -> None:
    raw = invite("Privacy: id;critical", "From: <sip:+380501234567@gw>")
    assert privacy_requested(raw)
    assert identify_caller(raw, "sip:+380501234567@gw") == (WITHHELD, None)


def test_identify_privacy_id_with_pai_trusts_the_asserted_identity() -> None:
    raw = invite("Privacy: id", "P-Asserted-Identity: <tel:+380501234567>")
    assert identify_caller(raw, "sip:anonymous@anonymous.invalid") == (E164, "tel:+380501234567")


def test_identify_privacy_id_with_non_numeric_pai_is_withheld() -> None:
    raw = invite("Privacy: id", "P-Asserted-Identity: <sip:alice@kuty.example>")
    assert identify_caller(raw, "sip:+380501234567@gw") == (WITHHELD, "sip:alice@kuty.example")


def test_privacy_none_is_not_withheld() -> None:
    raw = invite("Privacy: none")
    assert not privacy_requested(raw)
    assert identify_caller(raw, "sip:+380501234567@gw") == (E164, None)


def test_identify_anonymous_from() -> None:
    raw = invite('From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1')
    assert identify_caller(raw, '"Anonymous" <sip:anonymous@anonymous.invalid>') == (
        WITHHELD,
        None,
    )


def test_identify_huge_and_nul_invite() -> None:
    raw = invite("X-Junk: " + "a" * 1_000_000, "P-Asserted-Identity: <tel:+380501234567>")
    assert identify_caller(raw, None) == (E164, "tel:+380501234567")
    assert identify_caller("\x00" * 1000, "\x00") == (None, None)


# --------------------------------------------------------------------- property

_RESULT = re.compile(r"\+[0-9]{3,19}")
_uri_alphabet = st.sampled_from(list('sipteal:+0123456789-.()@;<>"\\ =,%\x00\r\n\tя'))
_uris = st.one_of(
    st.text(),
    st.text(_uri_alphabet, max_size=60),
    st.builds(lambda u, h: f"sip:{u}@{h}", st.text(_uri_alphabet, max_size=30), st.text()),
    st.builds(lambda d: f"tel:{d}", st.text("+0123456789-.;=phonecxt", max_size=40)),
)


def _acceptable(result: str | None) -> bool:
    return result is None or result == WITHHELD or bool(_RESULT.fullmatch(result))


@settings(max_examples=400, deadline=None)
@given(_uris, st.sampled_from(["UA", "GB", "US", "ZZ", "", "xx"]))
def test_caller_number_never_raises(uri: str, region: str) -> None:
    assert _acceptable(caller_number(uri, region))
    assert isinstance(display_name(uri), str)
    assert len(display_name(uri)) <= 128


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_uri_alphabet | st.characters(), max_size=80), max_size=6), st.text())
def test_identify_caller_never_raises(headers: list[str], remote: str) -> None:
    raw = invite(*(f"P-Asserted-Identity: {h}" for h in headers), "Privacy: " + remote[:5])
    number, pai = identify_caller(raw, remote)
    assert _acceptable(number)
    assert pai is None or isinstance(pai, str)
