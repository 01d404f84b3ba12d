"""docs/glossary.md is followed (issue 13: "one glossary of terms"): every Ukrainian text
whose English key carries a glossary term uses the glossary's Ukrainian word ("legal
hold" is always "заборона видалення", never "утримання"; verification is always
"верифікація", never "перевірка")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from console.i18n_uk import UK

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


def checked_terms() -> list[tuple[str, re.Pattern[str], str, str]]:
    """(term, English pattern, Ukrainian stem, forbidden stem) from the glossary's table."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text.split("## Checked terms", 1)[1]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith(("| term", "|---")):
            continue
        cells = [c.strip().replace("\\|", "|").strip("`") for c in re.split(r"(?<!\\)\|", line)]
        term, pattern, stem, forbidden = cells[1:5]
        rows.append((term, re.compile(pattern), stem.casefold(), forbidden.casefold()))
    return rows


def disagreements(table: dict[str, str]) -> list[str]:
    found = []
    for term, pattern, stem, forbidden in checked_terms():
        for key, uk in table.items():
            if not pattern.search(key):
                continue
            low = uk.casefold()
            if stem not in low:
                found.append(f"{term}: {key!r} -> {uk!r} lacks {stem!r}")
            if forbidden and forbidden in low:
                found.append(f"{term}: {key!r} -> {uk!r} has {forbidden!r}")
    return found


def test_the_glossary_has_its_terms() -> None:
    terms = {t for t, *_ in checked_terms()}
    assert {"legal hold", "call hold", "verification", "hang up", "wizard Finish"} <= terms
    assert len(terms) >= 15


def test_every_ukrainian_text_uses_the_glossary_word() -> None:
    found = disagreements(UK)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("RecordingsBrowser/Hold", "Утримання"),  # a legal hold called call hold
        ("On legal hold", "На утриманні"),
        ("Hold", "Заборона видалення"),  # the call card's Hold called a legal hold
        ("Start verification", "Почати перевірку"),
        ("FirstRunWizard/&Finish", "&Завершити"),  # the hang-up button's word
        ("WrapUpPane/After-call work: %1", "Обробка після дзвінка: %1"),
    ],
)
def test_a_wrong_word_is_caught(key: str, text: str) -> None:
    assert disagreements({key: text})
    assert all(f"{key!r}" in line for line in disagreements({key: text}))
