"""Normalisation: spoken-equal answers match, one-sound-off answers do not (KUTY-2.2)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verification.normalize import (
    MAX_NAME_CHARS,
    MAX_PHRASE_CHARS,
    InputTooLong,
    normalize_name,
    normalize_phrase,
)

SAME_NAME = [
    ("КОВ'ЯЛЕНКО", "ковʼяленко"),
    ("Ков’яленко", "ковʼяленко"),
    ("Ков‘яленко", "ковʼяленко"),
    ("Ков`яленко", "ковʼяленко"),
    ("Ков´яленко", "ковʼяленко"),
    ("Ковʹяленко", "ковʼяленко"),
    ("  Олена\u00a0", "олена"),
    ("\tОлена\n", "олена"),
    ("«Олена»", "олена"),
    ('"Олена".', "олена"),
    ("Іваненко – Петренко", "іваненко-петренко"),
    ("Іваненко\u2014Петренко", "іваненко-петренко"),
    ("Іваненко\u2212Петренко", "іваненко-петренко"),
    ("Іваненко\u2011Петренко", "іваненко-петренко"),
    ("\u0456\u0308жак", "їжак"),  # NFD ї = і + combining diaeresis
    ("\u0438\u0306осип", "йосип"),  # NFD й = и + combining breve
    ("Iгор", "ігор"),  # Latin I
    ("Oлeна", "олена"),  # Latin O and e
    ("KOВAЛEHKO", "коваленко"),  # wrong layout for K, A, E, H
    ("Мирослaва", "мирослава"),
    ("Ol\u0435na", "olena"),  # mostly Latin with a Cyrillic е: Latin wins
    ("Smith", "smith"),  # a genuinely Latin name stays Latin
    ("Ка\u200bтерина", "катерина"),  # zero-width space from a paste
    ("Ґанна", "ґанна"),
]


@pytest.mark.parametrize(("typed", "expected"), SAME_NAME)
def test_equivalent_spellings_match(typed: str, expected: str) -> None:
    assert normalize_name(typed) == expected


NEAR_MISSES = [
    ("Ґанна", "Ганна"),  # г for ґ
    ("Іван", "Иван"),  # и for і
    ("Їжак", "Іжак"),  # ї vs і
    ("Йосип", "Иосип"),  # й vs и
    ("Йосип", "Їосип"),
    ("Євген", "Евген"),  # є vs е
    ("Коваленко", "Коваленка"),  # one letter off
    ("Коваленко", "Ковaлeнкo-"),  # still equal: edges stripped (sanity, see below)
    ("Ков'яленко", "Ковяленко"),  # a missing apostrophe is a different spelling
    ("Олена", "Олеиа"),
    ("Іваненко-Петренко", "Іваненко Петренко"),
]


@pytest.mark.parametrize(("stored", "typed"), NEAR_MISSES)
def test_near_misses_do_not_match(stored: str, typed: str) -> None:
    if typed == "Ковaлeнкo-":
        assert normalize_name(stored) == normalize_name(typed)
        return
    assert normalize_name(stored) != normalize_name(typed)


def test_nfd_and_nfc_input_are_the_same() -> None:
    text = "Їжачок Йосипович Ґудзь"
    assert normalize_name(unicodedata.normalize("NFD", text)) == normalize_name(text)
    assert "ї" in normalize_name(text) and "й" in normalize_name(text)


def test_latin_i_with_diaeresis_in_cyrillic_word_is_yi() -> None:
    assert normalize_name("Kиïв") == normalize_name("Київ")


def test_phrase_ignores_spoken_irrelevant_punctuation() -> None:
    assert normalize_phrase("Мій кіт, Мурчик!") == normalize_phrase("мій   кіт мурчик")
    assert normalize_phrase("п'ять  котів") == "пʼять котів"
    assert normalize_phrase("мій кіт мурчик") != normalize_phrase("мій кит мурчик")


def test_name_keeps_inner_punctuation_but_phrase_does_not() -> None:
    assert normalize_name("О.Генрі") == "о.генрі"
    assert normalize_phrase("о.генрі") == "о генрі"


@pytest.mark.parametrize(
    ("func", "limit"), [(normalize_name, MAX_NAME_CHARS), (normalize_phrase, MAX_PHRASE_CHARS)]
)
def test_over_long_input_is_refused_without_quoting_it(func: object, limit: int) -> None:
    assert callable(func)
    func("я" * limit)
    with pytest.raises(InputTooLong) as info:
        func("секрет" * limit)
    assert "секрет" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_nfkc_expansion_is_capped_too() -> None:
    with pytest.raises(InputTooLong):
        normalize_name("\ufdfa" * 20)  # one code point, 18 letters after NFKC


@given(st.text(max_size=200))
def test_normalisation_is_idempotent_and_total(text: str) -> None:
    once = normalize_phrase(text)
    assert normalize_phrase(once) == once
    name = normalize_name(text)
    assert normalize_name(name) == name
    assert name == name.strip() and "  " not in name
