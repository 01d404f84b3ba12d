"""Text normalisation for the verification factors (KUTY-2.2).

The operator types what the caller *says*, on whatever keyboard layout happens to be
active, so two spellings of the same spoken answer must compare equal while answers that
differ by one spoken sound must not. Surname and first name are compared against stored
normalised forms; the key phrase is normalised before hashing and before verifying, so
**changing this module invalidates stored key-phrase hashes**: bump
`NORMALIZATION_VERSION` and re-import (or rehash on the next successful verification).

Pipeline (the same for names and phrases unless noted):

1. Length cap on the raw input (`InputTooLong`): hostile or pasted text must not cost
   Argon2 time or memory.
2. Apostrophe forms U+0027, U+2019, U+2018, U+02BC, U+02B9, U+0060, U+00B4, U+2032 and
   U+FF07 become U+02BC (MODIFIER LETTER APOSTROPHE, the Ukrainian orthographic
   apostrophe). Done before NFKC, because NFKC turns U+00B4 into space + combining acute.
3. Unicode NFKC, casefold, NFKC again (the standard "NFKC casefold" approximation).
   NFKC composes NFD input: і + U+0308 becomes ї and и + U+0306 becomes й, so decomposed
   text matches precomposed text while ї, і, й and и stay distinct letters.
4. Format characters (zero-width space/joiner, soft hyphen, BOM) and control characters
   are removed; every whitespace run (NBSP, tabs, newlines) becomes one space.
5. Dash variants U+2010-U+2015 and U+2212 become "-", and spaces around a hyphen are
   dropped, so "Іваненко - Петренко" equals "Іваненко-Петренко" (double surnames keep
   their hyphen).
6. Leading/trailing punctuation and symbols (quotes, dots, stray apostrophes) are
   stripped; no Ukrainian word begins or ends with an apostrophe. Phrases additionally
   turn inner punctuation other than hyphen and apostrophe into spaces: a phrase is
   *spoken*, so "мій кіт, Мурчик!" and "мій кіт мурчик" are the same answer.
7. Look-alike letters. After casefolding the original case is gone, so a Latin letter is
   mapped when its upper- *or* lower-case glyph is the same as the Cyrillic letter's in
   common fonts: a b c e h i k m o p t x y -> а в с е н і к м о р т х у (B/В, H/Н, K/К,
   M/М, T/Т are upper-case twins; a, c, e, i, o, p, x, y also lower-case twins). Letters
   that only resemble a Cyrillic letter in handwriting or italics (r/г, u/и, n/п) are not
   mapped: mapping them would make real near-misses match. The mapping runs on the NFD
   form so accents survive (Latin ï -> ї) and then recomposes.
   Text in one script only is left alone, so a genuinely Latin name ("Smith") stays Latin.
   Mixed text goes to the script whose *unambiguous* letters (those without a twin, like
   л, ї, n, s) it contains: "KOВAЛEHKO" has л, so it is Cyrillic. With unambiguous letters
   of both scripts, or of neither ("Kіт"), the majority wins and a tie goes to Cyrillic.

ґ/г, є/е, ї/і/й and и/і are never merged: they are different sounds, and a caller who
says the wrong one has given a different answer.
"""

from __future__ import annotations

import re
import unicodedata

from desk.errors import UserFacingError

__all__ = [
    "MAX_NAME_CHARS",
    "MAX_PHRASE_CHARS",
    "NORMALIZATION_VERSION",
    "InputTooLong",
    "normalize_name",
    "normalize_phrase",
]

NORMALIZATION_VERSION = 1
"""Stored key-phrase hashes are tied to this; bump it when the pipeline changes."""

MAX_NAME_CHARS = 256
MAX_PHRASE_CHARS = 512

APOSTROPHE = "\u02bc"
_APOSTROPHES = "\u0027\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\uff07"
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(_APOSTROPHES, APOSTROPHE))
_DASH_TABLE = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))

_LATIN_TO_CYRILLIC = dict(zip("abcehikmoptxy", "авсенікмортху", strict=True))
_CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in _LATIN_TO_CYRILLIC.items()}
_TO_CYRILLIC = str.maketrans(_LATIN_TO_CYRILLIC)
_TO_LATIN = str.maketrans(_CYRILLIC_TO_LATIN)

_SPACES = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r" ?- ?")


class InputTooLong(UserFacingError, ValueError):
    """The text is longer than any real answer; the message never quotes the text."""

    def __init__(self, what: str, length: int, limit: int) -> None:
        super().__init__(f"{what} is {length} characters long; the limit is {limit}")
        self.length = length
        self.limit = limit


def normalize_name(text: str) -> str:
    """Normalise a surname, first name or patronymic for comparison (KUTY-2.2).

    Raises:
        InputTooLong: more than `MAX_NAME_CHARS` characters before or after NFKC.
    """
    return _normalize(text, "name", MAX_NAME_CHARS, phrase=False)


def normalize_phrase(text: str) -> str:
    """Normalise a key phrase before hashing or verifying it (KUTY-2.2).

    Raises:
        InputTooLong: more than `MAX_PHRASE_CHARS` characters before or after NFKC.
    """
    return _normalize(text, "key phrase", MAX_PHRASE_CHARS, phrase=True)


def _normalize(text: str, what: str, limit: int, *, phrase: bool) -> str:
    if len(text) > limit:
        raise InputTooLong(what, len(text), limit)
    text = text.translate(_APOSTROPHE_TABLE)
    text = unicodedata.normalize("NFKC", text)
    text = unicodedata.normalize("NFKC", text.casefold())
    # NFKC can expand (one ligature -> several letters): cap the result as well.
    if len(text) > limit:
        raise InputTooLong(what, len(text), limit)
    text = text.translate(_APOSTROPHE_TABLE).translate(_DASH_TABLE)
    text = "".join(_clean_char(ch, phrase=phrase) for ch in text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACED_HYPHEN.sub("-", text)
    text = _strip_edges(text)
    return _map_lookalikes(text)


def _clean_char(ch: str, *, phrase: bool) -> str:
    category = unicodedata.category(ch)
    if ch.isspace():
        return " "
    if category in ("Cc", "Cf"):
        return ""
    if phrase and category[0] == "P" and ch != "-":
        return " "
    return ch


def _strip_edges(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end].strip()


def _is_edge_junk(ch: str) -> bool:
    return ch == APOSTROPHE or ch == " " or unicodedata.category(ch)[0] in "PS"


def _map_lookalikes(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    latin = cyrillic = latin_only = cyrillic_only = 0
    for ch in decomposed:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN "):
            latin += 1
            latin_only += ch not in _LATIN_TO_CYRILLIC
        elif name.startswith("CYRILLIC "):
            cyrillic += 1
            cyrillic_only += ch not in _CYRILLIC_TO_LATIN
    if latin == 0 or cyrillic == 0:
        return text
    if bool(cyrillic_only) != bool(latin_only):
        to_cyrillic = bool(cyrillic_only)
    else:
        to_cyrillic = cyrillic >= latin
    table = _TO_CYRILLIC if to_cyrillic else _TO_LATIN
    return unicodedata.normalize("NFC", decomposed.translate(table))
