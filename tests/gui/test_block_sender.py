"""The supervisor's "Block sender" on a written incident, through the real window (issue 12).

KZP-30-19 lets the desk block violators: on a KZP seat a supervisor selects the written
incident, clicks "Block sender…", gives a reason, and the writer's address is blocked and
audited; the writer's next mail is stored (KUTY-1.1) but flagged and listed under the
incidents, not queued. On a KUTY seat (no blocking rule) the button stays disabled and its
tooltip says why, citing the rules that would allow it.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.models_incidents import IncidentKind
from desk.policy import load_policy
from desk.settings import Settings
from incidents.blocklist import is_blocked
from incidents.config import IncidentsConfig
from incidents.mailstore import store_mail
from incidents.service import report_message_incident
from tests.gui.conftest import MakeWindow
from tests.gui.people import OLENA, PETRO
from tests.unit.incidents.conftest import (  # noqa: F401  (fixtures)
    _need_sox,
    config,
    sessions,
)

WRITER = "Anon <Anon@Bad.Example>"


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """The seat's regulation: KZP unless a test asks for another (indirect parameter)."""
    return dataclasses.replace(settings, policy=getattr(request, "param", "kzp"))


def _mail(n: int) -> bytes:
    return (
        f"From: {WRITER}\r\nTo: desk@kzp.example\r\nSubject: Abuse {n}\r\n"
        f"Message-ID: <m{n}@bad.example>\r\nDate: Tue, 01 Dec 2026 09:30:0{n} +0500\r\n"
        f"\r\nmessage {n}\r\n"
    ).encode()


def _written_incident(factory: sessionmaker[Session], notices: IncidentsConfig) -> int:
    stored = store_mail(factory, OLENA, _mail(1), policy=load_policy("kzp"))
    return report_message_incident(
        factory, OLENA, message_id=stored.message_id, kind=IncidentKind.ABUSE, config=notices
    )


def test_supervisor_blocks_a_writer_and_sees_their_later_mail_flagged(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    config: IncidentsConfig,  # noqa: F811
) -> None:
    incident_id = _written_incident(sessions, config)
    win = make_window(PETRO)
    view = win.incidents_view
    assert view is not None
    win.supervision_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    qtbot.waitUntil(view.block_sender_button.isEnabled, timeout=5000)
    assert "KZP-30-19" in view.block_sender_button.toolTip()
    assert not view.block_button.isEnabled()  # no caller number on a written incident

    qtbot.mouseClick(view.block_sender_button, Qt.MouseButton.LeftButton)
    dialog = view.block_sender_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Block anon@bad.example"
    dialog.setTextValue("Образи в листах")
    with qtbot.waitSignal(view.changed, timeout=5000):
        dialog.accept()
    assert is_blocked(sessions, "anon@bad.example")
    assert "anon@bad.example is blocked" in view.status_label.text()
    with sessions() as s:
        audit = s.scalars(sa.select(AuditEvent).where(AuditEvent.kind == "number_blocked")).one()
    assert audit.actor == "supervisor:petro"
    assert json.loads(audit.payload) == {
        "number": "anon@bad.example", "incident_id": incident_id,
        "blocklist_id": json.loads(audit.payload)["blocklist_id"],
    }  # fmt: skip
    # Once blocked, the button says so instead of blocking twice.
    qtbot.waitUntil(lambda: not view.block_sender_button.isEnabled(), timeout=5000)

    later = store_mail(sessions, OLENA, _mail(2), policy=load_policy("kzp"))
    assert later.blocked and later.case_id is None
    view.refresh()
    qtbot.waitUntil(lambda: view.blocked_mail.rowCount() == 1, timeout=5000)
    assert view.blocked_mail.item(0, 1).text() == WRITER  # as it wrote itself
    assert view.blocked_mail.item(0, 2).text() == "Abuse 2"
    assert view.blocked_mail.isVisible()


@pytest.mark.parametrize("settings", ["kuty"], indirect=True)
def test_on_a_kuty_seat_the_button_is_disabled_and_says_why(
    qtbot: QtBot,
    make_window: MakeWindow,
    sessions: sessionmaker[Session],  # noqa: F811
    config: IncidentsConfig,  # noqa: F811
) -> None:
    _written_incident(sessions, config)
    win = make_window(PETRO)
    view = win.incidents_view
    assert view is not None
    win.supervision_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.writer == "anon@bad.example", timeout=5000)
    assert not view.block_sender_button.isEnabled()
    tip = view.block_sender_button.toolTip()
    assert "KUTY regulation does not allow blocking writers" in tip
    assert "KZP-30-19" in tip and "CSC-2.12" in tip
    qtbot.mouseClick(view.block_sender_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert view.block_sender_dialog is None
    assert not is_blocked(sessions, "anon@bad.example")
