"""The console runs EEP-15's closing sweep from a QTimer on its database worker, never on
the GUI thread (console/app.py install_case_sweep); a KUTY seat runs no sweep at all."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.app import install_case_sweep
from console.services import ConsoleServices
from console.tasks import DbWorker
from db.models_written import Case, CaseChannel, CaseStatus
from desk.settings import Settings

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_eep_15_the_console_closes_a_case_waiting_8_hours_off_the_gui_thread(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as s:
        case = Case(
            policy="eep", status=CaseStatus.WAITING, channel=CaseChannel.EMAIL,
            opened_at=NOW - timedelta(days=1), waiting_since=NOW - timedelta(hours=8),
        )  # fmt: skip
        s.add(case)
        s.flush()
        case_id = case.id
    threads: list[threading.Thread] = []

    def clock() -> datetime:  # called inside the job: where the sweep runs
        threads.append(threading.current_thread())
        return NOW

    worker = DbWorker()
    host = QWidget()
    qtbot.addWidget(host)
    services = ConsoleServices(dataclasses.replace(settings, policy="eep"), sessions, worker)
    try:
        timer = install_case_sweep(host, services, interval_ms=50, clock=clock)
        assert timer is not None and timer.isActive()

        def closed() -> bool:
            with sessions.begin() as s:
                row = s.get(Case, case_id)
                return row is not None and row.status == CaseStatus.CLOSED

        qtbot.waitUntil(closed, timeout=10_000)
        qtbot.waitUntil(lambda: len(threads) >= 2, timeout=10_000)  # it keeps ticking
        assert threading.main_thread() not in threads
        with sessions.begin() as s:
            row = s.get(Case, case_id)
            assert row is not None and row.close_reason == "клиенттен жауап келмеді"
        timer.stop()
    finally:
        worker.shutdown()


def test_a_kuty_seat_has_no_sweep(
    qtbot: QtBot, settings: Settings, sessions: sessionmaker[Session]
) -> None:
    worker = DbWorker()
    host = QWidget()
    qtbot.addWidget(host)
    try:
        services = ConsoleServices(dataclasses.replace(settings, policy="kuty"), sessions, worker)
        assert install_case_sweep(host, services) is None
    finally:
        worker.shutdown()
