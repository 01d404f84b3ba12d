"""Profile import: both header languages, JSON with applications, every bad row at once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.unit.verification.conftest import FAST
from verification.importer import (
    ProfileImportError,
    attach_applications,
    hash_records,
    parse_applications,
    parse_profiles,
)
from verification.key_phrase import FAST_FOR_TESTS

CANONICAL = "surname,first_name,patronymic,phones,key_phrase\n"
UKRAINIAN = "прізвище,ім’я,по батькові,телефони,ключова фраза\n"
ROWS = (
    "Коваленко,Олена,Петрівна,050 123 45 67;+38 (067) 123-45-67,Мій кіт Мурчик\n"
    "Коваленко,Петро,,0501234567,зелений чай\n"
    "Ковʼяленко,Ірина,,380931112233,пʼять котів\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("header", [CANONICAL, UKRAINIAN, UKRAINIAN.replace("’", "'")])
def test_good_csv_in_either_header_language(tmp_path: Path, header: str) -> None:
    result = parse_profiles(write(tmp_path, "p.csv", header + ROWS))
    assert result.errors == [] and result.ok
    olena, petro, iryna = result.records
    assert olena.phones == ("+380501234567", "+380671234567")
    assert petro.phones == ("+380501234567",)  # a family phone is fine
    assert iryna.phones == ("+380931112233",)
    assert (olena.surname, olena.surname_norm, olena.patronymic) == (
        "Коваленко",
        "коваленко",
        "Петрівна",
    )
    assert (olena.line, petro.line) == (2, 3)
    assert olena.phrase_hash is None and olena.pending_phrase is not None
    assert "Мурчик" not in repr(olena) and "мурчик" not in repr(result)


def test_bom_and_semicolon_delimited_excel_export(tmp_path: Path) -> None:
    text = "прізвище;ім'я;по батькові;телефони;ключова фраза\r\n"
    text += 'Коваленко;Олена;;"050 123 45 67;067 123 45 67";мій кіт\r\n'
    result = parse_profiles(write(tmp_path, "p.csv", "\ufeff" + text))
    assert result.errors == []
    assert result.records[0].phones == ("+380501234567", "+380671234567")


def test_every_kind_of_bad_row_is_reported_together(tmp_path: Path) -> None:
    text = CANONICAL + ROWS
    text += ",Петро,,0501234567,фраза\n"  # line 5: missing surname
    text += "Бондар,Іван,,050 12;0671234567,фраза\n"  # line 6: bad phone
    text += "Коваленко,Олена,,067-123-45-67;0501234567,інша фраза\n"  # 7: duplicate of line 2
    text += "Бондар," + "я" * 300 + ",,0501234567,фраза\n"  # line 8: too long
    text += 'Бондар,Ігор,,0501234567,"таємна\x07фраза"\n'  # line 9: control character
    text += "Бондар,Олег,,0501234567\n"  # line 10: field count
    text += "Бондар,Ольга,,,\n"  # line 11: no phones, no phrase
    text += 'Бондар,Оля,,0501234567,"?!"\n'  # line 12: phrase empty after normalisation
    result = parse_profiles(write(tmp_path, "p.csv", text))
    got = {(e.line, e.field, e.code) for e in result.errors}
    assert got == {
        (5, "surname", "missing_field"),
        (6, "phones", "bad_phone"),
        (7, None, "duplicate_row"),
        (8, "first_name", "too_long"),
        (9, "key_phrase", "control_character"),
        (10, None, "field_count"),
        (11, "phones", "missing_field"),
        (11, "key_phrase", "missing_field"),
        (12, "key_phrase", "empty_after_normalization"),
    }
    assert len(result.records) == 3
    messages = " ".join(str(e) for e in result.errors)
    assert "'050 12'" in messages and "line 2" in messages
    assert "таємна" not in messages


def test_non_utf8_file_is_a_clear_error_with_the_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", CANONICAL + ROWS.replace("ʼ", "'"), encoding="cp1251")
    with pytest.raises(ProfileImportError, match=r"not UTF-8.*byte offset \d+ \(line 2\)"):
        parse_profiles(path)


def test_missing_columns_are_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileImportError, match=r"missing column.*key_phrase"):
        parse_profiles(write(tmp_path, "p.csv", "surname,first_name,phones\nA,B,0501234567\n"))


def test_json_with_applications(tmp_path: Path) -> None:
    data = [
        {
            "surname": "Коваленко",
            "first_name": "Олена",
            "phones": ["050 123 45 67", "+380671234567"],
            "key_phrase": "мій кіт мурчик",
            "applications": [
                {
                    "number": "ZDO-2024-0042",
                    "child_first_name": "Марійка",
                    "status": "у черзі",
                    "created": "2024-02-01",
                    "updated": "15.03.2024",
                    "kindergartens": ["ЗДО №1 Кути", "ЗДО №2 Кути"],
                }
            ],
        },
        {"прізвище": "Бондар", "ім'я": "Іван", "телефони": "0931112233", "ключова фраза": "x"},
        {
            "surname": "Бондар",
            "first_name": "Ігор",
            "phones": "0931112233",
            "key_phrase": "y",
            "applications": [{"number": "1", "status": "x", "created": "вчора"}],
        },
        "not an object",
    ]
    result = parse_profiles(write(tmp_path, "p.json", json.dumps(data, ensure_ascii=False)))
    assert [(e.line, e.unit, e.field, e.code) for e in result.errors] == [
        (3, "item", "child_first_name", "missing_field"),
        (3, "item", "created", "bad_date"),
        (4, "item", None, "wrong_type"),
    ]
    olena, ivan = result.records
    (app,) = olena.applications
    assert app.updated == date(2024, 3, 15) and app.kindergartens == ("ЗДО №1 Кути", "ЗДО №2 Кути")
    assert ivan.surname_norm == "бондар" and ivan.applications == ()


def test_bad_json_names_the_position(tmp_path: Path) -> None:
    with pytest.raises(ProfileImportError, match="line 2 column"):
        parse_profiles(write(tmp_path, "p.json", '[\n{"surname": }]'))


def test_hash_records_replaces_the_plain_phrase(tmp_path: Path) -> None:
    parsed = parse_profiles(write(tmp_path, "p.csv", CANONICAL + ROWS)).records
    hashed = hash_records(parsed, workers=1, params=FAST_FOR_TESTS)
    assert all(r.pending_phrase is None and r.phrase_hash for r in hashed)
    assert FAST.verify(hashed[0].phrase_hash, "мій кіт, Мурчик")
    assert hash_records(hashed, workers=1, params=FAST_FOR_TESTS) == hashed


def test_hash_records_in_worker_processes(tmp_path: Path) -> None:
    parsed = parse_profiles(write(tmp_path, "p.csv", CANONICAL + ROWS)).records
    hashed = hash_records(parsed, workers=2, params=FAST_FOR_TESTS)
    assert [
        FAST.verify(r.phrase_hash, p)
        for r, p in zip(hashed, ["мій кіт мурчик", "зелений чай", "п'ять котів"], strict=True)
    ] == [True] * 3


def test_applications_file_attaches_to_exactly_one_profile(tmp_path: Path) -> None:
    profiles = parse_profiles(write(tmp_path, "p.csv", CANONICAL + ROWS)).records
    apps = (
        "телефон,прізвище,ім'я,номер заяви,ім'я дитини,статус,створено,оновлено,садочки\n"
        "050 123 45 67,Коваленко,Олена,A-1,Марійка,у черзі,2024-01-10,,ЗДО №1;ЗДО №2\n"
        "0501234567,Коваленко,,A-2,Тарас,у черзі,2024-01-10,2024-01-11,\n"  # family: ambiguous
        "0931112233,Ковʼяленко,,A-3,Ганна,зараховано,2024-01-10,2024-01-09,\n"  # updated < created
        "0990000000,Невідомий,,A-4,Ліна,у черзі,2024-01-10,,\n"  # no such profile
        "050 123 45 67,Коваленко,Олена,A-1,Марійка,у черзі,2024-01-10,,\n"  # duplicate
    )
    parsed = parse_applications(write(tmp_path, "a.csv", apps))
    assert [(e.line, e.code) for e in parsed.errors] == [(4, "bad_date"), (6, "duplicate_row")]
    attached, errors = attach_applications(profiles, parsed.rows)
    assert [(e.line, e.code) for e in errors] == [(3, "ambiguous_profile"), (5, "no_profile")]
    assert [a.number for a in attached[0].applications] == ["A-1"]
    assert attached[0].applications[0].kindergartens == ("ЗДО №1", "ЗДО №2")
    assert attached[1].applications == ()
