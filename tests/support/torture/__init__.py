"""RFC 4475 torture messages, rewritten for loopback (issue 10).

Each `<tag>.sip` follows the RFC 4475 test with that tag (the RFC names each message), with
the addresses changed to 127.0.0.x and the engine as the target, a top Via with `rport`
(so answers come back to the test's socket) and unique Call-ID/branch per run. Lines end
in LF here and are sent with CRLF. Placeholders: {host} {port} (the engine), {lport} (the
test's socket), {id} (unique per send), {clen} (the real body length). `wsinv` has no To
tag here (the RFC's has one, which makes it a request inside a dialog we never had: 481).

`may_drop`: pjsip's own parser rejects the message before any module sees it (logged as
"Dropping ... packet" / "Missing required header(s)"); it gets no answer, but it must
never ring either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Torture:
    tag: str
    valid: bool  # True: must still be served (an INVITE rings)
    codes: tuple[int, ...]  # acceptable final responses; () for "rings" (valid INVITE)
    may_drop: bool = False  # pjsip's own parser drops it before any module sees it

    @property
    def is_invite(self) -> bool:
        return self.text().startswith("INVITE")

    def text(self) -> str:
        return (HERE / f"{self.tag}.sip").read_text(encoding="utf-8")

    def render(self, host: str, port: int, lport: int, unique: str) -> bytes:
        text = self.text()
        for key, value in (("{host}", host), ("{port}", str(port)), ("{lport}", str(lport))):
            text = text.replace(key, value)
        text = text.replace("{id}", unique)
        head, _, body = text.partition("\n\n")
        body_bytes = body.replace("\n", "\r\n").encode("utf-8")
        head = head.replace("{clen}", str(len(body_bytes)))
        return head.replace("\n", "\r\n").encode("utf-8") + b"\r\n\r\n" + body_bytes


CASES: dict[str, Torture] = {
    t.tag: t
    for t in (
        # RFC 4475 3.1.1, valid messages: still served (`basic` is ours, the baseline)
        Torture("basic", valid=True, codes=()),
        Torture("wsinv", valid=True, codes=()),
        Torture("esc01", valid=True, codes=()),
        Torture("intmeth", valid=True, codes=(501,)),
        # RFC 4475 3.1.2, invalid messages
        Torture("badinv01", valid=False, codes=(400,), may_drop=True),
        Torture("clerr", valid=False, codes=(400,)),
        Torture("ncl", valid=False, codes=(400,), may_drop=True),
        Torture("scalar02", valid=False, codes=(400,), may_drop=True),
        Torture("quotbal", valid=False, codes=(400,), may_drop=True),
        Torture("ltgtruri", valid=False, codes=(400,), may_drop=True),
        Torture("lwsruri", valid=False, codes=(400,), may_drop=True),
        Torture("lwsstart", valid=False, codes=(400,)),
        Torture("escruri", valid=False, codes=(400,)),
        Torture("baddn", valid=False, codes=(400,)),
        Torture("badvers", valid=False, codes=(505,), may_drop=True),
        Torture("mismatch01", valid=False, codes=(400,)),
        # RFC 4475 3.3, application-layer semantics
        Torture("insuf", valid=False, codes=(400,), may_drop=True),
        Torture("unkscm", valid=False, codes=(416,), may_drop=True),
        Torture("multi01", valid=False, codes=(400,)),
        Torture("mcl01", valid=False, codes=(400,)),
    )
}
