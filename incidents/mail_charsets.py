"""Bytes of unknown or wrong charset to text, for mail (issue 12): declared charset, then
UTF-8, CP1251, KOI8-U, picked by how plausible the result is as Ukrainian or Russian text.

Single-byte charsets decode any bytes, so "it decoded" proves nothing: CP1251 read as
KOI8-U (and back) comes out with its letter case inverted mid-word and another set of
frequent letters, which `plausibility` scores. Never raises.
"""

from __future__ import annotations

import codecs

__all__ = ["FALLBACK_CHARSETS", "decode_text", "plausibility"]

FALLBACK_CHARSETS = ("utf-8", "cp1251", "koi8-u")
_CYR_LOWER = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё")
_CYR_UPPER = frozenset("".join(_CYR_LOWER).upper())
_LATIN1_OK = frozenset("\xa0«»°§©®±·")
_COMMON = frozenset("оаеинітрсвлк")


def plausibility(text: str) -> float:
    """How much `text` looks like human text (about 1.0: plainly so; low: mojibake).

    Penalises what a wrong single-byte charset produces: C1 controls, box drawing, stray
    Latin-1 letters, capitals in the middle of a Cyrillic word, and Cyrillic whose most
    frequent letters are not the ones Ukrainian and Russian use most (KOI8 orders the
    alphabet by sound, CP1251 alphabetically, so a misread text has another top list).
    """
    counted = [c for c in text if not c.isspace()]
    if not counted:
        return 1.0
    bad = 0.0
    previous = ""
    cyrillic = common = 0
    for c in counted:
        o = ord(c)
        if o < 32 or 0x7F <= o < 0xA0 or 0x2500 <= o < 0x2600 or c == "\ufffd":
            bad += 3
        elif 0xC0 <= o < 0x250 or (0xA0 <= o < 0xC0 and c not in _LATIN1_OK):
            bad += 1  # Latin-1 letters and symbols: UTF-8 or CP1251 read as Latin
        elif c in _CYR_UPPER and previous in _CYR_LOWER:
            bad += 3  # "оПНЬС": the case of every letter inverted
        elif c in _CYR_UPPER and previous in _CYR_UPPER:
            bad += 0.25  # words in capitals happen, but not in most of a text
        if c in _CYR_LOWER or c in _CYR_UPPER:
            cyrillic += 1
            common += c.lower() in _COMMON
        previous = c
    score = 1.0 - bad / len(counted)
    if cyrillic >= 8:
        # Real text: about 60 % of its letters are among the twelve most frequent.
        score -= max(0.0, 0.45 - common / cyrillic) * 2 * cyrillic / len(counted)
    return max(0.0, score)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except (LookupError, ValueError, TypeError):
        return None


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str, bool]:
    """Decode `data`: returns (text, charset used, whether that differs from `declared`).

    Pure ASCII is ASCII. Non-ASCII bytes that are strict UTF-8 are UTF-8, whatever the
    label says (Cyrillic in CP1251 or KOI8-U is never valid UTF-8 by accident). Otherwise
    the declared charset, if it decodes and reads as plausibly as the best of CP1251 and
    KOI8-U; else that best one. Never raises: the last resort is UTF-8 with U+FFFD.
    """
    codec = _codec(declared)
    if data.isascii():
        return data.decode("ascii"), codec or "us-ascii", False
    try:
        return data.decode("utf-8"), "utf-8", declared is not None and codec != "utf-8"
    except UnicodeDecodeError:
        pass
    scored: list[tuple[float, str, str]] = []
    for name in dict.fromkeys([codec] if codec else []) | dict.fromkeys(FALLBACK_CHARSETS):
        if name == "utf-8":
            continue
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((plausibility(text), name, text))
    if not scored:
        return data.decode("utf-8", errors="replace"), "utf-8", True
    best = max(scored, key=lambda t: t[0])
    first = scored[0]
    chosen = first if first[1] == codec and first[0] >= best[0] - 0.1 else best
    return chosen[2], chosen[1], declared is not None and chosen[1] != codec
