"""Today's calls in words (issue 11): incidents by kind, refused calls by reason, the
wrap-up's category and registration number, and call back from a row.

The first test reads rows the real call log wrote (incident filed with the real service,
wrap-up saved with the real service) through `CallLog.list_calls`; the others feed
`db.queries.CallSummary` rows to the widget and press its real controls.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.history_view import HistoryWidget
from console.i18n import install_translator, remove_translators
from db.models_incidents import IncidentKind
from db.queries import CallSummary
from desk.policy import load_policy
from desk.settings import Settings
from desk.wrapups import WrapUpInput, save_wrap_up
from incidents.config import load_config
from incidents.service import report_call_incident
from telephony import protocol as p
from tests.gui.people import OLENA

RING = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def summary(call_id: str, end_reason: str | None, **extra: Any) -> CallSummary:
    base = CallSummary(
        call_id=call_id, direction="incoming", number="+380501234567", display_name=None,
        seat="s1", ring_at=RING, answer_at=None, end_at=RING, end_reason=end_reason,
        sip_code=None, talk_duration_s=None, recording_id=None, recording_status=None,
        recording_duration_s=None, caller_path=None, operator_path=None, mixed_path=None,
        caller_sha256=None, operator_sha256=None, mixed_sha256=None,
    )  # fmt: skip
    return dataclasses.replace(base, **extra)


@pytest.fixture
def history(qtbot: QtBot) -> HistoryWidget:
    widget = HistoryWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_rows_from_the_real_call_log_show_the_incident_and_the_wrap_up(
    qtbot: QtBot,
    history: HistoryWidget,
    settings: Settings,
    sessions: sessionmaker[Session],
) -> None:
    from seat.calllog import CallLog

    log = CallLog(sessions, settings.seat_name)
    now = dt.datetime.now(dt.UTC)
    for call_id in ("c-threat", "c-wrap"):
        log.apply(p.CallIncoming(call_id=call_id, remote_uri="sip:x@127.0.0.1",
                                 caller_number="+380501234567", display_name="",
                                 ring_at=now.isoformat()))  # fmt: skip
        log.apply(p.CallAnswered(call_id=call_id, answer_at=now.isoformat()))
        log.apply(p.CallEnded(call_id=call_id, end_at=now.isoformat(),
                              end_reason=p.EndReason.LOCAL_HANGUP))  # fmt: skip
    report_call_incident(sessions, OLENA, call_id="c-threat", kind=IncidentKind.THREAT,
                         pressed_at=now, offset_s=1.0,
                         config=load_config(settings.data_dir))  # fmt: skip
    saved = save_wrap_up(sessions, OLENA, load_policy("kuty"),
                         WrapUpInput(call_id="c-wrap", category="registration"))  # fmt: skip
    history.set_calls(log.list_calls(day=None))
    rows = {r[4]: r for r in history.row_texts()}
    assert set(rows) == {"Threat", "Operator hung up"}  # not "Operator hung up" for both
    wrapped = rows["Operator hung up"]
    assert wrapped[7:] == ["Registration in the service", saved.registration_number]


def test_refused_and_transferred_calls_read_in_words(history: HistoryWidget) -> None:
    history.set_calls(
        [
            summary("a", "not_ready"),
            summary("b", "busy"),
            summary("c", "not_recorded"),
            summary("d", "transferred", transfer_target="+380671234567"),
            summary("e", "local_hangup", incident_kinds=("abuse",)),
            summary("f", "local_hangup", incident_kinds=("abuse", "threat")),
            summary("g", "transferred"),
        ]
    )
    assert [r[4] for r in history.row_texts()] == [
        "Not ready",
        "Busy",
        "Not recorded — refused",
        "Transferred to +380 67 123 4567",
        "Abuse",
        "Threat",
        "Transferred",
    ]


def test_rows_in_ukrainian(qapp: Any, history: HistoryWidget) -> None:
    installed = install_translator(qapp, "uk")
    try:
        history.set_calls(
            [
                summary("a", "not_ready"),
                summary("b", "busy"),
                summary("c", "not_recorded"),
                summary("d", "transferred"),
                summary("e", "local_hangup", incident_kinds=("abuse",)),
                summary("f", "local_hangup", incident_kinds=("threat",)),
                summary("g", "local_hangup", category="legal_question"),
            ]
        )
        rows = history.row_texts()
        assert [r[4] for r in rows] == [
            "Не готовий", "Зайнято", "Без запису — відхилено", "Переведено", "Образа",
            "Погроза", "Завершив оператор",
        ]  # fmt: skip
        assert rows[-1][7] == "Юридичне питання"
    finally:
        remove_translators(qapp, installed)


def test_call_back_from_a_row_by_button_enter_and_menu(
    qtbot: QtBot, history: HistoryWidget
) -> None:
    history.set_calls([summary("a", "missed"), summary("w", "missed", number=p.WITHHELD)])
    asked: list[str] = []
    history.call_back_requested.connect(asked.append)
    button = history.call_back_button
    assert not button.isEnabled()  # nothing selected yet
    view = history.view
    view.setCurrentItem(view.topLevelItem(1))  # withheld: nothing to call
    assert not button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked == []
    view.setCurrentItem(view.topLevelItem(0))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked == ["+380501234567"] * 2

    menu = history.context_menu()
    action = menu.actions()[0]
    assert action.text() == "Call back" and action.isEnabled()
    action.trigger()
    assert asked[-1] == "+380501234567" and len(asked) == 3
