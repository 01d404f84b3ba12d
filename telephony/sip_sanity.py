"""Sanity checks on raw SIP requests, before the engine lets an INVITE ring (issue 10).

pjsip's parser is lenient: of the RFC 4475 torture messages it accepted INVITEs whose
Content-Length is larger than the datagram, or with two Call-IDs/Froms/Tos/CSeqs, and the
engine rang, answered and recorded them with no caller number. Like Kamailio's `sanity`
module, this looks at the bytes as received and says which status (400, 416, 505) a
request deserves, or None when it is fine; and 406 for an INVITE whose Accept rules out
the SDP its answer needs.

Pure Python, no pjsua2: `telephony.sip_guard` feeds it the packet pjsip received, and the
unit tests feed it the torture messages directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COMPACT: dict[str, str] = {
    "i": "call-id",
    "f": "from",
    "t": "to",
    "v": "via",
    "l": "content-length",
    "c": "content-type",
    "m": "contact",
    "k": "supported",
    "s": "subject",
    "e": "content-encoding",
    "o": "event",
    "r": "refer-to",
    "b": "referred-by",
    "u": "allow-events",
    "x": "session-expires",
    "y": "identity",
    "a": "accept-contact",
    "j": "reject-contact",
    "d": "request-disposition",
}
"""RFC 3261 7.3.3 and later RFCs: compact header names and their long forms."""

REQUIRED = ("via", "from", "to", "call-id", "cseq")
"""RFC 3261 8.1.1: a request without one of these cannot be answered sensibly."""

SINGLE = ("call-id", "from", "to", "cseq", "max-forwards", "content-length", "content-type")
"""Headers that may appear only once (RFC 3261 7.3.1: no comma-list grammar)."""

URI_SCHEMES = ("sip", "sips", "tel")

_TOKEN = r"[A-Za-z0-9\-.!%*_+`'~]+"
_TOKEN_RE = re.compile(_TOKEN)
_VERSION_RE = re.compile(r"SIP/(\d+)\.(\d+)", re.IGNORECASE)
_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+\-.]*):")
_CSEQ_RE = re.compile(r"(\d+)\s+(" + _TOKEN + r")")
_VIA_RE = re.compile(r"SIP\s*/\s*2\.0\s*/\s*(" + _TOKEN + r")\s+(\S.*)", re.IGNORECASE | re.DOTALL)
_HEADER_NAME_RE = re.compile(_TOKEN)
_DATE_RE = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT"
)
"""RFC 3261 25.1 SIP-date = rfc1123-date: the zone is always GMT (RFC 4475 baddate)."""
_Q_ZERO_RE = re.compile(r"q\s*=\s*0(\.0{0,3})?")
SDP_RANGES = frozenset({"application/sdp", "application/*", "*/*"})
"""Accept media ranges that admit the SDP our answer to an INVITE must carry."""
_WS = " \t"


class SipSyntaxError(ValueError):
    """The request is not valid SIP; `code` is the status it deserves."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Verdict:
    """What to answer instead of processing the request."""

    code: int
    reason: str


@dataclass(frozen=True)
class SipRequest:
    """A request split into its parts; header names are lower-case long forms."""

    method: str
    uri: str
    version: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def values(self, name: str) -> list[str]:
        """Every value of header `name` (long form, any case), in order."""
        index = self.__dict__.get("_index")
        if index is None:  # built once: the checks ask for a dozen headers (issue 15)
            index = {}
            for key, value in self.headers:
                index.setdefault(key, []).append(value)
            object.__setattr__(self, "_index", index)
        return list(index.get(name.lower(), ()))

    def first(self, name: str) -> str | None:
        found = self.values(name)
        return found[0] if found else None

    @property
    def to_tag(self) -> str | None:
        """The To tag: present means the request claims to belong to a dialog."""
        to = self.first("to")
        return None if to is None else header_param(to, "tag")


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    data = data.lstrip(b"\r\n")  # RFC 3261 7.5: ignore CRLFs before the start line
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = data.partition(sep)
        if found:
            return head, body
    return data, b""


def split_body(data: bytes) -> bytes:
    """The body of a request as received (after the first empty line)."""
    return _split_head(data)[1]


def _unfold(head: str) -> list[str]:
    lines: list[str] = []
    for line in head.replace("\r\n", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip(_WS)  # folded continuation (RFC 3261 7.3.1)
        else:
            lines.append(line)
    return lines


def parse_request(data: bytes) -> SipRequest:
    """Split a request; raises SipSyntaxError when its request line or headers are broken.

    Decoding is latin-1 so that any byte survives (UTF-8 text in display names is not
    this module's concern).
    """
    head_bytes, body = _split_head(data)
    lines = _unfold(head_bytes.decode("latin-1"))
    if not lines or not lines[0]:
        raise SipSyntaxError(400, "Empty request")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not all(parts):
        # RFC 3261 25.1: Request-Line = Method SP Request-URI SP SIP-Version CRLF, one SP
        # each (RFC 4475 lwsruri, lwsstart, trws)
        raise SipSyntaxError(400, "Malformed Request-Line")
    method, uri, version = parts
    if not _TOKEN_RE.fullmatch(method):
        raise SipSyntaxError(400, "Malformed method")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        name = name.rstrip(_WS)
        if not colon or not _HEADER_NAME_RE.fullmatch(name):
            raise SipSyntaxError(400, "Malformed header line")
        key = name.lower()
        headers.append((COMPACT.get(key, key), value.strip(_WS)))
    return SipRequest(method, uri, version, tuple(headers), body)


def _skip_quoted(text: str, start: int) -> int:
    """Index just after the quoted string opening at `start`; -1 if never closed."""
    i = start + 1
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == '"':
            return i + 1
        i += 1
    return -1


def split_outside_quotes(text: str, sep: str) -> list[str]:
    """`text` split at `sep` where it is neither quoted nor inside <...>."""
    if '"' not in text and "<" not in text:
        return text.split(sep)  # the common case, without a Python loop per character
    parts: list[str] = []
    depth = 0
    start = i = 0
    while i < len(text):
        char = text[i]
        if char == '"':
            end = _skip_quoted(text, i)
            if end < 0:
                raise SipSyntaxError(400, "Unterminated quoted string")
            i = end
            continue
        if char == "<":
            depth += 1
        elif char == ">":
            depth = max(0, depth - 1)
        elif char == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


def header_param(value: str, name: str) -> str | None:
    """A header parameter (`;tag=...`) of a name-addr/addr-spec header, or None."""
    try:
        rest = _name_addr_params(value)
    except SipSyntaxError:
        return None
    for param in rest:
        key, _, val = param.partition("=")
        if key.strip(_WS).lower() == name:
            return val.strip(_WS)
    return None


def _name_addr_params(value: str) -> list[str]:
    """The header parameters after the URI of a From/To/Contact-like value."""
    i = 0
    if '"' not in value:  # no quoted display name: no loop per character (issue 15)
        i = value.find("<")
        i = len(value) if i < 0 else i
    while i < len(value) and value[i] != "<":
        if value[i] == '"':
            end = _skip_quoted(value, i)
            if end < 0:
                raise SipSyntaxError(400, "Unterminated quoted string")
            i = end
            continue
        i += 1
    if i < len(value):  # name-addr: params follow '>'
        close = value.find(">", i)
        if close < 0:
            raise SipSyntaxError(400, "Unclosed '<'")
        tail = value[close + 1 :]
    else:  # addr-spec: its own ';' start the header params (RFC 3261 20.10)
        tail = value.partition(";")[2]
        tail = ";" + tail if tail else ""
    params = split_outside_quotes(tail, ";")
    if params[0].strip(_WS):
        raise SipSyntaxError(400, "Junk after the URI")
    return params[1:]


def uri_of(value: str) -> str:
    """The URI of a name-addr (`"x" <sip:a@b>;tag=1`) or addr-spec (`sip:a@b;tag=1`)."""
    check_name_addr(value, "header")
    if "<" in _unquoted(value):
        start = _unquoted(value).index("<")
        return value[start + 1 : value.index(">", start)]
    return value.partition(";")[0].strip(_WS)


def _unquoted(value: str) -> str:
    """`value` with quoted strings blanked out (same length), for finding delimiters."""
    if '"' not in value:
        return value
    out = list(value)
    i = 0
    while i < len(value):
        if value[i] == '"':
            end = _skip_quoted(value, i)
            if end < 0:
                raise SipSyntaxError(400, "Unterminated quoted string")
            for j in range(i, end):
                out[j] = "_"
            i = end
            continue
        i += 1
    return "".join(out)


def check_name_addr(value: str, what: str) -> None:
    """From/To: quoted or token display name, a URI with a scheme, params after it."""
    plain = _unquoted(value)  # raises on an unterminated quote (RFC 4475 quotbal)
    if "<" in plain:
        start = plain.index("<")
        end = plain.find(">", start)
        if end < 0:
            raise SipSyntaxError(400, f"Malformed {what}: unclosed '<'")
        display = value[:start].strip(_WS)
        # RFC 3261 25.1: display-name = *(token LWS) / quoted-string (RFC 4475 baddn)
        if display.startswith('"'):
            if _skip_quoted(display, 0) != len(display):
                raise SipSyntaxError(400, f"Malformed {what}: display name")
        elif not all(_TOKEN_RE.fullmatch(word) for word in display.split()):
            raise SipSyntaxError(400, f"Malformed {what}: display name")
        uri = value[start + 1 : end].strip(_WS)
    else:
        uri = value.partition(";")[0].strip(_WS)
        if any(c in uri for c in _WS):  # RFC 4475 badaspec: spaces inside an addr-spec
            raise SipSyntaxError(400, f"Malformed {what}: spaces in the URI")
    if not _SCHEME_RE.match(uri):
        raise SipSyntaxError(400, f"Malformed {what}: no URI")
    _name_addr_params(value)


def _check_via(values: list[str]) -> None:
    for value in values:
        for hop in split_outside_quotes(value, ","):
            match = _VIA_RE.fullmatch(hop.strip(_WS))
            if match is None:
                raise SipSyntaxError(400, "Malformed Via")
            sent_by, *params = split_outside_quotes(match.group(2), ";")
            if not sent_by.strip(_WS) or any(not p.strip(_WS) for p in params):
                raise SipSyntaxError(400, "Malformed Via: empty parameter")  # badinv01


def _single_number(values: list[str], what: str, limit: int) -> int | None:
    if not values:
        return None
    text = values[0].strip(_WS)
    if not text.isdigit() or not text.isascii():
        raise SipSyntaxError(400, f"Malformed {what}")  # RFC 4475 ncl: -999
    number = int(text)
    if number > limit:
        raise SipSyntaxError(400, f"{what} out of range")  # RFC 4475 scalar02
    return number


def check_request(data: bytes, *, datagram: bool = True) -> Verdict | None:
    """The response `data` deserves instead of being processed, or None when it is sane.

    `datagram`: the bytes are one UDP datagram, so a body shorter than Content-Length was
    truncated (on a stream pjsip reads exactly Content-Length bytes).
    """
    try:
        _check(parse_request(data), datagram)
    except SipSyntaxError as exc:
        return Verdict(exc.code, exc.reason)
    return None


def _check(req: SipRequest, datagram: bool) -> None:
    version = _VERSION_RE.fullmatch(req.version)
    if version is None:
        raise SipSyntaxError(400, "Malformed SIP version")
    if version.groups() != ("2", "0"):
        raise SipSyntaxError(505, "Version Not Supported")  # RFC 4475 badvers
    uri = req.uri
    if "<" in uri or ">" in uri:
        raise SipSyntaxError(400, "Malformed Request-URI")  # RFC 4475 ltgtruri
    scheme = _SCHEME_RE.match(uri)
    if scheme is None:
        raise SipSyntaxError(400, "Malformed Request-URI")
    if scheme.group(1).lower() not in URI_SCHEMES:
        raise SipSyntaxError(416, "Unsupported URI Scheme")
    if scheme.group(1).lower() in ("sip", "sips") and "?" in uri.rpartition("@")[2]:
        # RFC 3261 19.1.1: headers (after the host; a user part may hold '?') are not
        # allowed in a Request-URI (RFC 4475 escruri)
        raise SipSyntaxError(400, "Headers in Request-URI")
    for name in REQUIRED:
        if not req.values(name):
            raise SipSyntaxError(400, f"Missing {name} header")  # RFC 4475 insuf
    for name in SINGLE:
        if len(req.values(name)) > 1:
            raise SipSyntaxError(400, f"Duplicate {name} header")  # RFC 4475 multi01, mcl01
    call_id = req.values("call-id")[0]
    if not call_id or any(c in call_id for c in _WS):
        raise SipSyntaxError(400, "Malformed Call-ID")
    cseq = _CSEQ_RE.fullmatch(req.values("cseq")[0].strip(_WS))
    if cseq is None:
        raise SipSyntaxError(400, "Malformed CSeq")
    if int(cseq.group(1)) >= 2**31:  # RFC 3261 8.1.1.5
        raise SipSyntaxError(400, "CSeq out of range")
    if cseq.group(2) != req.method:
        raise SipSyntaxError(400, "CSeq method mismatch")  # RFC 4475 mismatch01
    _single_number(req.values("max-forwards"), "Max-Forwards", 255)
    check_name_addr(req.values("from")[0], "From")
    check_name_addr(req.values("to")[0], "To")
    _check_via(req.values("via"))
    for date in req.values("date"):
        # RFC 4475 3.1.2.12 (baddate) has a non-GMT Date refused with 400. Nothing here
        # reads Date, so strictness costs only callers whose stack writes it wrongly.
        if not _DATE_RE.fullmatch(date):
            raise SipSyntaxError(400, "Malformed Date")
    length = _single_number(req.values("content-length"), "Content-Length", 2**31)
    if length is not None and datagram and length > len(req.body):
        raise SipSyntaxError(400, "Content-Length larger than body")  # RFC 4475 clerr
    if length is None and not datagram:
        raise SipSyntaxError(400, "Missing Content-Length")  # RFC 3261 20.14 (streams)
    if req.method == "INVITE" and not accepts_sdp(req.values("accept")):
        # Answering needs an SDP body the caller just said it cannot take: ringing would
        # end in a call that fails when the operator picks up (RFC 4475 3.3.15 sdp01: 406).
        raise SipSyntaxError(406, "Not Acceptable")


def accepts_sdp(accept: list[str]) -> bool:
    """Whether Accept header values admit application/sdp (no Accept at all: yes).

    RFC 3261 20.1: an empty Accept means no body is acceptable; a media range with q=0 is
    one the sender refuses (RFC 2616 14.1).
    """
    if not accept:
        return True
    for value in accept:
        for media_range in split_outside_quotes(value, ","):
            kind, *params = (part.strip(_WS).lower() for part in media_range.split(";"))
            refused = any(_Q_ZERO_RE.fullmatch(param) for param in params)
            if kind.replace(" ", "") in SDP_RANGES and not refused:
                return True
    return False
