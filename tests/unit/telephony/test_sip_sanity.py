"""telephony.sip_sanity: which raw requests deserve 400/416/505 instead of ringing (issue 10)."""

from __future__ import annotations

import pytest

from telephony.sip_sanity import (
    SipSyntaxError,
    Verdict,
    check_request,
    header_param,
    parse_request,
    uri_of,
)
from tests.support.torture import CASES

BODY = b"v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"


def invite(
    *headers: str, body: bytes = BODY, first: str = "INVITE sip:op@127.0.0.1 SIP/2.0"
) -> bytes:
    """A sane INVITE, with `headers` replacing (by name) or adding to the defaults."""
    defaults = {
        "Via": "SIP/2.0/UDP 127.0.0.1:5070;rport;branch=z9hG4bK1",
        "Max-Forwards": "70",
        "From": '"Caller" <sip:+380501234567@127.0.0.1>;tag=1',
        "To": "<sip:op@127.0.0.1>",
        "Call-ID": "abc@127.0.0.1",
        "CSeq": "1 INVITE",
        "Content-Type": "application/sdp",
        "Content-Length": str(len(body)),
    }
    extra: list[str] = []
    for header in headers:
        name, _, value = header.partition(":")
        if name in defaults and value:
            defaults[name] = value.strip()
        elif name in defaults:
            del defaults[name]  # "Name" alone: leave the header out
        else:
            extra.append(header)
    lines = [first, *(f"{k}: {v}" for k, v in defaults.items()), *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_a_plain_invite_is_sane() -> None:
    assert check_request(invite()) is None


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        (("Content-Length: 9999",), "Content-Length larger than body"),
        (("Content-Length: -1",), "Malformed Content-Length"),
        (("Call-ID: a@127.0.0.1", "i: b@127.0.0.1"), "Duplicate call-id header"),
        (("From: <sip:a@127.0.0.1>;tag=1", "f: <sip:b@127.0.0.1>;tag=2"), "Duplicate from header"),
        (("To: <sip:op@127.0.0.1>", "t: <sip:x@127.0.0.1>"), "Duplicate to header"),
        (("cseq: 2 INVITE",), "Duplicate cseq header"),
        (("max-forwards: 69",), "Duplicate max-forwards header"),
        (("l: 3",), "Duplicate content-length header"),
        (("CSeq: 1 OPTIONS",), "CSeq method mismatch"),
        (("CSeq: 2147483648 INVITE",), "CSeq out of range"),
        (("CSeq: one INVITE",), "Malformed CSeq"),
        (("Max-Forwards: 300",), "Max-Forwards out of range"),
        (("Max-Forwards: seventy",), "Malformed Max-Forwards"),
        (("Call-ID",), "Missing call-id header"),
        (("From",), "Missing from header"),
        (("To",), "Missing to header"),
        (("Via",), "Missing via header"),
        (("CSeq",), "Missing cseq header"),
        (("Call-ID: two words",), "Malformed Call-ID"),
        (('To: "Mr. J. User <sip:op@127.0.0.1>',), "Unterminated quoted string"),
        (("From: Bell, Alexander <sip:a@127.0.0.1>;tag=43",), "Malformed From: display name"),
        (("To: sip:op @127.0.0.1;tag=1",), "Malformed To: spaces in the URI"),
        (("To: <sip:op@127.0.0.1",), "Malformed To: unclosed '<'"),
        (("To: nobody",), "Malformed To: no URI"),
        (("Via: SIP/2.0/UDP 127.0.0.1;;,;,,",), "Malformed Via: empty parameter"),
        (("Via: HTTP/1.1 127.0.0.1",), "Malformed Via"),
        (("Bad Header Line",), "Malformed header line"),
        (("Date: Fri, 01 Jan 2010 16:00:00 EST",), "Malformed Date"),  # RFC 4475 baddate
        (("Date: 2010-01-01T16:00:00Z",), "Malformed Date"),
    ],
)
def test_insane_invites_get_400(headers: tuple[str, ...], reason: str) -> None:
    assert check_request(invite(*headers)) == Verdict(400, reason)


@pytest.mark.parametrize(
    ("first", "verdict"),
    [
        ("INVITE  sip:op@127.0.0.1 SIP/2.0", Verdict(400, "Malformed Request-Line")),
        ("INVITE sip:op@127.0.0.1 SIP/2.0 ", Verdict(400, "Malformed Request-Line")),
        ("INVITE sip:op@127.0.0.1; lr SIP/2.0", Verdict(400, "Malformed Request-Line")),
        ("INVITE <sip:op@127.0.0.1> SIP/2.0", Verdict(400, "Malformed Request-URI")),
        ("INVITE op@127.0.0.1 SIP/2.0", Verdict(400, "Malformed Request-URI")),
        (
            "INVITE sip:op@127.0.0.1?Route=%3Csip:x%3E SIP/2.0",
            Verdict(400, "Headers in Request-URI"),
        ),
        ("INVITE mailto:op@127.0.0.1 SIP/2.0", Verdict(416, "Unsupported URI Scheme")),
        ("INVITE sip:op@127.0.0.1 SIP/7.0", Verdict(505, "Version Not Supported")),
        ("INVITE sip:op@127.0.0.1 HTTP/1.1", Verdict(400, "Malformed SIP version")),
        ("INV(ITE sip:op@127.0.0.1 SIP/2.0", Verdict(400, "Malformed method")),
    ],
)
def test_request_line(first: str, verdict: Verdict) -> None:
    assert check_request(invite(first=first)) == verdict


@pytest.mark.parametrize(
    "headers",
    [
        ("Content-Length: 10",),  # a datagram may carry more than Content-Length: ignored
        ("Content-Length",),  # UDP without Content-Length: the rest of the datagram
        ("From: sip:caller@127.0.0.1;tag=1",),  # addr-spec without <>
        ('From: "J \\"R\\"" <sip:jr@127.0.0.1>;tag=1',),  # escaped quotes in a display name
        ("From: Token Words <sip:tw@127.0.0.1>;tag=1",),  # *(token LWS) display name
        ("Max-Forwards: 0068",),
        ("Max-Forwards",),  # RFC 2543 peers omit it
        ("CSeq: 0009 INVITE",),
        ("Via: SIP  /  2.0 / UDP 127.0.0.1:5070 ; branch = z9hG4bK1, SIP/2.0/TCP 127.0.0.2",),
        ("X-Odd: ;;,,;;,;",),  # unknown headers are not ours to judge
        ("Date: Sat, 13 Nov 2010 23:29:00 GMT",),  # RFC 3261 20.17
        ("Accept: application/sdp",),
        ("Accept: text/html;q=0.5, Application/SDP ;level=1",),
        ("Accept: application/*",),
        ("Accept: */*;q=0.1",),
    ],
)
def test_lenient_where_the_rfc_is(headers: tuple[str, ...]) -> None:
    assert check_request(invite(*headers)) is None


@pytest.mark.parametrize(
    "accept",
    [
        "Accept: text/nobodyKnowsThis",  # RFC 4475 sdp01
        "Accept: ",  # RFC 3261 20.1: empty means no body is acceptable
        "Accept: application/sdp;q=0, text/plain",  # q=0: explicitly refused
        "Accept: application/sdp-not",
    ],
)
def test_invite_whose_accept_rules_out_sdp_gets_406(accept: str) -> None:
    """Our answer must carry SDP; ringing a caller that cannot take it would only end in
    a failed call when the operator picks up."""
    assert check_request(invite(accept)) == Verdict(406, "Not Acceptable")


def test_accept_is_judged_for_invite_only() -> None:
    """OPTIONS' Accept asks for the capability body format: not a reason to refuse."""
    data = invite(
        "Accept: text/nobodyKnowsThis", "CSeq: 1 OPTIONS", first="OPTIONS sip:op@127.0.0.1 SIP/2.0"
    )
    assert check_request(data) is None


def test_folded_and_compact_headers() -> None:
    data = (
        b"INVITE sip:op@127.0.0.1 SIP/2.0\r\n"
        b"v: SIP/2.0/UDP\r\n 127.0.0.1;branch=z9hG4bK2\r\n"
        b"f: <sip:a@127.0.0.1>\r\n  ;tag=7\r\n"
        b"t: <sip:op@127.0.0.1>\r\ni: x@y\r\ncseq: 3\r\n\tINVITE\r\nl: 0\r\n\r\n"
    )
    assert check_request(data) is None
    req = parse_request(data)
    assert req.first("cseq") == "3 INVITE"
    assert header_param(req.first("from") or "", "tag") == "7"
    assert req.to_tag is None


def test_leading_crlf_and_bare_lf_are_tolerated() -> None:
    data = b"\r\n\r\n" + invite(body=b"").replace(b"\r\n", b"\n")
    assert check_request(data) is None


def test_to_tag_and_uri() -> None:
    req = parse_request(invite('To: "Op; x" <sip:op@127.0.0.1;transport=udp>;tag=abc'))
    assert req.to_tag == "abc"
    assert uri_of(req.first("to") or "") == "sip:op@127.0.0.1;transport=udp"
    assert uri_of("sip:a@127.0.0.1;tag=1") == "sip:a@127.0.0.1"
    assert parse_request(invite("To: sip:op@127.0.0.1;tag=q")).to_tag == "q"


def test_empty_request() -> None:
    assert check_request(b"") == Verdict(400, "Empty request")
    with pytest.raises(SipSyntaxError):
        parse_request(b"\r\n\r\n")


@pytest.mark.parametrize("tag", [t for t, c in CASES.items() if c.is_invite])
def test_rfc4475_invites(tag: str) -> None:
    """The torture INVITEs of tests/support/torture: invalid ones refused with the code
    the integration test expects from the engine, valid ones let through, and those that
    pjsip refuses by itself (415, RFC 2543 without Contact) left to pjsip."""
    case = CASES[tag]
    verdict = check_request(case.render("127.0.0.1", 5060, 5070, "u1"))
    if case.valid or not case.by_guard:
        assert verdict is None, verdict
    else:
        assert verdict is not None and verdict.code in case.codes, verdict
