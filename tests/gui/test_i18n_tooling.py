"""`python -m console.i18n_ru|kk` (issue 12): fills a .ts from the Russian/Kazakh table
through the shared `i18n_uk.fill`, lists what is missing per context and exits 0 (a context
nobody wrote yet, here FutureView, shows English), or 1 with `--strict`; Ukrainian stays
strict."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from console.i18n import I18N_DIR
from console.i18n_kk import KK
from console.i18n_partial import main
from console.i18n_ru import RU
from console.i18n_uk import fill

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="kk_KZ">
<context><name>CallCard</name>
<message><source>Answer</source><translation type="unfinished"></translation></message>
</context>
<context><name>FutureView</name>
<message><source>Reply</source><translation type="unfinished"></translation></message>
<message><source>Send</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def test_partial_languages_report_missing_texts_by_context_and_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ts = tmp_path / "kuty_kk.ts"
    ts.write_text(TS, encoding="utf-8")
    assert main("kk", KK, [str(ts)]) == 0
    err = capsys.readouterr().err
    assert "kuty_kk.ts: FutureView: 2 untranslated (English shown)" in err
    assert "kuty_kk.ts: 2 untranslated in 1 contexts" in err
    answer = ET.parse(ts).getroot().find("context/message/translation")
    assert answer is not None and answer.text == "Жауап беру" and answer.get("type") is None
    assert main("kk", KK, [str(ts), "--strict"]) == 1


def test_ukrainian_still_fails_on_a_missing_text(tmp_path: Path) -> None:
    ts = tmp_path / "kuty_uk.ts"
    ts.write_text(TS.replace("kk_KZ", "uk_UA"), encoding="utf-8")
    assert fill(ts) == ["FutureView: Reply", "FutureView: Send"]


@pytest.mark.parametrize(("language", "table"), [("ru", RU), ("kk", KK)])
def test_the_committed_ts_is_what_the_table_fills(
    tmp_path: Path, language: str, table: dict[str, str]
) -> None:
    """Nobody edited the .ts by hand past the table (or the table past the .ts)."""
    copy = tmp_path / f"kuty_{language}.ts"
    shutil.copy(I18N_DIR / f"kuty_{language}.ts", copy)
    fill(copy, table)

    def texts(path: Path) -> list[str | None]:
        return [m.findtext("translation") for m in ET.parse(path).getroot().iter("message")]

    assert texts(copy) == texts(I18N_DIR / f"kuty_{language}.ts")
    assert all(key.count("/") >= 1 and key.split("/", 1)[0][:1].isupper() for key in table)
