"""The status bar's registration light: from protocol events, and from a real Kamailio.

The real test runs the console exactly as test_real_calls.py does (engine child process
under QProcess) with an accounts.toml naming a Kamailio on 127.0.0.2 and the password in
an encrypted keyring file in tmp_path: the console registers on its own when the engine
is ready, as a desk seat would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import Console, build_console, reconcile_now
from console.bridge import TelephonyBridge
from console.main_window import MainWindow
from desk import secrets
from desk.settings import Settings
from seat.sip_accounts import save_accounts
from telephony import protocol as p
from telephony.accounts import AccountSpec

USER, PASSWORD = "seat1", "Kuty-s3cret-seat1"


def indicator(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "registrationStatus")
    assert label is not None
    return label


def test_indicator_follows_registration_events(
    window: MainWindow, bridge: TelephonyBridge, qtbot: QtBot
) -> None:
    label = indicator(window)
    assert label.text() == "Local mode (no registration)"
    with qtbot.waitSignal(bridge.registration_changed):
        bridge.dispatch(p.RegistrationChanged("desk", "registered", 200, "OK", 300))
    assert label.text() == "Registered: desk"
    assert "#1a7f37" in label.styleSheet() and label.property("registrationState") == "registered"

    bridge.dispatch(p.RegistrationChanged("desk", "failing", 403, "Wrong password for seat1"))
    assert label.text() == "Registration failed: 403 Wrong password for seat1"
    assert "#c00000" in label.styleSheet()

    bridge.dispatch(p.RegistrationChanged("desk", "registered", 200, "OK", 300))
    assert label.text() == "Registered: desk"
    window.status.set_engine_state("died")  # a dead engine holds no registration
    assert label.text() == "Local mode (no registration)"


def test_refused_invites_are_counted_never_shown_as_calls(
    window: MainWindow, bridge: TelephonyBridge, qtbot: QtBot
) -> None:
    for n in range(3):
        with qtbot.assertNotEmitted(bridge.call_incoming):
            bridge.dispatch(
                p.CallRefused(f"127.0.0.1:{5070 + n}", "sip:100@127.0.0.1", 403, "not registrar")
            )
    assert window.status.refused_count == 3
    assert "3 refused INVITEs from unknown hosts" in indicator(window).toolTip()
    assert window.card.current is None
    assert indicator(window).text() == "Local mode (no registration)"


def test_stun_failure_is_shown_and_cleared_when_the_server_is_back(
    window: MainWindow, bridge: TelephonyBridge, qtbot: QtBot
) -> None:
    """Issue 6: a silent STUN server means calls from outside may have no sound."""
    bridge.dispatch(p.RegistrationChanged("desk", "registered", 200, "OK", 300))
    with qtbot.waitSignal(bridge.stun_resolved):
        bridge.dispatch(p.StunResolved("stun.kuty.example:3478", False, "", "STUN timed out"))
    bridge.dispatch(p.Alert(code="stun_failed", message="STUN server(s) ... did not answer"))
    assert "stun_failed" in window.alert_banner.alerts
    assert "STUN server did not answer" in window.alert_banner.label.text()
    assert "STUN failed: STUN timed out" in indicator(window).toolTip()
    assert indicator(window).text() == "Registered: desk"  # registration itself is fine

    bridge.dispatch(p.StunResolved("stun.kuty.example:3478", True, "stun.kuty.example:3478"))
    assert "stun_failed" not in window.alert_banner.alerts
    assert "STUN: public address from stun.kuty.example:3478" in indicator(window).toolTip()


# ------------------------------------------------------------------ real Kamailio


@pytest.fixture
def keyring_file(tmp_path: Path) -> Iterator[Path]:
    before = keyring.get_keyring()
    path = tmp_path / "data" / "kuty-keyring.cfg"
    secrets.use_encrypted_file_backend(path, "master for tests")
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    from db.session import close_database, open_database

    factory = open_database(settings.database)
    yield factory
    close_database(factory)


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[object]:
    from tests.support.kamailio import KamailioServer

    with KamailioServer({USER: PASSWORD}, workdir=tmp_path / "kamailio") as server:
        yield server


def run_console(qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]) -> Console:
    from seat.calllog import CallLog

    calllog = CallLog(sessions, settings.seat_name)
    reconcile_now(calllog, settings)
    wired = build_console(settings, calllog)
    qtbot.addWidget(wired.window)
    wired.window.show()
    with qtbot.waitSignal(wired.bridge.engine_ready, timeout=30_000):
        wired.client.start()
    return wired


@pytest.mark.sip
@pytest.mark.slow
@pytest.mark.parametrize(
    ("password", "expected"),
    [(PASSWORD, "Registered: desk"), ("not-the-password", "Registration failed: 403 ")],
)
def test_real_registration_shows_in_the_status_bar(
    qtbot: QtBot,
    settings: Settings,
    sessions: sessionmaker[Session],
    keyring_file: Path,
    kamailio: object,
    password: str,
    expected: str,
) -> None:
    address = kamailio.address  # type: ignore[attr-defined]
    spec = AccountSpec.from_args(
        {"account_id": "desk", "registrar": address, "user": USER, "reg_timeout_s": 60}
    )
    save_accounts([spec], settings.data_dir / "accounts.toml")
    secrets.set_secret("sip", "desk", password)
    wired = run_console(qtbot, settings, sessions)
    try:
        label = indicator(wired.window)
        qtbot.waitUntil(lambda: label.text().startswith(expected), timeout=20_000)
        if password == PASSWORD:
            assert "#1a7f37" in label.styleSheet()
        else:
            assert "wrong password" in label.text().lower() and "#c00000" in label.styleSheet()
    finally:
        wired.close()
