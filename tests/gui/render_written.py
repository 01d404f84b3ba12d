"""Render the written workspace offscreen at 1366x768 (issue 12 screens).

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_written OUT.png [uk|en] [QM_DIR] [eep]

A fresh SQLite desk with real mails from tests/data/mail (one answered, one with an
archive attached, one hostile HTML), the test policy with templates, the first case open.
`QM_DIR` holds a `kuty_uk.qm` built from the working tree (the shipped one is rebuilt by
the integrator). The answer countdown is the policy's; the policy rules may still be stubs
on this branch, so the script lets a case's first answer be due 60 min after it reached
the desk (CSC-2.4's target) to show what the column looks like. The answered case has a
call joined to it (verified, with its wrap-up) and a category; `eep` renders the EEP
policy instead (SLA level, an error case numbered, the writer identified).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

import desk.cases
from console.bridge import TelephonyBridge
from console.i18n import install_translator
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from db.models_incidents import Message
from db.models_written import MessageDirection, MessageStatus
from db.session import open_database
from desk.cases import add_note, mark_answered, take_case
from desk.policy import Policy, load_policy
from desk.policy_rules import CaseTimes
from desk.settings import load_settings
from incidents.mail_parse import parse_mail
from incidents.mail_reply import compose_reply
from incidents.mailstore import store_mail
from tests.gui.people import OLENA, add_people

DATA = Path(__file__).resolve().parents[1] / "data"
POLICY = load_policy(DATA / "policies" / "written.toml")
if "eep" in sys.argv[4:]:
    POLICY = load_policy("eep")


class _Services(ConsoleServices):
    @property
    def policy(self) -> Policy:
        return POLICY


def _due(policy: Policy, case: CaseTimes) -> dt.datetime | None:
    if case.first_answered_at is not None:
        return None
    return (case.reached_employee_at or case.opened_at) + dt.timedelta(minutes=60)


def _joined_call(sessions: Any, case_id: int, now: dt.datetime) -> None:
    """A verified call from the writer, joined to the case, with its wrap-up (issue 12)."""
    from db.enums import CallDirection, EndReason
    from db.models import Call
    from desk.cases import join_call
    from desk.wrapups import WrapUpInput, save_wrap_up

    with sessions.begin() as session:
        session.add(Call(id="render-call", direction=CallDirection.INCOMING,
                         remote_number="+380501234567", seat="seat-1", operator_id=1,
                         ring_at=now - dt.timedelta(minutes=30),
                         answer_at=now - dt.timedelta(minutes=30),
                         end_at=now - dt.timedelta(minutes=26, seconds=48),
                         end_reason=EndReason.REMOTE_HANGUP,
                         verification_state="verified"))  # fmt: skip
    join_call(sessions, OLENA, case_id, "render-call")
    category = next(c.id for c in POLICY.categories if c.in_scope)
    save_wrap_up(sessions, OLENA, POLICY, WrapUpInput(call_id="render-call", category=category,
                                                      topic="Доступ до кабінету"))  # fmt: skip


def seed(sessions: Any) -> None:
    from desk.case_policy import record_identification, set_category, set_sla_level

    now = dt.datetime.now(dt.UTC)
    ago = {m: now - dt.timedelta(minutes=m) for m in (75, 40, 18, 5, 3)}
    plain = store_mail(sessions, OLENA, (DATA / "mail" / "plain_utf8.eml").read_bytes(),
                       policy=POLICY, source="imap", received_at=ago[75])  # fmt: skip
    answer = compose_reply(
        parse_mail((DATA / "mail" / "plain_utf8.eml").read_bytes()),
        sender="desk@kuty.test",
        body="Доброго дня! Доступ до особистого кабінету відновлено: увійдіть ще раз.\n"
        "Служба підтримки «Кути»",
    )
    for name, minutes in (("zip_bomb.eml", 40), ("cp1251_declared.eml", 18),
                          ("html_hostile.eml", 5)):  # fmt: skip
        store_mail(sessions, OLENA, (DATA / "mail" / name).read_bytes(), policy=POLICY,
                   source="imap", received_at=now - dt.timedelta(minutes=minutes))  # fmt: skip
    take_case(sessions, OLENA, plain.case_id, now=now - dt.timedelta(minutes=70))
    add_note(sessions, OLENA, plain.case_id, "Перевірила: пароль скинуто в реєстрі.")
    store_mail(sessions, OLENA, answer, policy=POLICY, direction=MessageDirection.OUT,
               source="smtp", case_id=plain.case_id, received_at=ago[3])  # fmt: skip
    mark_answered(sessions, OLENA, plain.case_id, now=now - dt.timedelta(minutes=3))
    if POLICY.name == "eep":
        set_category(sessions, OLENA, POLICY, plain.case_id, "error")
        set_sla_level(sessions, OLENA, POLICY, plain.case_id, "vip")
        record_identification(sessions, OLENA, POLICY, plain.case_id, True)
    else:
        _joined_call(sessions, plain.case_id, now)
    with sessions.begin() as session:  # as send_reply leaves it
        original = session.get(Message, plain.message_id)
        if original is not None:
            original.status = MessageStatus.ANSWERED.value


def main(out: Path, language: str, qm_dir: str | None) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    keep: list[QTranslator] = []
    if language != "en":
        keep = install_translator(app, language)  # Qt's own texts (buttons, dialogs)
        if qm_dir:
            ours = QTranslator(app)
            if ours.load(f"kuty_{language}", qm_dir):
                app.installTranslator(ours)
                keep.append(ours)
    desk.cases.answer_due = _due  # type: ignore[assignment]  (see the docstring)
    tmp = Path(tempfile.mkdtemp(prefix="kuty-written-"))
    settings = load_settings(data_dir=tmp, config_file=tmp / "none.toml", env={},
                             audio_device="none", language=language)  # fmt: skip
    sessions = open_database(settings.database)
    add_people(sessions)
    seed(sessions)
    worker = DbWorker()
    services = _Services(settings=settings, sessions=sessions, worker=worker, actor=OLENA)
    win = MainWindow(TelephonyBridge(), lambda _c: None, worker=worker, services=services)
    win.resize(1366, 768)
    win.show()
    win.show_workspace("written")
    view = win.written_view
    assert view is not None

    def wait(condition: object, ms: int = 8000) -> None:
        waited = 0
        while not condition() and waited < ms:  # type: ignore[operator]
            app.processEvents()
            worker_wait = 20
            QApplication.processEvents()
            import time

            time.sleep(worker_wait / 1000)
            waited += worker_wait

    wait(lambda: view.table.rowCount() == 4)
    view.table.selectRow(1)  # the one with the archive
    wait(lambda: view.thread is not None and view.thread.rows.case.id == view.rows[1].id)
    view.attachments.setCurrentRow(0)
    view.template_box.setCurrentIndex(0)
    view.reply_edit.setPlainText(POLICY.templates[1].text)
    app.processEvents()
    win.grab().save(str(out.with_name(out.stem + "-queue" + out.suffix)))
    view.table.selectRow(0)  # the answered one: both messages and the note
    wait(lambda: view.thread is not None and view.thread.rows.case.id == view.rows[0].id)
    view.reply_edit.clear()
    app.processEvents()
    win.grab().save(str(out))
    view.close_case()  # "Close case…": the written wrap-up (issue 12)
    dialog = view.close_dialog
    assert dialog is not None
    dialog.topic_edit.setText("Доступ до кабінету")
    dialog.reason_edit.setText("Відповідь надано")
    app.processEvents()
    dialog.grab().save(str(out.with_name(out.stem + "-close" + out.suffix)))
    dialog.reject()
    worker.shutdown()
    print(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "uk",
         sys.argv[3] if len(sys.argv) > 3 else None)  # fmt: skip
