"""Ukrainian is the default language; English (the source language) on request."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from console.bridge import TelephonyBridge
from console.i18n import I18N_DIR, install_translator, remove_translators
from console.main_window import MainWindow
from desk.settings import load_settings
from telephony import protocol as p
from tests.gui import events as ev


def make_window(qtbot: QtBot) -> MainWindow:
    sent: list[p.Command] = []
    win = MainWindow(TelephonyBridge(), sent.append)
    qtbot.addWidget(win)
    return win


def answer_text(win: MainWindow) -> str:
    found = win.findChild(QPushButton, "answerButton")
    assert found is not None
    return found.text()


def test_ukrainian_is_the_default_language(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")
    assert settings.language == "uk"


@pytest.mark.parametrize(("language", "expected"), [("uk", "Відповісти"), ("en", "Answer")])
def test_window_speaks_the_configured_language(
    qapp: QApplication, qtbot: QtBot, language: str, expected: str
) -> None:
    installed = install_translator(qapp, language)
    try:
        win = make_window(qtbot)
        assert answer_text(win) == expected
    finally:
        remove_translators(qapp, installed)


def test_ukrainian_withheld_and_recording_light(qapp: QApplication, qtbot: QtBot) -> None:
    installed = install_translator(qapp, "uk")
    try:
        bridge = TelephonyBridge()
        win = MainWindow(bridge, lambda _c: None)
        qtbot.addWidget(win)
        bridge.dispatch(ev.incoming(number=p.WITHHELD))
        assert win.card.number_label.text() == "Номер приховано"
        assert win.status.recording_indicator.text() == "● ЗАПИС"
    finally:
        remove_translators(qapp, installed)


def test_every_string_has_a_ukrainian_translation() -> None:
    root = ET.parse(I18N_DIR / "kuty_uk.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, message.findtext("source")
        assert translation.text, message.findtext("source")
    assert (I18N_DIR / "kuty_uk.qm").stat().st_size > 1000
