"""Cases under their policy in the real Inbox (issue 12), clicking the real widgets:
EEP category → the error's own registration number (EEP-4, EEP-13) answered over SMTP
with the number in the template, out of scope answered with its script (EEP-9), the VIP
level (EEP-3), self-identification (EEP-11), KUTY's unverified writer warned about before
a reply leaves (KUTY-2.2) until a verified call joins the case, the written wrap-up on
closing, and a call joined then shown in the thread with its time, number, duration and
outcome in words."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent, Call
from db.models_operator_day import WrapUp
from db.models_written import Case, CaseStatus
from desk.policy import load_policy
from incidents.imap_sync import ImapAccount, sync_once
from incidents.mailstore import store_mail
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.people import OLENA
from tests.gui.test_written_real import choose, open_first_case, type_text
from tests.support.certs import make_pki
from tests.support.dovecot import DovecotServer
from tests.support.smtp import Relay

DATA = Path(__file__).resolve().parents[1] / "data"
EEP = load_policy("eep")
KUTY = load_policy(DATA / "policies" / "written.toml")
LEFT = Qt.MouseButton.LeftButton
EEP_MAIL = (
    "From: Айгүл Сейітова <aigul@example.kz>\r\nTo: support@example.kz\r\n"
    "Subject: =?utf-8?B?0J/QvtGA0YLQsNC7INKb0LDRgtC1?=\r\nMessage-ID: <eep-1@example.kz>\r\n"
    "Date: Tue, 01 Dec 2026 10:00:00 +0500\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Өтінім беру кезінде портал қате береді.\r\n"
).encode()
KUTY_MAIL = (DATA / "mail" / "plain_utf8.eml").read_bytes()


@pytest.fixture
def inbox(inbox_window: Any) -> Any:
    """`inbox(policy)`: Olena's main window on `policy`, the Inbox in front."""
    return inbox_window


def _events(sessions: sessionmaker[Session], kind: str) -> list[dict[str, Any]]:
    with sessions.begin() as s:
        rows = s.scalars(sa.select(AuditEvent.payload).where(AuditEvent.kind == kind)).all()
    return [json.loads(r) for r in rows]


def test_an_error_case_from_dovecot_gets_its_number_and_the_reply_carries_it(
    qtbot: QtBot, tmp_path: Path, inbox: Any, sessions: sessionmaker[Session], relay: Relay
) -> None:
    """EEP-4/EEP-13: the mail arrives un-numbered; choosing "Error or defect" gives it its
    own number from the policy's format, shown in the queue and the header; the template
    "error_registered" carries it to the writer over SMTP."""
    pki = make_pki(tmp_path / "pki", ip="127.0.0.1")
    server = DovecotServer(pki)
    server.start()
    try:
        server.append(EEP_MAIL)
        account = ImapAccount(host="127.0.0.1", user=server.user, port=server.imaps_port,
                              ca_file=str(pki.ca_cert), timeout_s=5)  # fmt: skip
        sync_once(sessions, OLENA, account, policy=EEP, password=server.password)
    finally:
        server.stop()
    _win, view = inbox(EEP)
    open_first_case(qtbot, view)
    assert view.thread.rows.case.registration_number is None
    assert view.case_label.text().startswith("no number")
    choose(qtbot, view.policy_bar.category_box, "Error or defect")
    qtbot.waitUntil(lambda: "EEP-2026-000001 (EEP-13)" in view.status_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.case_label.text().startswith("EEP-2026-000001"), timeout=10_000)
    assert view.table.item(0, 4).text() == "EEP-2026-000001"
    choose(qtbot, view.policy_bar.category_box, "Error or defect")  # again: same number
    choose(qtbot, view.template_box, "Қате тіркелді (нөмірімен)", stays=False)
    assert "EEP-2026-000001" in view.reply_edit.toPlainText()
    assert "{registration_number}" not in view.reply_edit.toPlainText()
    with qtbot.waitSignal(view.sent, timeout=15_000):
        qtbot.mouseClick(view.send_button, LEFT)
    [(_to, mail)] = relay.received
    body = email.message_from_bytes(mail, policy=email.policy.default).get_body()
    assert body is not None and "EEP-2026-000001" in body.get_content()  # type: ignore[union-attr]
    numbered = [e["numbered_now"] for e in _events(sessions, "case_categorised")]
    assert numbered == [True]  # choosing it again changed nothing


def test_out_of_scope_puts_the_refusal_in_the_reply_and_vip_is_kept(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session]
) -> None:
    """EEP-9: out of scope is answered with its script; EEP-3: the level is the case's."""
    store_mail(sessions, OLENA, EEP_MAIL, policy=EEP)
    _win, view = inbox(EEP)
    open_first_case(qtbot, view)
    assert view.policy_bar.level_box.isVisible()
    choose(qtbot, view.policy_bar.level_box, "VIP")
    qtbot.waitUntil(lambda: "VIP (EEP-3)" in view.status_label.text(), timeout=10_000)
    choose(qtbot, view.policy_bar.category_box, "EEP-9 — Out of scope")
    qtbot.waitUntil(lambda: "Out of scope (EEP-9)" in view.status_label.text(), timeout=10_000)
    assert view.reply_edit.toPlainText().startswith("Кешіріңіз, бұл сұрақ")
    with sessions.begin() as s:
        case = s.scalars(sa.select(Case)).one()
        assert (case.sla_level, case.category, case.registration_number) == (
            "vip", "out_of_scope", None
        )  # fmt: skip
    qtbot.waitUntil(lambda: view.policy_bar.level_box.currentText() == "VIP", timeout=10_000)


def test_the_writer_identifies_or_is_asked_to_with_the_policys_script(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session]
) -> None:
    """EEP-11: recorded, audited, in words in the thread header."""
    store_mail(sessions, OLENA, EEP_MAIL, policy=EEP)
    _win, view = inbox(EEP)
    open_first_case(qtbot, view)
    bar = view.policy_bar
    assert bar.standing_label.text() == "Writer not identified yet (EEP-11)"
    qtbot.mouseClick(bar.refuse_button, LEFT)
    qtbot.waitUntil(lambda: "refused to identify" in bar.standing_label.text(), timeout=10_000)
    assert view.reply_edit.toPlainText().startswith("Өтінішіңізді қарау үшін")
    assert not bar.refuse_button.isEnabled()
    qtbot.mouseClick(bar.identified_button, LEFT)
    qtbot.waitUntil(
        lambda: bar.standing_label.text() == "Writer identified themselves (EEP-11)",
        timeout=10_000,
    )
    assert [e["rule"] for e in _events(sessions, "writer_identified")] == ["EEP-11"]
    assert len(_events(sessions, "writer_identification_refused")) == 1
    assert not view.verify_label.isVisible()  # EEP needs no verification for help


def test_an_unverified_writer_is_warned_about_until_a_verified_call_joins(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session], relay: Relay, feed: Any
) -> None:
    """KUTY-2.2: detailed help only to a verified person. A writer is not one; the reply
    needs a confirmation; a call joined to the case whose caller passed verification
    verifies the case (and the thread lists that call)."""
    store_mail(sessions, OLENA, KUTY_MAIL, policy=KUTY)
    win, view = inbox(KUTY)
    open_first_case(qtbot, view)
    assert view.policy_bar.standing_label.text() == (
        "Writer not verified: general help only (KUTY-2.2)"
    )
    assert view.verify_label.isVisible() and "KUTY-2.2" in view.verify_label.text()
    assert not view.policy_bar.identified_button.isVisible()  # KUTY asks no self-id
    view.reply_edit.setFocus()
    type_text(view.reply_edit, "Ваша заява має статус «у черзі».")
    qtbot.mouseClick(view.send_button, LEFT)
    box = view.confirm_box
    assert box is not None and "not verified (KUTY-2.2)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)
    qtbot.waitUntil(lambda: view.confirm_box is None)
    assert relay.received == []

    feed(ev.incoming("c7", number="+380501234567"))
    for event in ev.answered("c7"):
        feed(event)
    with sessions.begin() as s:  # the panel's outcome, as verification.store writes it
        call = s.get(Call, "c7")
        assert call is not None
        call.verification_state = "verified"
    win.show_workspace("written")
    qtbot.mouseClick(view.join_button, LEFT)
    qtbot.waitUntil(
        lambda: (
            view.policy_bar.standing_label.text()
            == "Writer verified by a call on this case (KUTY-2.2)"
        ),
        timeout=10_000,
    )
    assert not view.verify_label.isVisible()
    assert "caller verified (KUTY-2.2)" in view.thread_view.toPlainText()
    with qtbot.waitSignal(view.sent, timeout=15_000):
        qtbot.mouseClick(view.send_button, LEFT)  # no warning now
    assert len(relay.received) == 1


def test_a_joined_call_shows_in_the_thread_with_its_outcome_in_words(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session], feed: Any
) -> None:
    """Issue 12: the case's calls beside its messages: date, number, duration, outcome;
    the call's wrap-up then lands on this case (its number, not a second one)."""
    stored = store_mail(sessions, OLENA, KUTY_MAIL, policy=KUTY)
    win, view = inbox(KUTY)
    open_first_case(qtbot, view)
    feed(ev.incoming("c9", number="+380501234567"))
    for event in ev.answered("c9"):
        feed(event)
    answered_at = dt.datetime.fromisoformat(ev.NOW)
    feed(p.CallEnded(call_id="c9", end_at=(answered_at + dt.timedelta(minutes=3, seconds=5))
                     .isoformat(),
                     end_reason=p.EndReason.REMOTE_HANGUP))  # fmt: skip
    win.show_workspace("written")
    qtbot.mouseClick(view.join_button, LEFT)
    qtbot.waitUntil(lambda: "Call with +380 50 123 4567" in view.thread_view.toPlainText(),
                    timeout=10_000)  # fmt: skip
    shown = view.thread_view.toPlainText()
    assert "talked 03:05" in shown and "Caller hung up" in shown
    assert answered_at.astimezone().strftime("%d.%m.%Y") in shown
    from desk.wrapups import WrapUpInput, save_wrap_up

    saved = save_wrap_up(sessions, OLENA, KUTY, WrapUpInput(call_id="c9", category="registration"))
    assert saved.registration_number == stored.registration_number
    qtbot.mouseClick(view.refresh_button, LEFT)
    qtbot.waitUntil(lambda: "Registration in the service" in view.thread_view.toPlainText(),
                    timeout=10_000)  # fmt: skip


def test_closing_asks_the_wrap_up_and_stores_it_on_the_case(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session]
) -> None:
    """Issue 12: the written case's wrap-up (category, topic, notes, out of scope, reason);
    nothing is lost when a field is missing; an error case closes numbered (EEP-13)."""
    store_mail(sessions, OLENA, EEP_MAIL, policy=EEP)
    _win, view = inbox(EEP)
    open_first_case(qtbot, view)
    qtbot.mouseClick(view.close_button, LEFT)
    dialog = view.close_dialog
    assert dialog is not None and dialog.isVisible() and not view.close_button.isEnabled()
    type_text(dialog.topic_edit, "Өтінім беру қатесі")
    type_text(dialog.reason_edit, "Шешілді")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error_label.text() == "Choose a category first."
    choose(qtbot, dialog.category_box, "Error or defect")
    type_text(dialog.notes_edit, "Кэшті тазалау көмектесті")
    with qtbot.waitSignal(dialog.closed_case, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=10_000)
    assert view.status_label.text() == "Case EEP-2026-000001 is closed."
    with sessions.begin() as s:
        case = s.scalars(sa.select(Case)).one()
        wrap = s.scalars(sa.select(WrapUp)).one()
        assert (case.status, case.close_reason, case.category) == (
            CaseStatus.CLOSED, "Шешілді", "error"
        )  # fmt: skip
        assert (wrap.case_id, wrap.call_id, wrap.topic, wrap.notes) == (
            case.id, None, "Өтінім беру қатесі", "Кэшті тазалау көмектесті"
        )  # fmt: skip


def test_a_change_refused_says_why_and_the_box_shows_what_the_case_has(
    qtbot: QtBot, inbox: Any, sessions: sessionmaker[Session]
) -> None:
    """A colleague closed the case meanwhile: one line in the user's words, nothing kept
    on screen that the case does not have."""
    from desk.cases import close_case

    stored = store_mail(sessions, OLENA, EEP_MAIL, policy=EEP)
    _win, view = inbox(EEP)
    open_first_case(qtbot, view)
    close_case(sessions, OLENA, stored.case_id, "closed at another seat")
    choose(qtbot, view.policy_bar.category_box, "Error or defect")
    qtbot.waitUntil(lambda: view.status_label.text() == "This case is closed.", timeout=10_000)
    assert view.policy_bar.category_box.currentText() == "Category…"
    with sessions.begin() as s:
        case = s.get(Case, stored.case_id)
        assert case is not None and case.category is None and case.registration_number is None
