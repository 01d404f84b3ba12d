"""Canary (issue 3): known key phrases appear nowhere after import, set-phrase and verifying.

One phrase enters by the CLI's `set-phrase` (stdin), another by a CSV import; both are then
used in real verifications. Afterwards the raw bytes of every file of the data dir (the
SQLite database, its -wal and -shm), the settings file, the logs and everything the
commands printed are searched for each phrase and each of its distinctive words, as
typed, casefolded, normalised, decomposed (NFD) and upper-cased, in UTF-8 and UTF-16.
"""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import CallerProfile
from db.session import close_database, open_database
from tests.unit.verification.test_cli import kuty
from tests.unit.verification.test_service import new_call
from tests.unit.verification.test_store import database_url, open_with_users, write
from verification.key_phrase import SecretStr
from verification.normalize import normalize_phrase
from verification.states import Step

SET_PHRASE = "Смарагдовий Їжачок Вівторок"
IMPORTED_PHRASE = "Кришталева Ґаздиня Ворожка"

CSV = f"""surname,first_name,patronymic,phones,key_phrase
Коваленко,Олена,Петрівна,050 123 45 67,стара фраза
Шевчук,Тарас,,093 111 22 33,{IMPORTED_PHRASE}
"""


def _needles(phrase: str) -> set[bytes]:
    texts = {phrase, phrase.casefold(), phrase.upper(), normalize_phrase(phrase)}
    texts |= {w for w in phrase.split() if len(w) >= 5}
    texts |= {unicodedata.normalize("NFD", t) for t in texts}
    texts |= {t.casefold() for t in texts}
    return {t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def _leaks(blobs: dict[str, bytes]) -> list[str]:
    needles = _needles(SET_PHRASE) | _needles(IMPORTED_PHRASE)
    return [
        f"{where}: {needle!r}"
        for where, blob in blobs.items()
        for needle in needles
        if needle in blob
    ]


def _files(*roots: Path) -> dict[str, bytes]:
    return {
        str(path): path.read_bytes()
        for root in roots
        for path in ([root] if root.is_file() else root.rglob("*"))
        if path.is_file()
    }


def _verify(
    sessions: sessionmaker[Session], number: str, surname: str, first: str, phrase: str
) -> Step:
    v = new_call(sessions, number)
    v.start()
    v.submit_surname(surname)
    v.submit_first_name(first)
    return v.submit_key_phrase(SecretStr(phrase)).step


def test_key_phrases_leave_no_trace(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    data = tmp_path / "data"
    close_database(open_with_users(data))
    source = write(tmp_path / "export" / "profiles.csv", CSV)
    printed: dict[str, bytes] = {}
    imported = kuty(tmp_path, "profiles", "import", str(source), "--as", "admin")
    assert imported.returncode == 0, imported.stderr
    sessions = open_database(database_url(data))
    with sessions.begin() as s:
        olena = s.scalars(
            sa.select(CallerProfile.id).where(CallerProfile.first_name == "Олена")
        ).one()
    set_phrase = kuty(tmp_path, "profiles", "set-phrase", str(olena), "--as", "admin",
                      stdin=SET_PHRASE + "\n")  # fmt: skip
    assert set_phrase.returncode == 0, set_phrase.stderr
    for name, res in (("import", imported), ("set-phrase", set_phrase)):
        printed[f"{name} stdout"] = res.stdout.encode()
        printed[f"{name} stderr"] = res.stderr.encode()

    typed = SET_PHRASE.upper().replace(" ", "  ")
    assert _verify(sessions, "+380501234567", "Коваленко", "Олена", typed) is Step.VERIFIED
    assert _verify(sessions, "+380931112233", "Шевчук", "Тарас", IMPORTED_PHRASE) is Step.VERIFIED
    wrong = _verify(sessions, "+380931112233", "Шевчук", "Тарас", SET_PHRASE)
    assert wrong is Step.SURNAME

    assert (data / "kuty.sqlite3-wal").exists()  # searched while the WAL still holds pages
    live = _files(data)
    close_database(sessions)
    captured = capsys.readouterr()
    blobs = {
        **{f"open {k}": b for k, b in live.items()},
        **_files(data, tmp_path / "no-settings.toml"),
        **printed,
        "log": caplog.text.encode(),
        "stdout": captured.out.encode(),
        "stderr": captured.err.encode(),
    }
    assert len(blobs) >= 8
    assert _leaks(blobs) == []
    # The test itself can see the phrases: the search must be able to find them.
    assert _leaks({"export": source.read_bytes()}) != []
