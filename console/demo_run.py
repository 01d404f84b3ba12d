"""The Qt side of `make demo` (console/demo.py decides headless or not, then calls this)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QPushButton

from console.app import _open_calllog, build_console, reconcile_now
from console.demo import DEMO_CALLER, TALK_SECONDS, start_caller
from console.demo_audio import (
    HEADSET,
    RINGER,
    DemoAudio,
    install_demo_audio,
    raw_size,
    ring_seconds,
)
from console.demo_mail import DEMO_MAIL_FROM, DemoRelay, demo_mail, write_smtp_config
from console.i18n import install_translator, remove_translators
from db.models_written import CaseStatus
from desk.settings import load_settings
from telephony import protocol as p

# The Service's export as it enters a seat (`kuty profiles import`): a family phone
# shared by two profiles, key phrases that only ever reach the database as Argon2 hashes.
DEMO_PROFILES_JSON = [
    {
        "surname": "Коваленко",
        "first_name": "Олена",
        "patronymic": "Петрівна",
        "phones": f"{DEMO_CALLER}; 067 111 22 33",
        "key_phrase": "сонячний ранок у Кутах",
        "applications": [
            {
                "number": "KT-2026-0142",
                "child_first_name": "Соломія",
                "status": "у черзі",
                "created": "2026-03-02",
                "updated": "2026-09-14",
                "kindergartens": ["ЗДО «Сонечко»", "ЗДО «Дзвіночок»"],
            }
        ],
    },
    {
        "surname": "Коваленко",
        "first_name": "Андрій",
        "patronymic": "Іванович",
        "phones": DEMO_CALLER,
        "key_phrase": "зелені смереки",
    },
    {
        "surname": "Ґудзь",
        "first_name": "Марʼяна",
        "patronymic": "",
        "phones": "+380931234567",
        "key_phrase": "черемош весною",
    },
]
DEMO_ANSWERS = ("Коваленко", "Олена", "сонячний ранок у Кутах")
DEMO_CATEGORY = "data_change"  # the caller asks how to change her application (KUTY-2.1)
DEMO_TOPIC = "Як змінити дані в заяві"
DEMO_NOTES = "Пояснено, де в кабінеті змінити дані; перетелефонувати, чи вдалося."
DEMO_WRITTEN_ANSWER = (
    "Доброго дня, пані Олено! Натисніть «Відновити доступ» на сторінці входу: лист із "
    "посиланням надійде на цю адресу.\nСлужба підтримки «Кути»"
)


DEMO_ADMIN = ("demo-admin", "demo-admin-password")
DEMO_OPERATOR = ("demo-operator", "demo-operator-password")
"""Demo accounts only: a real install creates its first admin with `kuty users add`."""


def demo_sign_in(sessions: Any) -> Any:
    """Create the demo admin and operator on a fresh demo database, then sign in as the
    operator through the real `authenticate` (so the demo's audit log shows a sign-in)."""
    from db.models import utcnow
    from desk.roles import Role
    from desk.users import add_user, authenticate, has_active_admin

    with sessions.begin() as session:
        fresh = not has_active_admin(session)
    if fresh:
        add_user(sessions, None, DEMO_ADMIN[0], Role.ADMIN, "Demo admin", DEMO_ADMIN[1])
        admin = authenticate(sessions, DEMO_ADMIN[0], DEMO_ADMIN[1], utcnow())
        add_user(
            sessions, admin, DEMO_OPERATOR[0], Role.OPERATOR, "Оператор демо", DEMO_OPERATOR[1]
        )
    return authenticate(sessions, DEMO_OPERATOR[0], DEMO_OPERATOR[1], utcnow())


def seed_demo_profiles(sessions: Any, data_dir: Path) -> int:
    """Import the demo profiles through the same path as `kuty profiles import`."""
    import json

    from sqlalchemy import func, select

    from db.models import CallerProfile, utcnow
    from desk.users import authenticate
    from verification.importer import parse_profiles
    from verification.store import import_profiles

    with sessions.begin() as session:
        if session.scalar(select(func.count()).select_from(CallerProfile)):
            return 0
    export = data_dir / "demo-profiles.json"
    export.write_text(json.dumps(DEMO_PROFILES_JSON, ensure_ascii=False), encoding="utf-8")
    admin = authenticate(sessions, DEMO_ADMIN[0], DEMO_ADMIN[1], utcnow())
    report = import_profiles(sessions, admin, parse_profiles(export), workers=1)
    export.unlink()  # the plain key phrases must not stay on disk
    return int(report.created)


class Scenario:
    """Drives the real window through the operator's day, clicking its real widgets:
    ring, answer, verify, hang up, wrap up with a call-back, Ready, call back."""

    def __init__(
        self, wired: Any, port: int, headless: bool, shot: Path, audio: DemoAudio | None
    ) -> None:
        self.wired = wired
        self.port = port
        self.headless = headless
        self.shot = shot
        self.audio = audio
        self.caller: subprocess.Popen[Any] | None = None
        self.incoming: p.CallIncoming | None = None
        self.finished: p.RecordingFinished | None = None
        self.callback_call: str | None = None  # our outgoing call id
        self.callback_finished: p.RecordingFinished | None = None
        self.wrap_up: Any = None
        self.ring_s = 0.0
        self.ringer_s = 0.0
        self.states: list[str] = []
        self._ring_from = (0, 0)
        self.failure = ""
        self.written_case: Any = None  # desk.cases.CaseRow of the demo e-mail
        self.written_typed = False
        self.written_answered: int | None = None
        self.relay: Any = None  # console.demo_mail.DemoRelay
        bridge = wired.bridge
        bridge.engine_ready.connect(self.on_engine_ready)
        bridge.call_incoming.connect(self.on_incoming)
        bridge.call_answered.connect(self.on_answered)
        bridge.call_outgoing.connect(self.on_outgoing)
        bridge.recording_finished.connect(self.on_recording_finished)
        bridge.alert.connect(self.on_alert)
        bridge.agent_state_changed.connect(self.on_agent_state)
        self.answers: list[str] = []
        from PySide6.QtWidgets import QWidget

        panel = wired.window.findChild(QWidget, "verificationPanel")
        if panel is not None:
            panel.verified.connect(self.on_verified)
        wrapup = getattr(wired.window, "wrapup", None)
        if wrapup is not None:
            wrapup.saved.connect(self.on_wrap_up_saved)

    def say(self, text: str) -> None:
        print(f"demo: {text}", flush=True)

    def click(self, name: str) -> None:
        button = self.wired.window.findChild(QPushButton, name)
        if button is None or not button.isEnabled():
            self.fail(f"button {name} is not available")
            return
        self.say(f"clicking {button.text()!r}")
        button.click()

    def shoot(self, name: str) -> Path:
        path = self.shot.with_name(f"console-{name}.png")
        self.wired.window.grab().save(str(path))
        return path

    def on_engine_ready(self, event: p.EngineReady) -> None:
        if self.caller is None:
            self.say(f"console listening on sip:operator@{event.listen}; simulated caller dials")
            self.caller = start_caller(self.port, TALK_SECONDS if self.headless else None)

    def on_agent_state(self, event: p.AgentStateChanged) -> None:
        controls = getattr(self.wired.window, "call_controls", None)
        shown = controls.state_bar.state_label.text() if controls else event.state.value
        self.states.append(event.state.value)
        extra = f", {event.acw_limit_s} s to wrap up" if event.acw_limit_s else ""
        self.say(f"agent state: {event.state.value} ({event.cause}{extra}); state bar: {shown!r}")
        if not self.headless:
            return
        if event.state is p.AgentState.AFTER_CALL_WORK and self.wrap_up is None:
            QTimer.singleShot(800, self.fill_wrap_up)  # the first call's; the demo ends after
        elif event.state is p.AgentState.READY and event.cause == "command" and self.wrap_up:
            QTimer.singleShot(800, self.call_back)

    def on_incoming(self, event: p.CallIncoming) -> None:
        self.incoming = event
        self.say(f"ringing: {event.caller_number or event.remote_uri}")
        if self.audio is not None:
            self._ring_from = (raw_size(self.audio.speaker), raw_size(self.audio.ringer))
        if self.headless:
            QTimer.singleShot(2500, self.answer)

    def answer(self) -> None:
        if self.audio is not None:
            speaker_from, ringer_from = self._ring_from
            self.ring_s = ring_seconds(
                self.audio.speaker, speaker_from, raw_size(self.audio.speaker)
            )
            self.ringer_s = ring_seconds(
                self.audio.ringer, ringer_from, raw_size(self.audio.ringer)
            )
            self.say(
                f"ringtone heard for {self.ring_s:.1f} s in the headset and "
                f"{self.ringer_s:.1f} s on the desk speakers (523 + 659 Hz)"
            )
        self.click("answerButton")

    def on_answered(self, event: p.CallAnswered) -> None:
        if event.call_id == self.callback_call:
            self.say("the caller's phone answered the call-back; recording")
            QTimer.singleShot(2500, lambda: self.click("hangupButton"))
            return
        self.say("answered; recording")
        if self.headless:
            QTimer.singleShot(800, lambda: self.click("startVerificationButton"))
            self.answers = list(DEMO_ANSWERS)
            QTimer.singleShot(1000, self.type_next_answer)

    def type_next_answer(self) -> None:
        """Type what the caller says into the enabled verification field, then Enter."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        if not self.answers:
            return
        names = ("surnameField", "firstNameField", "keyPhraseField")
        field = self.wired.window.findChild(QLineEdit, names[3 - len(self.answers)])
        if field is None or not field.isEnabled():
            QTimer.singleShot(100, self.type_next_answer)  # Argon2 or the DB still busy
            return
        text = self.answers.pop(0)
        self.say(f"operator types {'***' if field.objectName() == 'keyPhraseField' else text}")
        field.setFocus()
        field.setText(text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        if self.answers:
            QTimer.singleShot(300, self.type_next_answer)

    def on_verified(self, card: Any) -> None:
        self.say(
            f"VERIFIED: {getattr(card, 'surname', '')} {getattr(card, 'first_name', '')}; "
            f"{len(getattr(card, 'applications', ()))} application(s) on the card"
        )
        if self.headless:
            QTimer.singleShot(1200, self.screenshot)
            QTimer.singleShot(2000, lambda: self.click("hangupButton"))

    def screenshot(self) -> None:
        self.wired.window.grab().save(str(self.shot))
        self.say(f"screenshot saved: {self.shot}")

    def fill_wrap_up(self) -> None:
        """The wrap-up as the operator fills it: category, topic, notes, a call-back."""
        from PySide6.QtWidgets import (
            QCheckBox,
            QComboBox,
            QDateTimeEdit,
            QLineEdit,
            QPlainTextEdit,
        )

        window = self.wired.window
        category = window.findChild(QComboBox, "wrapUpCategory")
        topic = window.findChild(QLineEdit, "wrapUpTopic")
        if category is None or topic is None or not topic.isVisible():
            self.fail("the wrap-up pane did not open after the call")
            return
        index = category.findData(DEMO_CATEGORY)
        category.setCurrentIndex(index if index >= 0 else 1)
        topic.setText(DEMO_TOPIC)
        notes = window.findChild(QPlainTextEdit, "wrapUpNotes")
        if notes is not None:
            notes.setPlainText(DEMO_NOTES)
        callback = window.findChild(QCheckBox, "wrapUpCallback")
        due = window.findChild(QDateTimeEdit, "wrapUpCallbackDue")
        if callback is not None:
            callback.setChecked(True)
        if due is not None:
            due.setDateTime(QDateTime.currentDateTime().addSecs(300))
        self.say(f"wrap-up: {category.currentText()!r}, topic {DEMO_TOPIC!r}, call back in 5 min")
        path = self.shoot("wrapup")
        self.say(f"screenshot saved: {path}")
        self.click("saveWrapUp")

    def on_wrap_up_saved(self, wrap_up: Any) -> None:
        self.wrap_up = wrap_up
        self.say(
            f"wrap-up saved: registration number {getattr(wrap_up, 'registration_number', '')}, "
            f"status {getattr(wrap_up, 'status', '')}, call back to "
            f"{getattr(wrap_up, 'callback_number', '')}"
        )

    def call_back(self) -> None:
        """From the call-back list, as the operator picks it (Ctrl+M, then the entry)."""
        dial_box = getattr(self.wired.window, "dial_box", None)
        if dial_box is None:
            self.fail("no dial box")
            return
        entries = [a for a in dial_box.entries() if "—" in a.text()]  # call-backs due
        if not entries:
            dial_box.refresh()
            self._tries = getattr(self, "_tries", 0) + 1
            if self._tries > 50:
                self.fail("the wrap-up's call-back never reached the call-back list")
            else:
                QTimer.singleShot(200, self.call_back)
            return
        self.say(f"calling back from the call-back list: {entries[0].text().strip()!r}")
        entries[0].trigger()

    def on_outgoing(self, event: p.CallOutgoing) -> None:
        self.callback_call = event.call_id
        self.say(f"dialling {event.callee_number or event.remote_uri} through the gateway")

    def on_recording_finished(self, event: p.RecordingFinished) -> None:
        if event.call_id == self.callback_call:
            self.callback_finished = event
            if self.headless:
                path = self.shoot("after")
                self.say(f"screenshot saved: {path}")
                QTimer.singleShot(800, self.written_contact)
            return
        self.finished = event

    # ------------------------------------------------------------- written (issue 12)

    def written_contact(self) -> None:
        """Answer the writer's e-mail in the written workspace, as the operator does:
        open it from the queue, write the answer, Send (the relay on loopback takes it)."""
        view = getattr(self.wired.window, "written_view", None)
        if view is None:
            self.fail("the console has no written workspace")
            return
        self.wired.window.show_workspace("written")
        self.say("written workspace: the queue in order of arrival")
        view.loaded.connect(self._pick_written)
        view.thread_shown.connect(self._answer_written)
        view.sent.connect(self._written_sent)
        view.refresh()

    def _pick_written(self) -> None:
        view = self.wired.window.written_view
        if self.written_case is not None:
            return
        # The newest unanswered one: a demo data dir reused keeps earlier runs' cases.
        for index, row in reversed(list(enumerate(view.rows))):
            if row.from_address == DEMO_MAIL_FROM and row.status == CaseStatus.NEW:
                self.written_case = row
                self.say(f"opening case {row.registration_number}: {row.subject!r} "
                         f"from {row.from_address}")  # fmt: skip
                view.table.selectRow(index)
                return
        self.fail("the demo e-mail is not in the written queue")

    def _answer_written(self, case_id: int) -> None:
        case = self.written_case
        if case is None or case_id != case.id or self.written_typed:
            return
        self.written_typed = True
        view = self.wired.window.written_view
        view.reply_edit.setPlainText(DEMO_WRITTEN_ANSWER)
        self.say("operator types the answer")
        QTimer.singleShot(500, lambda: self.click("writtenSend"))
        QTimer.singleShot(900, self._confirm_general_answer)

    def _confirm_general_answer(self) -> None:
        """KUTY-2.2: the writer is not verified, so the console asks before the reply
        leaves; the demo's answer is general help (no profile data), so it goes."""
        from PySide6.QtWidgets import QMessageBox

        box = getattr(self.wired.window.written_view, "confirm_box", None)
        if box is None:
            return
        self.say("the writer is not verified (KUTY-2.2): general help only, sent anyway")
        box.button(QMessageBox.StandardButton.Yes).click()

    def _written_sent(self, case_id: int) -> None:
        self.written_answered = case_id
        case = self.written_case
        if case is not None:
            self.say(f"written: mail from {case.from_address} answered, case "
                     f"{case.registration_number}; it waits for the writer")  # fmt: skip

        def done() -> None:
            path = self.shoot("written")
            self.say(f"screenshot saved: {path}")
            QApplication.quit()

        QTimer.singleShot(1200, done)

    def on_alert(self, event: p.Alert) -> None:
        if event.code not in {"no_audio_device"}:
            self.say(f"ALERT {event.code}: {event.message}")

    def fail(self, why: str) -> None:
        self.failure = why
        self.say(f"FAILED: {why}")
        QApplication.quit()

    def stop_caller(self) -> None:
        if self.caller is not None and self.caller.poll() is None:
            self.caller.terminate()
            try:
                self.caller.wait(10)
            except subprocess.TimeoutExpired:
                self.caller.kill()


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen plugin warns about window hints it cannot honour: noise in the report."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run_demo(
    *,
    data_dir: Path,
    port: int,
    headless: bool,
    language: str,
    timeout_s: float,
    gateway: str = "",
) -> int:
    if headless:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # Headless, the headset and the desk speakers are ALSA files the demo listens to.
    audio = install_demo_audio(data_dir / "demo-audio") if headless else None
    devices: dict[str, Any] = {"audio_device": "none" if headless else None}
    if audio is not None:
        devices = {"audio_device": HEADSET, "ringer_device": RINGER, "headset_max_lag_ms": 0}
    settings = load_settings(
        data_dir=data_dir,
        config_file=data_dir / "settings.toml",
        env={},
        listen=f"127.0.0.1:{port}",
        language=language,
        sip_gateway=gateway,
        **devices,
    )
    translators = install_translator(app, settings.language)
    calllog = _open_calllog(settings)
    from db.session import open_database

    sessions = open_database(settings.database)
    actor = demo_sign_in(sessions)
    seeded = seed_demo_profiles(sessions, data_dir)
    print(f"demo: signed in as {actor.label}", flush=True)
    print(
        f"demo: data dir {data_dir} (SQLite {settings.database}); "
        f"{seeded} demo caller profiles added",
        flush=True,
    )
    reconcile_now(calllog, settings)
    relay = DemoRelay().start()
    write_smtp_config(data_dir, relay.port)
    written = seed_demo_mail(sessions, actor, settings)
    print(f"demo: an e-mail from {DEMO_MAIL_FROM} waits in the written queue "
          f"(case {written})", flush=True)  # fmt: skip
    wired = build_console(settings, calllog, sessions=sessions, actor=actor)
    scenario = Scenario(wired, port, headless, data_dir / "console.png", audio)
    scenario.relay = relay
    wired.window.show()
    wired.client.start()
    if headless:
        QTimer.singleShot(
            int(timeout_s * 1000),
            lambda: scenario.fail(f"the scenario did not finish within {timeout_s:.0f} s"),
        )
    try:
        app.exec()
    finally:
        scenario.stop_caller()
        wired.close()
        relay.stop()
        remove_translators(app, translators)
    return report(calllog, scenario) if headless else 0


def seed_demo_mail(sessions: Any, actor: Any, settings: Any) -> str:
    """The writer's e-mail through the same door as `kuty messages import` (the raw bytes
    kept with their SHA-256); a second demo run on the same data dir adds nothing."""
    from desk.policy import seat_policy
    from incidents.mailstore import store_mail

    stored = store_mail(sessions, actor, demo_mail(), policy=seat_policy(settings))
    return stored.registration_number or str(stored.case_id)


def report(calllog: Any, scenario: Scenario) -> int:
    if scenario.failure or scenario.finished is None or scenario.incoming is None:
        print(f"demo: did not complete: {scenario.failure or 'no recording'}", file=sys.stderr)
        return 1
    call_id = scenario.incoming.call_id
    calls = [c.to_json_dict() for c in calllog.list_calls(day=None, limit=50)]
    row = next((c for c in calls if c["call_id"] == call_id), None)
    back = next((c for c in calls if c["call_id"] == scenario.callback_call), None)
    rec = scenario.finished
    print("\n=== what happened ===")
    print(f"call        {call_id}")
    print(f"caller      {scenario.incoming.caller_number}")
    if scenario.audio is not None:
        print(
            f"ringtone    {scenario.ring_s:.1f} s in the headset, "
            f"{scenario.ringer_s:.1f} s on the ringer"
        )
    if row:
        print(f"rang        {row['ring_at']}")
        print(f"answered    {row['answer_at']}")
        print(f"ended       {row['end_at']} ({row['end_reason']})")
    print(f"recording   {rec.mixed_path or rec.caller_path} [{rec.status.value}]")
    print(f"duration    {rec.duration_s:.2f} s at {rec.sample_rate} Hz")
    for label, path, digest in (
        ("caller", rec.caller_path, rec.caller_sha256),
        ("operator", rec.operator_path, rec.operator_sha256),
        ("mixed", rec.mixed_path, rec.mixed_sha256),
    ):
        print(f"sha256      {digest}  {Path(path or '').name} ({label})")
    wrap = scenario.wrap_up
    if wrap is not None:
        print(
            f"wrap-up     {wrap.category} / {wrap.topic} / {wrap.registration_number} "
            f"[{wrap.status}]"
        )
    print(f"states      {' -> '.join(scenario.states)}")
    done = scenario.callback_finished
    if back and done:
        print(
            f"call-back   {back['number']} {back['direction']}, answered {back['answer_at']}, "
            f"recording [{done.status.value}]"
        )
    written_ok = _report_written(scenario)
    print(f"screenshot  {scenario.shot}")
    print(f"at          {dt.datetime.now().astimezone():%Y-%m-%d %H:%M:%S %Z}")
    ok = (
        row is not None
        and rec.status is p.RecordingStatus.COMPLETE
        and wrap is not None
        and back is not None
        and done is not None
        and done.status is p.RecordingStatus.COMPLETE
        and (scenario.audio is None or scenario.ring_s >= 0.5)
        and written_ok
    )
    return 0 if ok else 1


def _report_written(scenario: Scenario) -> bool:
    """The written contact's line: answered, the case waiting, the relay got the bytes
    the desk stored (KUTY-1.1: every message out is kept)."""
    import hashlib

    import sqlalchemy as sa

    from db.models_incidents import Message

    case, relay = scenario.written_case, scenario.relay
    if case is None or scenario.written_answered is None or relay is None:
        print("written     not answered")
        return False
    sessions = scenario.wired.window.services.sessions
    with sessions.begin() as session:
        out = session.scalars(
            sa.select(Message).where(Message.case_id == case.id, Message.direction == "out")
        ).all()
    digests = {m.raw_sha256 for m in out}
    relayed = [hashlib.sha256(data).hexdigest() for _to, data in relay.received]
    same = bool(relayed) and all(d in digests for d in relayed)
    print(f"written     mail from {case.from_address} answered, case {case.registration_number}")
    for digest in relayed:
        print(f"sha256      {digest}  reply ({'as stored' if same else 'NOT AS STORED'})")
    return same
