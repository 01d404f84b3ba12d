"""The listen grant in the INVITE (issue 13): parsed strictly, since anyone can send one."""

from __future__ import annotations

import pytest

from telephony.listening import ListenGrant, grant_in_invite

TOKEN = "Abc_def-0123456789xyz"


def test_round_trip_through_an_invite() -> None:
    grant = ListenGrant("7f1c2d9e-0000-4000-8000-000000000001", "grant-1", TOKEN)
    raw = ("INVITE sip:operator@127.0.0.1:5071 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1\r\n"
           f"x-kuty-listen:  {grant.header_value()}\r\nContent-Length: 0\r\n\r\n")  # fmt: skip
    value = grant_in_invite(raw)
    assert value is not None and ListenGrant.parse(value) == grant


def test_the_header_is_not_taken_from_the_body() -> None:
    raw = f"INVITE sip:a SIP/2.0\r\nVia: x\r\n\r\nX-Kuty-Listen: c;grant=g;token={TOKEN}\r\n"
    assert grant_in_invite(raw) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "call;grant=g",
        f"call;grant=g;token={TOKEN};extra=1",
        "call;grant=g;token=short",
        f"call id;grant=g;token={TOKEN}",
        f"call;grant=g<script>;token={TOKEN}",
        f"call;token={TOKEN};nogrant=g",
        f"{'c' * 65};grant=g;token={TOKEN}",
    ],
)
def test_malformed_grants_are_none(value: str) -> None:
    assert ListenGrant.parse(value) is None
