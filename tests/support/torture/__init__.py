"""RFC 4475 torture messages, rewritten for loopback (issue 10).

Each `<tag>.sip` follows the RFC 4475 section 3 test with that tag (the RFC names each
message; `basic` is ours, the baseline), with the addresses changed to 127.0.0.x and the
engine as the target, a top Via with `rport` (so answers come back to the test's socket)
and unique Call-ID/branch per run. Responses (unreason, noreason, scalarlg, bigcode,
bcast) carry the engine in their top Via, as if answering a request of its own. Lines end
in LF here and are sent with CRLF; a `wire` file holds the exact bytes instead (CRLF
already, binary body). Files are read as bytes: NUL, BEL, DEL, UTF-8 and the DER body of
mpart01 reach the engine as the RFC writes them. Placeholders: {host} {port} (the
engine), {lport} (the test's socket), {id} (unique per send), {clen} (the real body
length). Changes from the RFC beyond addresses: `wsinv` has no To tag (the RFC's makes it
a request inside a dialog we never had: 481); baddn, badvers, mcl01 and mismatch01 are
INVITEs (the RFC's are OPTIONS) since ringing is what issue 10 is about; top Vias are
UDP where the RFC has TCP/TLS; bcast's broadcast Via is 127.255.255.255.

`may_drop`: no answer is due: pjsip's own parser rejects the message before any module
sees it (logged as "Dropping ... packet" / "Missing required header(s)"), or it is a
response (never answered); either way it must never ring.
`by_guard`: a refused INVITE is refused by telephony.sip_guard, which reports it as a
call_refused event; False where pjsip/pjsua answers by itself (415, a missing Contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Torture:
    tag: str
    valid: bool  # True: must still be served (an INVITE rings)
    codes: tuple[int, ...]  # acceptable final responses; () for "rings" or "no answer"
    may_drop: bool = False  # no answer: pjsip's own parser drops it, or it is a response
    wire: bool = False  # the file holds the exact bytes (CRLF, binary body): no LF->CRLF
    by_guard: bool = True  # a refusal comes from the SIP guard (call_refused event)

    @property
    def is_invite(self) -> bool:
        return self.data().startswith(b"INVITE ")

    @property
    def is_response(self) -> bool:
        return self.data().startswith(b"SIP/2.0 ")

    def data(self) -> bytes:
        """The file's bytes: read as bytes, since some messages carry NUL, other control
        characters, UTF-8 or a binary body that must reach the engine unchanged."""
        return (HERE / f"{self.tag}.sip").read_bytes()

    def render(self, host: str, port: int, lport: int, unique: str) -> bytes:
        data = self.data()
        for key, value in (("{host}", host), ("{port}", str(port)), ("{lport}", str(lport))):
            data = data.replace(key.encode(), value.encode())
        data = data.replace(b"{id}", unique.encode())
        if self.wire:
            head, _, body = data.partition(b"\r\n\r\n")
        else:
            head, _, body = data.partition(b"\n\n")
            head, body = head.replace(b"\n", b"\r\n"), body.replace(b"\n", b"\r\n")
        head = head.replace(b"{clen}", str(len(body)).encode())
        return head + b"\r\n\r\n" + body


CASES: dict[str, Torture] = {
    t.tag: t
    for t in (
        # RFC 4475 3.1.1, valid messages: still served (`basic` is ours, the baseline)
        Torture("basic", valid=True, codes=()),
        Torture("wsinv", valid=True, codes=()),
        Torture("intmeth", valid=True, codes=(501,)),
        Torture("esc01", valid=True, codes=()),
        Torture("escnull", valid=True, codes=(405,)),  # REGISTER: not served
        Torture("esc02", valid=True, codes=(501,)),  # RE%47IST%45R is not REGISTER
        Torture("lwsdisp", valid=True, codes=(200,)),
        Torture("longreq", valid=True, codes=()),
        Torture("dblreq", valid=True, codes=(405,)),  # the INVITE after l: 0 is ignored
        Torture("semiuri", valid=True, codes=(200,)),
        Torture("transports", valid=True, codes=(200,)),
        Torture("mpart01", valid=True, codes=(405,), wire=True),  # MESSAGE: not served
        Torture("unreason", valid=True, codes=(), may_drop=True),  # stray 200
        Torture("noreason", valid=True, codes=(), may_drop=True),  # stray 100
        # RFC 4475 3.1.2, invalid messages
        Torture("badinv01", valid=False, codes=(400,), may_drop=True),
        Torture("clerr", valid=False, codes=(400,)),
        Torture("ncl", valid=False, codes=(400,), may_drop=True),
        Torture("scalar02", valid=False, codes=(400,), may_drop=True),
        Torture("scalarlg", valid=False, codes=(), may_drop=True),  # stray 503
        Torture("quotbal", valid=False, codes=(400,), may_drop=True),
        Torture("ltgtruri", valid=False, codes=(400,), may_drop=True),
        Torture("lwsruri", valid=False, codes=(400,), may_drop=True),
        Torture("lwsstart", valid=False, codes=(400,)),
        Torture("trws", valid=False, codes=(200,)),  # OPTIONS: pjsua answers, no sanity
        Torture("escruri", valid=False, codes=(400,)),
        Torture("baddate", valid=False, codes=(400,)),
        Torture("regbadct", valid=False, codes=(), may_drop=True),
        Torture("badaspec", valid=False, codes=(200,)),  # OPTIONS: pjsua answers, no sanity
        Torture("baddn", valid=False, codes=(400,)),
        Torture("badvers", valid=False, codes=(505,), may_drop=True),
        Torture("mismatch01", valid=False, codes=(400,)),
        Torture("mismatch02", valid=False, codes=(501,)),  # unknown method first
        Torture("bigcode", valid=False, codes=(), may_drop=True),  # stray response
        # RFC 4475 3.2, transaction layer
        Torture("badbranch", valid=True, codes=(200,)),
        # RFC 4475 3.3, application-layer semantics
        Torture("insuf", valid=False, codes=(400,), may_drop=True),
        Torture("unkscm", valid=False, codes=(416,), may_drop=True),
        Torture("novelsc", valid=False, codes=(416,), may_drop=True),
        Torture("unksm2", valid=False, codes=(405,)),  # REGISTER: not served
        Torture("bext01", valid=False, codes=(200,)),  # OPTIONS: pjsua ignores Require
        Torture("invut", valid=False, codes=(415,), by_guard=False),
        Torture("regaut01", valid=False, codes=(405,), may_drop=True),
        Torture("multi01", valid=False, codes=(400,)),
        Torture("mcl01", valid=False, codes=(400,)),
        Torture("bcast", valid=False, codes=(), may_drop=True),  # stray 200
        Torture("zeromf", valid=True, codes=(200,)),  # a UAS answers OPTIONS at 0
        Torture("cparam01", valid=True, codes=(405,)),  # REGISTER: not served
        Torture("cparam02", valid=True, codes=(405,)),
        Torture("regescrt", valid=True, codes=(405,)),
        Torture("sdp01", valid=False, codes=(406,)),
        # RFC 4475 3.4, backward compatibility: RFC 2543 INVITE without Contact, which
        # pjsip's dialog layer refuses by itself
        Torture("inv2543", valid=False, codes=(400,), by_guard=False),
    )
}
