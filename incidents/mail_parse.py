"""Raw RFC 5322 bytes to the view an operator reads; never raises, never fetches anything.

Every message the desk receives is evidence (KUTY-1.1) and some are hostile (KUTY-3.3,
3.4), so parsing must survive anything: malformed MIME, wrong or missing charsets, 8-bit
headers, multiparts thousands deep, huge attachments, archive bombs, HTML with scripts.
What could not be read is said in `ParsedMail.problems` (English, as logged; the console
translates by `ParseProblem.code`), never raised. The raw bytes stay the truth: this view
is recomputed from them and never stored as the message.

* Structure: stdlib `email` with `policy.default`, then `compat32` if that fails, then a
  headers-only view. Python's parser recurses once per multipart level and dies around a
  thousand; so before parsing, the bytes are cut at the `MULTIPART_MAX`-th multipart
  header (the parser closes the open parts itself) and the view says so.
* Headers are decoded here, from the raw header block (`compat32`, surrogate-escaped 8-bit
  bytes): RFC 2047 words, then 8-bit bytes through `decode_text`'s charset guessing.
* Charsets: `incidents.mail_charsets` (declared, UTF-8, CP1251, KOI8-U, scored).
* HTML: `incidents.mail_html` renders it to plain text; nothing is fetched, nothing runs.
* Attachments are listed (name, type, size, SHA-256 of the decoded bytes), never opened;
  archives are flagged and never unpacked; above the limit they are refused.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesHeaderParser

from incidents.mail_charsets import decode_text
from incidents.mail_html import html_to_text

__all__ = [
    "MULTIPART_MAX",
    "AttachmentInfo",
    "MailLimits",
    "ParseProblem",
    "ParsedMail",
    "attachment_payload",
    "decode_text",
    "html_to_text",
    "parse_mail",
]

MIB = 1 << 20
MULTIPART_MAX = 100
"""Multipart headers read before the rest is cut: deeper nesting is an attack, not mail."""
BODY_MAX_CHARS = 1 << 20
HEADER_MAX_CHARS = 998 * 4
ARCHIVE_TYPES = frozenset(
    {
        "application/zip", "application/x-zip-compressed", "application/gzip",
        "application/x-gzip", "application/x-tar", "application/x-7z-compressed",
        "application/x-rar-compressed", "application/vnd.rar", "application/x-bzip2",
        "application/x-xz", "application/zstd", "application/java-archive",
    }
)  # fmt: skip
ARCHIVE_SUFFIXES = (".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".jar")
_MULTIPART_HEADER = re.compile(rb"(?im)^content-type:[ \t]*(?:\r?\n[ \t]+)?multipart/")
_CONTROLS = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MSG_ID = re.compile(r"<[^<>\s]{1,990}>")


@dataclass(frozen=True)
class MailLimits:
    """Size limits from settings (`mail_attachment_max_mb`, `mail_message_max_mb`)."""

    attachment_max: int = 25 * MIB
    message_max: int = 50 * MIB
    depth_max: int = MULTIPART_MAX


@dataclass(frozen=True)
class ParseProblem:
    """Something the view could not show as sent; `code` is stable for translations."""

    code: str
    text: str


@dataclass(frozen=True)
class AttachmentInfo:
    position: int
    filename: str | None
    content_type: str
    size: int
    sha256: str | None
    stored: bool
    refused_reason: str | None = None  # "over_attachment_limit" | "message_cut"
    archive: bool = False


@dataclass(frozen=True)
class ParsedMail:
    """What the console shows of a message; every text field is already decoded."""

    from_name: str = ""
    from_address: str = ""
    to: str = ""
    subject: str = ""
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    body: str = ""
    body_from_html: bool = False
    attachments: tuple[AttachmentInfo, ...] = ()
    problems: tuple[ParseProblem, ...] = ()
    size: int = 0
    too_large: bool = False

    @property
    def sender(self) -> str:
        """ "Name <address>" as a list shows it, or what there is of it."""
        if self.from_name and self.from_address:
            return f"{self.from_name} <{self.from_address}>"
        return self.from_address or self.from_name


# ------------------------------------------------------------------- headers


def _clean(text: str, limit: int = HEADER_MAX_CHARS) -> str:
    """One line, no controls, no lone surrogates, at most `limit` characters."""
    text = re.sub(r"\r?\n[ \t]*", " ", text)
    text = "".join(" " if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in text)
    text = re.sub("[\ud800-\udfff]", "\ufffd", text)
    return text.strip()[:limit]


def decode_header_value(raw: str | None) -> str:
    """RFC 2047 words and raw 8-bit bytes (surrogate-escaped by compat32) to text."""
    if not raw:
        return ""
    raw = str(raw)
    try:
        chunks = email.header.decode_header(raw)
    except Exception:  # a malformed word: read the header as it stands
        chunks = [(raw, None)]
    parts: list[str] = []
    for chunk, charset in chunks:
        data = chunk.encode("utf-8", "surrogateescape") if isinstance(chunk, str) else chunk
        parts.append(decode_text(data, charset)[0])
    # decode_header keeps the spaces around plain text and drops those between encoded
    # words, as RFC 2047 says, so the chunks join as they are.
    return _clean("".join(parts))


def _first_id(value: str) -> str | None:
    found = _MSG_ID.search(value)
    return found.group(0) if found else (value.strip()[:998] or None)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _address(value: str) -> tuple[str, str]:
    try:
        name, address = email.utils.parseaddr(value)
    except Exception:  # parseaddr has raised on odd input in some versions
        return value[:255], ""
    address = address.strip()[:320]
    if "@" not in address:
        return (name or value)[:255], ""
    return name.strip()[:255], address


# ----------------------------------------------------------------- structure


@dataclass
class _Walk:
    limits: MailLimits
    truncated: bool
    problems: list[ParseProblem] = field(default_factory=list)
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    want: int | None = None  # position of the attachment whose bytes are asked for
    payload: bytes | None = None


def _problem(walk: _Walk, code: str, text: str) -> None:
    if all(p.code != code for p in walk.problems):
        walk.problems.append(ParseProblem(code, text))


def _parts(root: Message, walk: _Walk) -> Iterator[Message]:
    """Leaf parts depth first, without recursion, stopping at the depth limit."""
    stack: list[tuple[Message, int]] = [(root, 0)]
    while stack:
        part, depth = stack.pop()
        if part.is_multipart():
            if depth >= walk.limits.depth_max:
                _problem(walk, "too_deep", f"multiparts nested deeper than "
                         f"{walk.limits.depth_max} levels: the rest is not shown")  # fmt: skip
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, Message))
            continue
        yield part


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # bad base64/quoted-printable: the raw text
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", errors="surrogateescape")
    return b""


def _is_archive(content_type: str, filename: str | None) -> bool:
    return content_type in ARCHIVE_TYPES or bool(
        filename and filename.lower().endswith(ARCHIVE_SUFFIXES)
    )


def _visit(part: Message, walk: _Walk) -> None:
    try:
        _read_part(part, walk)
    finally:
        # Defects are noted while parsing and while decoding (bad base64): check after.
        if getattr(part, "defects", None):
            _problem(walk, "malformed_mime", "the MIME structure or an encoding is "
                     "damaged: shown as far as it could be read")  # fmt: skip


def _read_part(part: Message, walk: _Walk) -> None:
    try:
        content_type = part.get_content_type()
    except Exception:
        content_type = "application/octet-stream"
    try:
        filename_raw = part.get_filename()
        disposition = part.get_content_disposition()
    except Exception:
        filename_raw, disposition = None, None
    filename = decode_header_value(filename_raw)[:255] or None if filename_raw else None
    is_text = content_type in {"text/plain", "text/html"}
    if is_text and disposition != "attachment" and filename is None:
        try:
            declared = part.get_content_charset()
        except Exception:
            declared = None
        text, used, guessed = decode_text(_payload(part), declared)
        if guessed:
            _problem(walk, "charset_guessed", f"declared charset {declared or 'none'!r} "
                     f"did not fit; read as {used}")  # fmt: skip
        (walk.plain if content_type == "text/plain" else walk.html).append(text)
        return
    data = _payload(part)
    if walk.want == len(walk.attachments):
        walk.payload = data
    size = len(data)
    archive = _is_archive(content_type, filename)
    refused: str | None = None
    if size > walk.limits.attachment_max:
        refused = "over_attachment_limit"
        _problem(walk, "attachment_too_large", f"an attachment is larger than "
                 f"{walk.limits.attachment_max // MIB} MiB and was not kept")  # fmt: skip
    elif walk.truncated:
        refused = "message_cut"
    walk.attachments.append(
        AttachmentInfo(
            position=len(walk.attachments),
            filename=filename,
            content_type=_clean(content_type, 255),
            size=size,
            sha256=hashlib.sha256(data).hexdigest(),
            stored=refused is None,
            refused_reason=refused,
            archive=archive,
        )
    )


def _cut_deep(raw: bytes, limit: int) -> tuple[bytes, bool]:
    matches = _MULTIPART_HEADER.finditer(raw)
    for index, found in enumerate(matches):
        if index >= limit:
            return raw[: found.start()], True
    return raw, False


def _parse_structure(raw: bytes) -> Message | None:
    for policy in (email.policy.default, email.policy.compat32):
        try:
            return email.message_from_bytes(raw, policy=policy)
        except (Exception, RecursionError):
            continue
    return None


def _headers(raw: bytes) -> Message:
    try:
        return BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    except Exception:
        return Message()


def _header(headers: Message, name: str) -> str:
    """The first `name` header as it stood, 8-bit bytes surrogate-escaped.

    `raw_items`, not `get`: compat32's `get` turns 8-bit bytes into U+FFFD before
    `decode_header_value` could try their charsets.
    """
    wanted = name.lower()
    try:
        for key, value in headers.raw_items():
            if key.lower() == wanted:
                return str(value)
    except Exception:
        return ""
    return ""


def parse_mail(
    raw: bytes, limits: MailLimits | None = None, *, original_size: int | None = None
) -> ParsedMail:
    """The parsed view of `raw`; never raises (what went wrong is in `problems`).

    `original_size`: the message's real size when `raw` is only its first bytes.
    """
    limits = limits or MailLimits()
    try:
        return _parse(bytes(raw), limits, max(len(raw), original_size or 0))
    except Exception as exc:  # the promise: a view for any bytes
        problem = ParseProblem(
            "unreadable", f"the message could not be read ({type(exc).__name__})"
        )
        return ParsedMail(problems=(problem,), size=len(raw))


def attachment_payload(raw: bytes, position: int, limits: MailLimits | None = None) -> bytes | None:
    """The decoded bytes of the attachment at `position` (as `ParsedMail.attachments` lists
    it), for saving on request; None if there is no such attachment. Never interprets
    them: an archive stays packed, a document unopened."""
    limits = limits or MailLimits()
    try:
        walk = _walk(bytes(raw), limits, len(raw), want=position)
    except Exception:  # the same promise as parse_mail: no exception for any bytes
        return None
    return walk.payload


def _walk(raw: bytes, limits: MailLimits, full_size: int, want: int | None = None) -> _Walk:
    walk = _Walk(limits, truncated=full_size > limits.message_max, want=want)
    if walk.truncated:
        _problem(walk, "message_too_large", f"the message is larger than "
                 f"{limits.message_max // MIB} MiB: only its headers are shown")  # fmt: skip
        return walk
    cut, was_cut = _cut_deep(raw, limits.depth_max)
    if was_cut:
        _problem(walk, "too_deep", f"more than {limits.depth_max} nested multiparts: "
                 "the rest is not shown")  # fmt: skip
    root = _parse_structure(cut)
    if root is None:
        _problem(walk, "bad_structure", "the MIME structure could not be read")
    else:
        for part in _parts(root, walk):
            _visit(part, walk)
    return walk


def _parse(raw: bytes, limits: MailLimits, full_size: int) -> ParsedMail:
    too_large = full_size > limits.message_max
    headers = _headers(raw[: 1 << 20] if too_large else raw)
    from_name, from_address = _address(decode_header_value(_header(headers, "From")))
    # Ids are compared, not shown, but they go into the database: no NUL, no surrogates.
    references = tuple(_MSG_ID.findall(_clean(_header(headers, "References"), 1 << 16)))[:100]
    reply_to = _clean(_header(headers, "In-Reply-To"))
    message_id = _clean(_header(headers, "Message-ID"))
    walk = _walk(raw, limits, full_size)
    body, from_html = "", False
    if walk.plain:
        body = "\n\n".join(t.replace("\r\n", "\n").strip("\n") for t in walk.plain)
    elif walk.html:
        body, from_html = "\n\n".join(html_to_text(t) for t in walk.html), True
    body = _CONTROLS.sub("\ufffd", body.replace("\x00", "\u2400"))
    if len(body) > BODY_MAX_CHARS:
        body = body[:BODY_MAX_CHARS]
        _problem(walk, "body_cut", "the text is longer than a million characters: cut")
    return ParsedMail(
        from_name=from_name,
        from_address=from_address,
        to=decode_header_value(_header(headers, "To")),
        subject=decode_header_value(_header(headers, "Subject")),
        date=_date(_header(headers, "Date")),
        message_id=_first_id(message_id) if message_id else None,
        in_reply_to=_first_id(reply_to) if reply_to else None,
        references=references,
        body=body,
        body_from_html=from_html,
        attachments=tuple(walk.attachments),
        problems=tuple(walk.problems),
        size=full_size,
        too_large=too_large,
    )
