"""The verification panel, caller card and unlock dialog in the real window (KUTY-2.2, 2.6).

Fast: protocol events drive the window as the engine would, but everything behind the
panel is real: a SQLite database in tmp_path with profiles imported through
`verification.store.import_profiles`, `CallVerification` on the console's DbWorker, and a
call log so the verification state lands on the call row. Only the Argon2 parameters
are the test ones (`FAST_FOR_TESTS`), injected through the panel's `hasher`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.bridge import TelephonyBridge
from console.caller_card import CallerCard
from console.i18n import install_translator, remove_translators
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from console.unlock_dialog import UnlockDialog
from console.verification_panel import VerificationPanel
from db.models import AuditEvent, Call, Operator, OperatorRole
from db.session import close_database, open_database
from desk.roles import Actor
from desk.settings import Settings
from seat.calllog import CallLog
from telephony import protocol as p
from tests.gui import events as ev
from tests.gui.screen_text import UkrainianTables
from verification.applications import parse_applications
from verification.importer import parse_profiles
from verification.key_phrase import FAST_FOR_TESTS, Hasher
from verification.store import import_profiles

FAMILY = "+380501234567"  # Олена and Петро Коваленко share it
TARAS = "+380931112233"
NOBODY = "+380991234567"
PROFILES_CSV = """surname,first_name,patronymic,phones,key_phrase
Коваленко,Олена,Петрівна,050 123 45 67,мій кіт Мурчик
Коваленко,Петро,Іванович,050 123 45 67,зелений чай
Шевчук,Тарас,,093 111 22 33,Говерла пʼять
"""
APPLICATIONS_CSV = """\
phone,surname,first_name,number,child_first_name,status,created,updated,kindergartens
0501234567,Коваленко,Олена,Z-1,Марійка,у черзі,2025-01-10,2025-02-01,Сонечко;Казка
0501234567,Коваленко,Петро,Z-2,Іванко,зараховано,2024-09-01,2024-10-02,Дзвіночок
"""
ADMIN = Actor("admin", OperatorRole.ADMIN, 1)
SUPERVISOR = Actor("petro", OperatorRole.SUPERVISOR, 2)
OPERATOR = Actor("olena", OperatorRole.OPERATOR, 3)
FAST = Hasher(FAST_FOR_TESTS)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key as a Ukrainian keyboard layout would.

    `qtbot.keyClicks` maps every character to a Latin-1 key code and aborts on Cyrillic,
    so each character is sent as a key press/release carrying its text, which is what a
    QLineEdit receives from a real keyboard.
    """
    assert widget.isEnabled(), widget.objectName()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def seed_database(url: str, tmp_path: Path) -> sessionmaker[Session]:
    """A database with one user per role and the family/Taras profiles imported."""
    sessions = open_database(url)
    with sessions.begin() as s:
        for actor in (ADMIN, SUPERVISOR, OPERATOR):
            s.add(Operator(id=actor.operator_id, username=actor.username,
                           display_name=actor.username.title(), role=actor.role))  # fmt: skip
    profiles = tmp_path / "import" / "profiles.csv"
    profiles.parent.mkdir(parents=True, exist_ok=True)
    profiles.write_text(PROFILES_CSV, encoding="utf-8")
    apps = profiles.with_name("applications.csv")
    apps.write_text(APPLICATIONS_CSV, encoding="utf-8")
    import_profiles(
        sessions, ADMIN, parse_profiles(profiles), applications=parse_applications(apps),
        hasher_params=FAST_FOR_TESTS, workers=1,
    )  # fmt: skip
    return sessions


@pytest.fixture
def sessions(settings: Settings, tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = seed_database(settings.database, tmp_path)
    yield factory
    close_database(factory)


class Desk:
    """The window with real services, fed engine events the way the engine client does
    (call log first, on the same worker, then the bridge)."""

    def __init__(
        self, qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session], actor: Actor
    ) -> None:
        self.qtbot = qtbot
        self.bridge = TelephonyBridge()
        self.worker = DbWorker()
        self.calllog = CallLog(sessions, settings.seat_name)
        self.sessions = sessions
        services = ConsoleServices(settings, sessions, self.worker, actor)
        self.window = MainWindow(self.bridge, lambda _c: None, self.worker, services=services)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        panel = self.window.verification_panel
        assert panel is not None
        panel.hasher = FAST
        self.panel: VerificationPanel = panel

    def send(self, event: p.Event) -> None:
        self.worker.submit(lambda: self.calllog.apply(event), label="log").failure(
            self.worker.call_log_failed
        )
        self.bridge.dispatch(event)

    def answer(self, call_id: str = "c1", number: str | None = FAMILY) -> None:
        self.send(ev.incoming(call_id, number, name="Абонент"))
        for event in (*ev.answered(call_id), ev.recording_started(call_id, f"r-{call_id}")):
            self.send(event)

    def hang_up(self, call_id: str = "c1") -> None:
        self.send(ev.ended(call_id, p.EndReason.REMOTE_HANGUP))

    def find(self, kind: type[Any], name: str) -> Any:
        found = self.window.findChild(kind, name)
        assert found is not None, name
        return found

    def state(self) -> str:
        return str(self.find(QLabel, "verificationState").text())

    def message(self) -> str:
        return str(self.find(QLabel, "verificationMessage").text())

    def start(self) -> None:
        """Start with the keyboard shortcut, as an operator on a headset does."""
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        self.window.activateWindow()  # a window shortcut fires in the active window only
        self.qtbot.waitUntil(self.window.isActiveWindow)
        assert self.find(QPushButton, "startVerificationButton").isEnabled()
        self.qtbot.keyClick(self.window, Qt.Key.Key_V, modifiers)
        self.qtbot.waitUntil(lambda: not self.panel.busy)

    def type_into(self, name: str, text: str) -> None:
        field = self.find(QLineEdit, name)
        type_text(field, text)
        self.qtbot.keyClick(field, Qt.Key.Key_Return)

    def attempt(self, surname: str, first_name: str, phrase: str) -> None:
        self.type_into("surnameField", surname)
        self.type_into("firstNameField", first_name)
        self.type_into("keyPhraseField", phrase)
        self.qtbot.waitUntil(lambda: not self.panel.busy)

    def all_text(self) -> str:
        """Every label and table cell the operator can see."""
        texts = [label.text() for label in self.window.findChildren(QLabel) if label.isVisible()]
        card = self.window.findChild(CallerCard, "callerCard")
        assert card is not None
        texts += [" ".join(row) for row in card.application_rows()]
        return "\n".join(texts)

    def call_state(self, call_id: str) -> str | None:
        with self.sessions() as s:
            return s.scalar(sa.select(Call.verification_state).where(Call.id == call_id))

    def close(self) -> None:
        self.window.close()
        self.worker.shutdown()


@pytest.fixture
def desk(qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]) -> Iterator[Desk]:
    wired = Desk(qtbot, settings, sessions, OPERATOR)
    yield wired
    wired.close()


def test_steps_in_order_with_the_keyboard_and_no_names_before_verification(
    desk: Desk, qtbot: QtBot
) -> None:
    desk.send(ev.incoming("c1", FAMILY, name="Абонент"))
    card_hint = desk.find(QLabel, "callerProfiles")
    qtbot.waitUntil(lambda: card_hint.text() == "2 profiles for this number")
    assert "KUTY-2.6" in card_hint.toolTip()
    start = desk.find(QPushButton, "startVerificationButton")
    assert not start.isEnabled()  # ringing, not answered
    for event in ev.answered("c1"):
        desk.send(event)
    assert start.isEnabled()
    assert "KUTY-2.2" in start.toolTip()
    surname, first, phrase = (
        desk.find(QLineEdit, n) for n in ("surnameField", "firstNameField", "keyPhraseField")
    )
    assert not any(f.isEnabled() for f in (surname, first, phrase))

    desk.start()
    assert desk.state() == "Verification: surname"
    assert "KUTY-2.2" in desk.find(QLabel, "verificationState").toolTip()
    assert desk.find(QLabel, "attemptsLeft").text() == "Attempts left: 3"
    assert (surname.isEnabled(), first.isEnabled(), phrase.isEnabled()) == (True, False, False)
    qtbot.waitUntil(surname.hasFocus)
    qtbot.keyClick(surname, Qt.Key.Key_Tab)  # a later step cannot be reached early
    assert not first.hasFocus() and not phrase.hasFocus()
    surname.setFocus()
    qtbot.keyClick(surname, Qt.Key.Key_Return)  # nothing typed: stays at the surname
    assert desk.state() == "Verification: surname"
    assert "Type what the caller says" in desk.message()

    desk.type_into("surnameField", "коваленко")
    assert desk.state() == "Verification: first name"
    assert (surname.isEnabled(), first.isEnabled(), phrase.isEnabled()) == (False, True, False)
    qtbot.waitUntil(first.hasFocus)
    desk.type_into("firstNameField", "Петро")
    assert desk.state() == "Verification: key phrase"
    assert phrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.waitUntil(phrase.hasFocus)
    assert "Олена" not in desk.all_text() and "Петро " not in desk.all_text()

    type_text(phrase, "Зелений  ЧАЙ")
    qtbot.keyClick(phrase, Qt.Key.Key_Return)
    assert phrase.text() == ""  # cleared before Argon2 runs
    assert desk.panel.busy and desk.state() == "Checking…"
    assert desk.find(QLabel, "verificationState").property("verificationStep") == "busy"
    qtbot.waitUntil(lambda: desk.state() == "VERIFIED")
    assert "detailed consultation is allowed" in desk.message()
    assert desk.find(QLabel, "attemptsLeft").text() == ""  # no "0 attempts left" on success
    assert not start.isEnabled()


def test_card_shows_only_the_verified_profile_of_a_family_phone(desk: Desk, qtbot: QtBot) -> None:
    desk.answer("c1", FAMILY)
    card = desk.window.findChild(CallerCard, "callerCard")
    assert card is not None
    assert card.mode_label.text() == "General consultation mode"
    rules = card.checklist.text()
    for rule in ("KUTY-2.1", "KUTY-2.3", "KUTY-2.4", "KUTY-2.5", "KUTY-2.6", "KUTY-2.7"):
        assert rule in rules
    assert card.checklist.isVisible()

    desk.start()
    desk.attempt("Коваленко", "Петро", "зелений чай")
    qtbot.waitUntil(lambda: card.application_rows() != [])
    assert card.profile_label.text() == "Коваленко Петро Іванович"
    assert card.application_rows() == [
        ["Z-2", "Іванко", "зараховано", "01.09.2024 / 02.10.2024", "Дзвіночок"]
    ]
    seen = desk.all_text()
    for other in ("Олена", "Петрівна", "Z-1", "Марійка", "Сонечко"):
        assert other not in seen  # the other profile on the same phone (KUTY-2.6)
    qtbot.waitUntil(lambda: desk.call_state("c1") == "verified")

    desk.hang_up("c1")
    assert card.mode_label.text() == "No caller"
    assert card.application_rows() == [] and card.profile_label.text() == ""
    assert desk.state() == "No answered call"


def test_same_message_whichever_factor_was_wrong_then_not_verified(
    desk: Desk, qtbot: QtBot
) -> None:
    desk.answer("c1", TARAS)
    desk.start()
    desk.attempt("Шевченко", "Тарас", "Говерла пʼять")  # wrong surname only
    after_wrong_surname = (desk.state(), desk.message())
    assert desk.find(QLabel, "attemptsLeft").text() == "Attempts left: 2"
    desk.attempt("Шевчук", "Тарас", "Говерла шість")  # wrong key phrase only
    after_wrong_phrase = (desk.state(), desk.message())
    assert after_wrong_surname == after_wrong_phrase
    assert after_wrong_phrase[0] == "Verification: surname"
    assert "the answers do not match" in after_wrong_phrase[1]
    assert desk.find(QLabel, "attemptsLeft").text() == "Attempts left: 1"
    assert "Шевчук" not in desk.all_text()

    desk.attempt("Шевчук", "Taras", "Говерла пʼять")  # wrong first name: third failure
    assert desk.state() == "NOT VERIFIED"
    assert "no attempts left" in desk.message() and "KUTY-2.1" in desk.message()
    for name in ("surnameField", "firstNameField", "keyPhraseField", "startVerificationButton"):
        assert not desk.find(QLineEdit if "Field" in name else QPushButton, name).isEnabled()
    qtbot.waitUntil(lambda: desk.call_state("c1") == "not_verified")


def test_five_failures_in_a_day_lock_the_profile_until_a_supervisor_unlocks(
    desk: Desk, qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    desk.answer("c1", TARAS)
    desk.start()
    for _ in range(3):
        desk.attempt("Шевчук", "Тарас", "не та фраза")
    assert desk.state() == "NOT VERIFIED"
    desk.hang_up("c1")

    desk.answer("c2", TARAS)
    desk.start()
    desk.attempt("Шевчук", "Тарас", "не та фраза")
    assert desk.state() == "Verification: surname"
    desk.attempt("Шевчук", "Тарас", "не та фраза")  # the fifth in 24 hours
    assert desk.state() == "LOCKED"
    assert "locked until" in desk.message() and "Tell the caller" in desk.message()
    qtbot.waitUntil(lambda: desk.call_state("c2") == "locked")
    desk.hang_up("c2")

    desk.send(ev.incoming("c3", TARAS, name="Абонент"))
    hint = desk.find(QLabel, "callerProfiles")
    qtbot.waitUntil(lambda: "locked" in hint.text())
    for event in ev.answered("c3"):
        desk.send(event)
    desk.start()
    assert desk.state() == "LOCKED"  # even the right answers cannot be tried now
    desk.hang_up("c3")

    supervisor = Desk(qtbot, settings, sessions, SUPERVISOR)
    try:
        unlock_through_dialog(supervisor, qtbot, "Шевчук", "caller identified by video call")
    finally:
        supervisor.close()
    desk.answer("c4", TARAS)
    desk.start()
    assert desk.state() == "Verification: surname"
    desk.attempt("Шевчук", "Тарас", "говерла пʼять")
    assert desk.state() == "VERIFIED"


def profile_id_of(sessions: sessionmaker[Session], surname: str) -> int:
    from db.models import CallerProfile

    with sessions() as s:
        return s.scalars(sa.select(CallerProfile.id).where(CallerProfile.surname == surname)).one()


def unlock_through_dialog(desk: Desk, qtbot: QtBot, surname: str, reason: str) -> None:
    action = desk.find(QAction, "unlockProfileAction")
    assert action.isVisible()
    action.trigger()
    dialog = desk.window.findChild(UnlockDialog, "unlockDialog")
    assert dialog is not None and dialog.isVisible()
    error = dialog.error_label
    dialog.profile_field.setValue(999_999)
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)  # no reason yet
    assert "Give a reason" in error.text()
    type_text(dialog.reason_field, reason)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error.text() == "There is no profile 999999.")
    dialog.profile_field.setValue(profile_id_of(desk.sessions, surname))
    with qtbot.waitSignal(dialog.unlocked):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with desk.sessions() as s:
        kinds = s.scalars(sa.select(AuditEvent.kind).where(AuditEvent.kind == "profile_unlocked"))
        assert list(kinds) == ["profile_unlocked"]


def test_unlock_is_offered_only_to_roles_that_may_unlock(
    desk: Desk, qtbot: QtBot, sessions: sessionmaker[Session]
) -> None:
    action = desk.find(QAction, "unlockProfileAction")
    assert not action.isVisible() and not action.isEnabled()
    # The service checks the permission too: an operator reaching the dialog is refused.
    dialog = UnlockDialog(desk.window.services, desk.window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.profile_field.setValue(profile_id_of(sessions, "Шевчук"))
    qtbot.keyClicks(dialog.reason_field, "trying")
    qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "supervisors only" in dialog.error_label.text())
    assert dialog.isVisible()


@pytest.mark.parametrize(
    ("number", "hint", "explanation"),
    [
        (p.WITHHELD, "Withheld: cannot be verified", "The number is withheld"),
        (NOBODY, "No profile: general help only", "No profile in the Service has this number"),
    ],
)
def test_withheld_or_unknown_number_gives_general_help_only(
    desk: Desk, qtbot: QtBot, number: str, hint: str, explanation: str
) -> None:
    desk.send(ev.incoming("c1", number))
    label = desk.find(QLabel, "callerProfiles")
    qtbot.waitUntil(lambda: label.text() == hint)
    for event in ev.answered("c1"):
        desk.send(event)
    desk.start()
    assert desk.state() == "General consultation only"
    assert explanation in desk.message() and "Tell the caller" in desk.message()
    assert not desk.find(QLineEdit, "surnameField").isEnabled()
    card = desk.window.findChild(CallerCard, "callerCard")
    assert card is not None and card.mode_label.text() == "General consultation mode"
    qtbot.waitUntil(lambda: desk.call_state("c1") == "general_only")


def test_states_are_shown_in_ukrainian(
    qapp: QApplication,
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
) -> None:
    installed = install_translator(qapp, "uk")
    tables = UkrainianTables()  # i18n_uk.py as the next .qm will have it (docs/glossary.md)
    qapp.installTranslator(tables)
    installed.append(tables)
    desk = Desk(qtbot, settings, sessions, OPERATOR)
    try:
        desk.answer("c1", TARAS)
        panel = desk.panel
        assert panel.start_button.text() == "Почати верифікацію"  # one word: the glossary's
        desk.start()
        assert desk.state() == "Верифікація: прізвище"
        desk.attempt("Шевчук", "Тарас", "не та фраза")
        assert desk.state() == "Верифікація: прізвище"
        assert "відповіді не збігаються" in desk.message()
        desk.attempt("Шевчук", "Тарас", "Говерла пʼять")
        assert desk.state() == "ВЕРИФІКОВАНО"
        assert "1a7f37" in panel.state_label.styleSheet()  # green
        card = desk.window.findChild(CallerCard, "callerCard")
        assert card is not None
        qtbot.waitUntil(lambda: card.profile_label.text() == "Шевчук Тарас")
        assert card.mode_label.text().startswith("Верифікований абонент")
    finally:
        desk.close()
        remove_translators(qapp, installed)
