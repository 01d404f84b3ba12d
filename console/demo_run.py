"""The Qt side of `make demo` (console/demo.py decides headless or not, then calls this)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QPushButton

from console.app import _open_calllog, build_console, reconcile_now
from console.demo import DEMO_CALLER, TALK_SECONDS, start_caller
from console.i18n import install_translator, remove_translators
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
    """Drives the real window through one call, clicking its real buttons."""

    def __init__(self, wired: Any, port: int, headless: bool, shot: Path) -> None:
        self.wired = wired
        self.port = port
        self.headless = headless
        self.shot = shot
        self.caller: subprocess.Popen[Any] | None = None
        self.incoming: p.CallIncoming | None = None
        self.finished: p.RecordingFinished | None = None
        self.failure = ""
        bridge = wired.bridge
        bridge.engine_ready.connect(self.on_engine_ready)
        bridge.call_incoming.connect(self.on_incoming)
        bridge.call_answered.connect(self.on_answered)
        bridge.recording_finished.connect(self.on_recording_finished)
        bridge.alert.connect(self.on_alert)
        self.answers: list[str] = []
        from PySide6.QtWidgets import QWidget

        panel = wired.window.findChild(QWidget, "verificationPanel")
        if panel is not None:
            panel.verified.connect(self.on_verified)

    def say(self, text: str) -> None:
        print(f"demo: {text}", flush=True)

    def click(self, name: str) -> None:
        button = self.wired.window.findChild(QPushButton, name)
        if button is None or not button.isEnabled():
            self.fail(f"button {name} is not available")
            return
        self.say(f"clicking {button.text()!r}")
        button.click()

    def on_engine_ready(self, event: p.EngineReady) -> None:
        if self.caller is None:
            self.say(f"console listening on sip:operator@{event.listen}; simulated caller dials")
            self.caller = start_caller(self.port, TALK_SECONDS if self.headless else None)

    def on_incoming(self, event: p.CallIncoming) -> None:
        self.incoming = event
        self.say(f"ringing: {event.caller_number or event.remote_uri}")
        if self.headless:
            QTimer.singleShot(1000, lambda: self.click("answerButton"))

    def on_answered(self, event: p.CallAnswered) -> None:
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

    def on_recording_finished(self, event: p.RecordingFinished) -> None:
        self.finished = event
        if self.headless:
            QTimer.singleShot(800, QApplication.quit)

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


def run_demo(*, data_dir: Path, port: int, headless: bool, language: str, timeout_s: float) -> int:
    if headless:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = load_settings(
        data_dir=data_dir,
        config_file=data_dir / "settings.toml",
        env={},
        listen=f"127.0.0.1:{port}",
        language=language,
        audio_device="none" if headless else None,
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
    wired = build_console(settings, calllog, sessions=sessions, actor=actor)
    scenario = Scenario(wired, port, headless, data_dir / "console.png")
    wired.window.show()
    wired.client.start()
    if headless:
        QTimer.singleShot(
            int(timeout_s * 1000),
            lambda: scenario.fail(f"no finished recording within {timeout_s:.0f} s"),
        )
    try:
        app.exec()
    finally:
        scenario.stop_caller()
        wired.close()
        remove_translators(app, translators)
    return report(calllog, scenario) if headless else 0


def report(calllog: Any, scenario: Scenario) -> int:
    if scenario.failure or scenario.finished is None or scenario.incoming is None:
        print(f"demo: did not complete: {scenario.failure or 'no recording'}", file=sys.stderr)
        return 1
    call_id = scenario.incoming.call_id
    calls = [c.to_json_dict() for c in calllog.list_calls(day=None, limit=50)]
    row = next((c for c in calls if c["call_id"] == call_id), None)
    rec = scenario.finished
    print("\n=== what happened ===")
    print(f"call        {call_id}")
    print(f"caller      {scenario.incoming.caller_number}")
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
    print(f"screenshot  {scenario.shot}")
    print(f"at          {dt.datetime.now().astimezone():%Y-%m-%d %H:%M:%S %Z}")
    ok = row is not None and rec.status is p.RecordingStatus.COMPLETE
    return 0 if ok else 1
