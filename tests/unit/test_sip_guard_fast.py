"""The C front of the SIP guard passes only what the Python front would pass (issue 15).

`kuty_sane_invite` (packaging/pjsip/0002-sip-guard-front-fast-path.patch) lets an INVITE
ring without entering Python; a request it passes never meets `sip_sanity`. So its one
rule: when it says "sane", `sip_sanity.check_request` must say None. These tests hold it
to that on the RFC 4475 torture messages and on thousands of mutations of good INVITEs,
and check that the INVITEs real user agents send do take the fast path (otherwise the C
front would be correct and useless).
"""

from __future__ import annotations

import random

import pytest

from telephony import sip_sanity
from telephony.sip_guard import fast_front_available, sane_invite
from tests.support.sip_raw import build_request, sdp
from tests.support.torture import CASES

pytestmark = pytest.mark.skipif(
    not fast_front_available(), reason="needs our pjsua2 build (make bootstrap)"
)


def _sdp_invite(**kw: object) -> bytes:
    return build_request(
        "INVITE", 5070, 5062, extra=["Content-Type: application/sdp"], body=sdp(5062), **kw
    )  # type: ignore[arg-type]


# What user agents on the desk send, by shape: all must take the fast path.
GOOD = {
    "sip_raw": _sdp_invite(),
    "sipp": (
        b"INVITE sip:operator@127.0.0.1:5070 SIP/2.0\r\n"
        b"Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-4521-1-0\r\n"
        b"From: Olena <sip:+380501234567@127.0.0.1:5061>;tag=4521SIPpTag001\r\n"
        b"To: <sip:operator@127.0.0.1:5070>\r\n"
        b"Call-ID: 1-4521@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
        b"Contact: sip:sipp@127.0.0.1:5061\r\nMax-Forwards: 70\r\n"
        b"P-Asserted-Identity: <tel:+380501234567>\r\nSubject: Performance Test\r\n"
        b"Content-Type: application/sdp\r\nContent-Length:   4\r\n\r\nv=0\n"
    ),
    "compact_two_vias_tel": (
        b"INVITE tel:+380441234567 SIP/2.0\r\n"
        b"v: SIP/2.0/UDP 127.0.0.2:5060;branch=z9hG4bKa;received=127.0.0.2, "
        b"SIP/2.0/TCP 127.0.0.3:5060;branch=z9hG4bKb\r\n"
        b"v: SIP/2.0/UDP [::1]:5062;rport;branch=z9hG4bKc\r\n"
        b"f: sip:caller@127.0.0.2;tag=x\r\nt: sip:operator@127.0.0.1\r\n"
        b"i: abc@127.0.0.2\r\nCSeq: 2147483647 INVITE\r\nl: 0\r\n\r\n"
    ),
    "leading_crlf_no_length": b"\r\n\r\n" + _sdp_invite().replace(b"Content-Length: ", b"X-L: "),
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_real_invites_take_the_fast_path(name: str) -> None:
    data = GOOD[name]
    assert sip_sanity.check_request(data) is None, "the sample itself must be sane"
    assert sane_invite(data), f"{name}: a plain INVITE went to Python"


@pytest.mark.parametrize("tag", sorted(CASES))
def test_torture_messages_are_never_passed_wrongly(tag: str) -> None:
    data = CASES[tag].render("127.0.0.1", 5070, 5062, "t1")
    if sane_invite(data):
        assert sip_sanity.check_request(data) is None, f"{tag}: C passed what Python refuses"


def test_the_invalid_torture_invites_all_go_to_python() -> None:
    """Each RFC 4475 INVITE the guard refuses is one the C front hands to Python."""
    refused = [
        tag
        for tag, case in CASES.items()
        if case.is_invite and sip_sanity.check_request(case.render("127.0.0.1", 5070, 5062, "t"))
    ]
    assert len(refused) >= 10
    passed = [t for t in refused if sane_invite(CASES[t].render("127.0.0.1", 5070, 5062, "t"))]
    assert passed == []


# Bytes a mutation puts in: the characters every rule above turns on.
SPICE = [b" ", b"\t", b'"', b"<", b">", b";", b",", b":", b"/", b"?", b"@", b"\r", b"\n",
         b"\x00", b"\xff", b"\xd0\x9e", b"", b"0", b"9", b"99999999999", b"-", b"=", b"x",
         b"SIP/2.1", b"INVITE", b"sip:", b"tel:", b"http:", b"\r\n ", b"\r\n\r\n"]  # fmt: skip
EXTRA_LINES = [b"Accept: text/plain", b"Date: Sat, 13 Nov 2010 23:29:00 PST",
               b"Max-Forwards: 300", b"Call-ID: two", b"Content-Type: a/b",
               b"To: <sip:x@127.0.0.1>", b"Via: SIP/2.0/UDP 127.0.0.1;;branch=x",
               b"Via: SIP/2.0/UDP", b"Via:", b"From: \"unterminated <sip:a@b>",
               b"CSeq: 1 ACK", b"l: 99999", b"Bad Header: x", b": empty"]  # fmt: skip


def _mutations(data: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    lines = data.split(b"\r\n")
    for _ in range(count):
        kind = rng.randrange(4)
        if kind == 0:  # one spot replaced, inserted or cut
            i = rng.randrange(len(data))
            j = min(len(data), i + rng.choice((0, 0, 1, 2, 5)))
            out.append(data[:i] + rng.choice(SPICE) + data[j:])
        elif kind == 1:  # a line dropped or doubled
            k = rng.randrange(len(lines))
            copy = list(lines)
            if rng.random() < 0.5:
                del copy[k]
            else:
                copy.insert(k, lines[k])
            out.append(b"\r\n".join(copy))
        elif kind == 2:  # a suspicious header added in the head
            copy = list(lines)
            copy.insert(rng.randrange(1, 8), rng.choice(EXTRA_LINES))
            out.append(b"\r\n".join(copy))
        else:  # two spots at once
            i, j = sorted(rng.randrange(len(data)) for _ in range(2))
            out.append(data[:i] + rng.choice(SPICE) + data[i:j] + rng.choice(SPICE) + data[j:])
    return out


@pytest.mark.parametrize("name", sorted(GOOD))
def test_mutations_passed_by_c_are_sane_in_python(name: str) -> None:
    rng = random.Random(f"kuty-{name}")  # the same mutations on every run
    fast = slow = 0
    for data in _mutations(GOOD[name], rng, 3000):
        verdict = sip_sanity.check_request(data)
        if sane_invite(data):
            fast += 1
            assert verdict is None, f"C passed {data!r}, Python says {verdict}"
        else:
            slow += 1
    # both sides exercised: many mutations stay harmless, many break a rule
    assert fast > 300 and slow > 300, (fast, slow)
