"""The wrap-up pane, the scripts panel and the incident part of the pane (issue 11), through
the real window on a real SQLite database.

Engine events go to the real call log first (as the engine client journals them) and then
to the bridge, so every wrap-up is saved by `desk.wrapups.save_wrap_up` against a real call
row; buttons are clicked with qtbot and the database is read back.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.main_window import MainWindow
from console.wrapup_pane import WrapUpPane
from db.enums import AgentState
from db.models_incidents import Incident
from desk.wrapups import wrap_up_for_call
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.conftest import Feed, MakeWindow
from tests.gui.people import OLENA

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def win(make_window: MakeWindow) -> MainWindow:
    return make_window(OLENA)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def talk(feed: Feed, call_id: str = "c1", number: str = "+380501234567") -> None:
    feed(
        p.CallIncoming(
            call_id=call_id,
            remote_uri=f"sip:{number}@127.0.0.1",
            caller_number=number,
            display_name="Олена",
            ring_at=now_iso(),
        )
    )
    feed(p.CallAnswered(call_id=call_id, answer_at=now_iso()))
    feed(p.CallStateChanged(call_id=call_id, state=p.CallState.CONFIRMED, sip_code=200))


def end(feed: Feed, call_id: str = "c1") -> None:
    feed(p.CallEnded(call_id=call_id, end_at=now_iso(), end_reason=p.EndReason.LOCAL_HANGUP))


def pane(win: MainWindow) -> WrapUpPane:
    assert win.wrapup is not None
    return win.wrapup


def choose(pane: WrapUpPane, category: str) -> None:
    index = pane.category_box.findData(category)
    assert index > 0, category
    pane.category_box.setCurrentIndex(index)


def readies(sent: list[p.Command]) -> list[p.Command]:
    return [c for c in sent if c.cmd is p.CommandName.SET_AGENT_STATE]


def test_answered_call_opens_the_pane_and_save_stores_it_then_ready(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list[p.Command], sessions: sessionmaker
) -> None:
    wrap = pane(win)
    assert not wrap.isVisible()
    talk(feed)
    assert not wrap.isVisible()  # during the call the card has the room
    end(feed)
    assert wrap.isVisible() and wrap.title_label.text() == "After-call work: +380 50 123 4567"
    # The policy's categories in words, in-scope first, out-of-scope with their rule.
    texts = [wrap.category_box.itemText(i) for i in range(wrap.category_box.count())]
    assert texts[1] == "Registration in the service"
    assert "KUTY-2.3 — Legal question" in texts
    assert texts.index("KUTY-2.3 — Legal question") > texts.index("Changing the user's data")
    assert wrap.countdown_label.text().startswith("Time left: 0")  # kuty: 120 s
    assert wrap.callback_number.text() == "+380501234567"  # default: the caller's number
    due = wrap.callback_due.dateTime().toPython()
    assert due > dt.datetime.now()  # one working hour ahead, never in the past

    qtbot.mouseClick(wrap.save_button, LEFT)  # no category yet: refused in the pane
    assert wrap.status_label.text() == "Choose a category first."
    assert readies(sent) == []
    choose(wrap, "registration")
    assert wrap.reg_edit.placeholderText() == "given when saved"
    qtbot.keyClicks(wrap.topic_edit, "Cannot log in")
    qtbot.keyClicks(wrap.notes_edit, "Reset the password together")
    wrap.callback_check.setChecked(True)
    with qtbot.waitSignal(wrap.saved, timeout=5000):
        qtbot.keyClick(wrap.topic_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = wrap_up_for_call(sessions, OLENA, "c1")
    assert saved is not None and saved.status == "complete"
    assert (saved.category, saved.topic) == ("registration", "Cannot log in")
    assert saved.notes == "Reset the password together"
    assert saved.callback_number == "+380501234567" and saved.callback_due is not None
    assert saved.registration_number and saved.registration_number.startswith("KUTY-")
    assert wrap.reg_edit.text() == saved.registration_number and wrap.reg_edit.isReadOnly()
    assert wrap.copy_button.isEnabled()
    qtbot.mouseClick(wrap.copy_button, LEFT)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == saved.registration_number
    assert readies(sent) == [p.Command(p.CommandName.SET_AGENT_STATE, None, {"state": "ready"})]
    assert wrap.status_label.text() == "Registration number copied."


def test_a_missed_call_opens_no_wrap_up(win: MainWindow, feed: Feed) -> None:
    feed(ev.incoming())
    feed(ev.ended(reason=p.EndReason.MISSED))
    assert not pane(win).isVisible()


def test_refused_save_keeps_everything_typed_and_says_why_in_words(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list[p.Command], sessions: sessionmaker
) -> None:
    wrap = pane(win)
    talk(feed)
    end(feed)
    choose(wrap, "data_change")
    qtbot.keyClicks(wrap.topic_edit, "New address")
    wrap.callback_check.setChecked(True)
    wrap.callback_number.setText("12")
    with qtbot.waitSignal(wrap.save_failed, timeout=5000):
        qtbot.mouseClick(wrap.save_button, LEFT)
    assert wrap.status_label.text() == "The call-back number is not a valid phone number."
    assert wrap.topic_edit.text() == "New address" and wrap.isVisible()
    assert wrap.save_button.isEnabled() and readies(sent) == []
    assert wrap_up_for_call(sessions, OLENA, "c1") is None
    wrap.callback_number.setText("+380671234567")
    with qtbot.waitSignal(wrap.saved, timeout=5000):
        qtbot.mouseClick(wrap.save_button, LEFT)
    saved = wrap_up_for_call(sessions, OLENA, "c1")
    assert saved is not None and saved.callback_number == "+380671234567"


def test_local_countdown_saves_what_is_filled_as_incomplete(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list[p.Command], sessions: sessionmaker
) -> None:
    wrap = pane(win)
    talk(feed)
    end(feed)
    # The engine's own limit (AgentStateChanged.acw_limit_s) replaces the policy's 120 s.
    feed(
        p.AgentStateChanged(
            state=AgentState.AFTER_CALL_WORK, since=now_iso(), call_id="c1", acw_limit_s=2
        )
    )
    assert wrap.seconds_left() in (1, 2)
    qtbot.keyClicks(wrap.topic_edit, "Half done")
    with qtbot.waitSignal(wrap.saved, timeout=6000):
        pass
    saved = wrap_up_for_call(sessions, OLENA, "c1")
    assert saved is not None and saved.status == "incomplete" and saved.topic == "Half done"
    assert wrap.status_label.text() == "Saved as incomplete: the time for wrap-up ran out."
    assert len(readies(sent)) == 1


def test_engine_ready_after_the_limit_saves_incomplete_without_asking_again(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list[p.Command], sessions: sessionmaker
) -> None:
    wrap = pane(win)
    talk(feed)
    end(feed)
    choose(wrap, "queue_position")
    with qtbot.waitSignal(wrap.saved, timeout=5000):
        feed(p.AgentStateChanged(state=AgentState.READY, since=now_iso(), cause="acw_limit"))
    saved = wrap_up_for_call(sessions, OLENA, "c1")
    assert saved is not None and saved.status == "incomplete"
    assert saved.category == "queue_position"
    assert readies(sent) == []  # the engine is READY already


def test_scripts_refusal_goes_on_the_wrap_up_with_its_out_of_scope_rule(
    qtbot: QtBot, win: MainWindow, feed: Feed, sessions: sessionmaker
) -> None:
    scripts = win.scripts_panel
    assert scripts is not None
    titles = [scripts.list.item(i).text() for i in range(scripts.list.count())]
    assert "Юридична консультація" in titles
    talk(feed)
    # Keyboard: the shortcut shows the tab, arrows choose, Enter records the refusal.
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert win.side_tabs.tabText(win.side_tabs.currentIndex()) == "Scripts"
    assert scripts.list.hasFocus()
    scripts.list.setCurrentRow(titles.index("Юридична консультація"))
    # Large enough to read aloud, and relative to the desktop's font (issue 13).
    assert scripts.text.font().pointSizeF() >= 1.5 * QApplication.font().pointSizeF()
    assert "юридичних" in scripts.text.toPlainText()
    qtbot.keyClick(scripts.list, Qt.Key.Key_Return)
    qtbot.keyClick(scripts.list, Qt.Key.Key_Down)  # the next script: a mouse click on it
    button = scripts.findChild(QPushButton, f"refuse-{scripts.current().rules[0]}")
    assert button is not None and button.text().startswith("Refused: KUTY-2.")
    second = scripts.current().rules[0]
    qtbot.mouseClick(button, LEFT)
    end(feed)
    wrap = pane(win)
    assert wrap.refused_label.text() == f"KUTY-2.3, {second}"
    assert wrap.out_of_scope_check.isChecked()
    assert wrap.category_box.currentData() == "legal_question"  # was still unchosen
    with qtbot.waitSignal(wrap.saved, timeout=5000):
        qtbot.mouseClick(wrap.save_button, LEFT)
    saved = wrap_up_for_call(sessions, OLENA, "c1")
    assert saved is not None and saved.refused_rules == ("KUTY-2.3", second)
    assert saved.out_of_scope_rule == second  # the latest refusal's rule
    assert saved.category == "legal_question"


def incident_row(sessions: sessionmaker[Session]) -> Incident:
    with sessions() as s:
        return s.scalars(sa.select(Incident)).one()


def press_threat_and_end(qtbot: QtBot, win: MainWindow, feed: Feed, sent: list) -> None:
    assert win.incidents is not None
    talk(feed)
    with qtbot.waitSignal(win.incidents.bar.filed, timeout=10_000):
        qtbot.mouseClick(win.incidents.bar.threat_button, LEFT)
        assert sent[-1].cmd is p.CommandName.HANGUP  # hang-up stays instant
    end(feed)
    wrap = pane(win)
    qtbot.waitUntil(lambda: wrap.incident_form is not None, timeout=5000)
    assert wrap.isVisible() and wrap.incident_form is not None
    assert wrap.incident_form.isVisible()


def test_accidental_threat_is_withdrawn_in_the_pane_with_a_reason(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list, sessions: sessionmaker
) -> None:
    press_threat_and_end(qtbot, win, feed, sent)
    form = pane(win).incident_form
    assert form is not None and form.reverts_offered()
    assert form.withdraw_button.text() == "It was a mistake"
    assert form.reclassify_button.isVisible()
    qtbot.mouseClick(form.withdraw_button, LEFT)
    qtbot.mouseClick(form.confirm_button, LEFT)  # no reason: refused
    assert form.status_label.text() == "Type the reason first."
    qtbot.keyClicks(form.reason_edit, "Pressed F12 instead of F10")
    with qtbot.waitSignal(form.withdrawn, timeout=10_000):
        qtbot.mouseClick(form.confirm_button, LEFT)
    row = incident_row(sessions)
    assert row.status.value == "withdrawn"
    assert not form.reverts_offered()
    assert "withdrawn" in form.intro.text()


def test_threat_reclassified_as_abuse_in_the_pane(
    qtbot: QtBot, win: MainWindow, feed: Feed, sent: list, sessions: sessionmaker
) -> None:
    press_threat_and_end(qtbot, win, feed, sent)
    form = pane(win).incident_form
    assert form is not None
    qtbot.mouseClick(form.reclassify_button, LEFT)
    qtbot.keyClicks(form.reason_edit, "Shouting, no threat")
    with qtbot.waitSignal(form.reclassified, timeout=10_000):
        qtbot.keyClick(form.reason_edit, Qt.Key.Key_Return)
    assert incident_row(sessions).kind.value == "abuse"
    assert form.intro.text().startswith("Abuse (KUTY-3.1)")
    assert not form.reclassify_button.isVisible()


def test_revert_offers_end_with_the_services_window(
    qtbot: QtBot,
    win: MainWindow,
    feed: Feed,
    sent: list,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After REVERT_WINDOW_S the pane stops offering "it was a mistake" (the service
    refuses it then too); here the window is shortened to one second."""
    import incidents.service

    monkeypatch.setattr(incidents.service, "REVERT_WINDOW_S", 1)
    press_threat_and_end(qtbot, win, feed, sent)
    form = pane(win).incident_form
    assert form is not None and form.reverts_offered()
    qtbot.waitUntil(lambda: not form.reverts_offered(), timeout=4000)
    assert not form.reclassify_button.isVisible()
    assert form.save_button.isEnabled()  # the note can still be written


def test_refusal_with_no_contact_is_said_in_the_scripts_panel(win: MainWindow) -> None:
    scripts = win.scripts_panel
    assert scripts is not None
    scripts.refuse("KUTY-2.3")
    assert scripts.status_label.text() == 'No call or open wrap-up to add "refused: KUTY-2.3" to.'


def test_eep_8_call_back_refusal_reads_as_one_line(qtbot: QtBot) -> None:
    """EEP-8: the service's refusal of a non-VIP call-back reaches the operator as its own
    line (translated), not as "the wrap-up was not saved: callback_due: ..."."""
    from console.wrapup_fields import wrapup_error_text
    from desk.policy import load_policy
    from desk.policy_rules import callback_refusal
    from desk.wrapups import WrapUpError

    refusal = callback_refusal(load_policy("eep"), "basic")
    text = wrapup_error_text(WrapUpError(f"callback_due: {refusal}"))
    assert text == "A call-back is offered only to VIP cases (EEP-8)."
