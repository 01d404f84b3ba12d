"""Caller identity from SIP signalling: P-Asserted-Identity, From and Privacy.

The number shown to the operator and stored with the call decides which family file the
help desk opens, so a wrong number is worse than none: everything here returns ``None``
(unknown) or ``WITHHELD`` rather than a guess, and nothing raises, because the input is
whatever a remote party chose to send us. pjsua2 hands us the raw INVITE text and the
From URI (see PJSUA2-NOTES.md, "Caller identity"); this module needs neither pjsua2 nor Qt.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from urllib.parse import unquote

import phonenumbers

from telephony.protocol import WITHHELD

__all__ = [
    "WITHHELD",
    "caller_number",
    "display_name",
    "identify_caller",
    "parse_pai",
    "privacy_requested",
]

log = logging.getLogger(__name__)

MAX_URI_CHARS = 2048
"""Longer "URIs" are hostile or broken; phonenumbers itself refuses >250 chars."""

MAX_DISPLAY_NAME = 128
MAX_HEADER_CHARS = 16384
"""Header values beyond this are not parsed: no real identity header is that long."""

_ANONYMOUS_USERS = frozenset({"anonymous", "restricted", "unavailable", "private", "withheld"})
_ANONYMOUS_HOSTS = frozenset({"anonymous.invalid"})
# RFC 3966 visual separators; phonenumbers copes with some but not inside a SIP user part.
_VISUAL_SEPARATORS = re.compile(r"[\-.()\s]")
_DIALLABLE = re.compile(r"\+?[0-9]{2,20}")
# Bidi overrides and isolates can make a name render as something else in the console.
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FROM_NAMES = frozenset({"from", "f"})


# ------------------------------------------------------------------------- headers


def _header_values(raw: str, names: frozenset[str]) -> list[str]:
    """Unfolded values of the named headers, each comma-separated element split out.

    Only the header section counts: a body (SDP, or a hostile multipart) may contain
    lines that look like headers.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    end = text.find("\n\n")
    if end >= 0:
        text = text[:end]
    lines: list[str] = []
    for line in text.split("\n")[1:]:  # the first line is the request/status line
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    values: list[str] = []
    for line in lines:
        name, sep, value = line.partition(":")
        if sep and name.strip().lower() in names:
            if len(value) > MAX_HEADER_CHARS:
                log.warning("ignoring a %d-character %s header", len(value), name.strip())
                continue
            values.extend(v for v in _split_commas(value) if v)
    return values


def _split_commas(value: str) -> list[str]:
    """Split a header value on commas that are not inside quotes or angle brackets."""
    if "," not in value:
        return [value.strip()]  # one element: no Python loop per character (issue 15)
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    depth = 0
    for ch in value:
        if escaped:
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch == "<":
            depth += 1
        elif not quoted and ch == ">":
            depth = max(0, depth - 1)
        elif ch == "," and not quoted and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    parts.append("".join(current).strip())
    return parts


def _split_name_addr(value: str) -> tuple[str | None, str]:
    """(raw display-name part or None, addr-spec) of a name-addr or a bare addr-spec."""
    i = 0
    if '"' not in value:  # no quoted display name: start at the '<', if any (issue 15)
        i = value.find("<")
        i = len(value) if i < 0 else i
    quoted = escaped = False
    while i < len(value):
        ch = value[i]
        if escaped:
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            close = value.find(">", i + 1)
            addr = value[i + 1 : close] if close >= 0 else value[i + 1 :]
            return value[:i], addr.strip()
        i += 1
    # addr-spec form: anything after ';' is a header parameter, not part of the URI.
    # tel: URIs keep theirs because phone-context lives there; a sip user part may carry
    # ';' parameters of its own (0501234567;phone-context=+380@host), so split after '@'.
    addr = value.strip()
    if not addr.lower().startswith("tel:"):
        at = addr.rfind("@")
        semi = addr.find(";", at + 1)
        if semi >= 0:
            addr = addr[:semi]
    return None, addr


def parse_pai(raw_invite: str) -> str | None:
    """The best P-Asserted-Identity URI of a raw SIP message, or None.

    RFC 3325 allows one sip/sips and one tel identity; the tel one (or a sip one whose
    user part is a number) is what identifies a phone caller, so it wins.
    """
    try:
        if not isinstance(raw_invite, str) or not raw_invite:
            return None
        uris = [
            _split_name_addr(v)[1]
            for v in _header_values(raw_invite, frozenset({"p-asserted-identity"}))
        ]
        uris = [u for u in uris if u and len(u) <= MAX_URI_CHARS]
        if len(uris) < 2:  # the usual case: nothing to choose, no number parsed twice
            return uris[0] if uris else None
        for uri in uris:
            if uri.lower().startswith("tel:"):
                return uri
        for uri in uris:
            number = caller_number(uri)
            if number is not None and number != WITHHELD:
                return uri
        return uris[0]
    except Exception:  # never let a hostile INVITE break the incoming-call handler
        log.exception("P-Asserted-Identity parsing failed")
        return None


def privacy_requested(raw_invite: str | None) -> bool:
    """True if the caller asked the network to hide its identity (RFC 3323 ``Privacy: id``)."""
    try:
        if not isinstance(raw_invite, str) or not raw_invite:
            return False
        for value in _header_values(raw_invite, frozenset({"privacy"})):
            if any(tok.strip().lower() == "id" for tok in value.split(";")):
                return True
        return False
    except Exception:
        log.exception("Privacy header parsing failed")
        return False


# ------------------------------------------------------------------------- numbers


def _to_e164(candidate: str, default_region: str) -> str | None:
    digits = _VISUAL_SEPARATORS.sub("", candidate)
    if not _DIALLABLE.fullmatch(digits):
        return None
    attempts: list[tuple[str, str | None]] = (
        [(digits, None)] if digits.startswith("+") else [(digits, default_region)]
    )
    if not digits.startswith("+"):
        # Some gateways send E.164 without the '+' (e.g. 380501234567).
        attempts.append(("+" + digits, None))
    for text, region in attempts:
        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    return None


def _tel_number(body: str, default_region: str) -> str | None:
    number, _, params = body.partition(";")
    context = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "phone-context":
            context = _VISUAL_SEPARATORS.sub("", unquote(val.strip()))
    number = _VISUAL_SEPARATORS.sub("", unquote(number))
    if number.startswith("+") or context is None:
        return _to_e164(number, default_region)
    if context.startswith("+") and context[1:].isdigit():
        # RFC 3966 local number: the context is the global prefix it is dialled under.
        try:
            parsed = phonenumbers.parse(f"tel:{number};phone-context={context}", None)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_possible_number(parsed):
            return None
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    # A domain context: only meaningful inside that domain; treat as a local dial string.
    return _to_e164(number, default_region)


def caller_number(uri: str | None, default_region: str = "UA") -> str | None:
    """E.164 number of a SIP/SIPS/tel URI or name-addr; WITHHELD; or None if not a number.

    Distinguishes "the caller hid the number" (WITHHELD, shown as such to the operator)
    from "we could not tell" (None), because the regulation treats them differently.
    """
    try:
        if not isinstance(uri, str) or not uri or len(uri) > MAX_URI_CHARS or "\x00" in uri:
            return None
        name_part, addr = _split_name_addr(uri.strip())
        if name_part is not None and display_name(uri).lower() == "anonymous":
            return WITHHELD
        scheme, sep, body = addr.partition(":")
        scheme = scheme.strip().lower()
        if not sep:
            return None
        if scheme == "tel":
            if body.split(";", 1)[0].strip().lower() in _ANONYMOUS_USERS:
                return WITHHELD
            return _tel_number(body, default_region)
        if scheme not in ("sip", "sips"):
            return None
        body = body.split("?", 1)[0]
        user, at, hostport = body.rpartition("@")
        if not at:
            return None  # no user part at all (sip:host): says nothing about the caller
        host = hostport.split(";", 1)[0].rsplit(":", 1)[0].strip().lower().rstrip(".")
        user = unquote(user.split(":", 1)[0]).strip()  # drop a (deprecated) password
        user_main = user.split(";", 1)[0].strip()
        if not host:
            return None
        if host in _ANONYMOUS_HOSTS or not user_main or user_main.lower() in _ANONYMOUS_USERS:
            return WITHHELD
        if ";" in user:  # telephone-subscriber user part, e.g. 0501234567;phone-context=+380
            return _tel_number(user, default_region)
        return _to_e164(user_main, default_region)
    except Exception:
        log.exception("caller number parsing failed")
        return None


def display_name(uri: str | None) -> str:
    """The display name of a name-addr, made safe to show and store ("" if none).

    Remote parties control this text, so control and bidi-override characters are removed
    and the length capped before it reaches the UI or the database.
    """
    try:
        if not isinstance(uri, str) or not uri or len(uri) > MAX_HEADER_CHARS:
            return ""
        name_part, _ = _split_name_addr(uri.strip())
        if not name_part:
            return ""
        name_part = name_part.strip()
        if name_part.startswith('"'):
            chars: list[str] = []
            escaped = False
            for ch in name_part[1:]:
                if escaped:
                    chars.append(ch)
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    break
                else:
                    chars.append(ch)
            name = "".join(chars)
        else:
            name = name_part
        name = "".join(
            " " if ch in "\t\n\r" else ch
            for ch in name
            if ch in "\t\n\r" or (unicodedata.category(ch) != "Cc" and ch not in _BIDI_CONTROLS)
        )
        name = " ".join(name.split())
        return name[:MAX_DISPLAY_NAME].strip()
    except Exception:
        log.exception("display name parsing failed")
        return ""


def identify_caller(
    raw_invite: str | None, remote_uri: str | None, default_region: str = "UA"
) -> tuple[str | None, str | None]:
    """(caller number, P-Asserted-Identity URI) of an incoming call.

    The network-asserted identity is trusted over From, which the caller can set freely.
    Without a usable PAI, ``Privacy: id`` means the caller withheld the number even when a
    careless gateway left it in From.
    """
    pai = parse_pai(raw_invite) if isinstance(raw_invite, str) else None
    if pai is not None:
        number = caller_number(pai, default_region)
        if number is not None:
            return number, pai
    if privacy_requested(raw_invite):
        return WITHHELD, pai
    if remote_uri is None and isinstance(raw_invite, str):
        try:
            froms = _header_values(raw_invite, _FROM_NAMES)
        except Exception:
            froms = []
        remote_uri = froms[0] if froms else None
    return caller_number(remote_uri, default_region), pai
