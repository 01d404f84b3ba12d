"""`kuty-console`: start-up order matters, so it lives in one function.

Order: settings -> translations -> database (fail loudly, not with a traceback) ->
reconcile recordings a crashed engine left -> engine process -> window. Reconcile must run
before an engine starts, or a new recording could be mistaken for an interrupted one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from console.bridge import TelephonyBridge
from console.engine_client import EngineClient
from console.i18n import install_translator, remove_translators
from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import DbWorker
from desk.roles import Actor, Permission, allowed
from desk.settings import Settings, SettingsError, load_settings
from telephony.protocol import Alert

log = logging.getLogger("kuty.console")

EXIT_BAD_SETTINGS = 2
EXIT_NO_DATABASE = 3
EXIT_NO_USERS = 4  # first run: `kuty users add USERNAME --role admin` first
EXIT_NOT_SIGNED_IN = 5


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="kuty-console", description="Kuty help-desk console")
    ap.add_argument(
        "--demo",
        action="store_true",
        help="run the demo (a simulated caller, a demo database) instead; its own options "
        "follow: --headless, --data-dir, --language (see `kuty-console --demo --help`)",
    )
    ap.add_argument("--data-dir", type=Path, default=None, help="database and recordings")
    ap.add_argument("--listen", default=None, help="SIP listen address HOST:PORT")
    ap.add_argument("--language", choices=("uk", "en", "ru", "kk"), default=None)
    ap.add_argument("--auto-answer", action="store_true", default=None)
    ap.add_argument("--user", default="", metavar="USERNAME", help="prefill the sign-in name")
    ap.add_argument(
        "--password-stdin",
        action="store_true",
        help="sign in as --user with a password read from stdin (scripted runs, no dialog)",
    )
    ap.add_argument("--screenshot", type=Path, default=None, help="save a PNG and quit")
    ap.add_argument(
        "--screenshot-delay", type=float, default=3.0, help="seconds before --screenshot"
    )
    return ap.parse_args(list(argv) if argv is not None else None)


def _is_headless() -> bool:
    return QGuiApplication.platformName() in {"offscreen", "minimal"}


def fatal(title: str, message: str) -> None:
    """Tell the operator why the console cannot start: a dialog, and always stderr."""
    print(f"kuty-console: {message}", file=sys.stderr)
    if not _is_headless():
        QMessageBox.critical(None, title, message)


def _open_calllog(settings: Settings) -> Any:
    from db.session import open_database
    from seat.calllog import CallLog

    sessionmaker = open_database(settings.database)
    from incidents.config import load_config

    # Who gets supervisor notices of a recording alert: this seat's incidents.toml.
    calllog = CallLog(
        sessionmaker, settings.seat_name, incidents_config=lambda: load_config(settings.data_dir)
    )
    calllog.list_calls(day=dt.date.today(), limit=1)  # prove reads work before the window
    return calllog


def reconcile_now(calllog: Any, settings: Settings) -> Any:
    from seat.reconcile import reconcile

    return reconcile(calllog, settings)


def _checkpoint(sessions: Any, settings: Settings) -> Any:
    """Anchors the audit head on the recordings root (issue 10 fault 9), hourly."""
    from seat.audit_anchor import write_audit_checkpoint

    return lambda: write_audit_checkpoint(sessions, settings.recordings_root)


def repairs(calllog: Any, settings: Settings) -> Any:
    """The supervisor's reconcile step, or none for a test's stand-in call log."""
    from seat.reconcile import repairs as bound

    return bound(calllog, settings) if hasattr(calllog, "call_end_at") else None


@dataclass
class Console:
    """The wired parts of a running console; tests build the same thing as `main`."""

    bridge: TelephonyBridge
    worker: DbWorker
    client: EngineClient
    window: MainWindow

    def close(self) -> None:
        """Stop the engine first (its last events are logged), then drain the database."""
        self.client.stop()
        if self.window.incidents is not None:
            self.window.incidents.stop()  # the e-mail outbox; queued rows stay queued
        admin = getattr(self.window, "admin_page", None)
        if admin is not None:
            admin.import_panel.shutdown()  # a running import is cancelled: nothing written
        self.worker.shutdown()


def build_console(
    settings: Settings,
    calllog: Any,
    *,
    sessions: Any = None,
    actor: Actor | None = None,
) -> Console:
    """Wire bridge, database worker, engine client and window; starts nothing.

    `sessions`/`actor` feed the feature panels (ConsoleServices); by default the
    database of `settings` and the OS user as an operator.
    """
    local_tz = dt.datetime.now().astimezone().tzinfo  # "today" is the operator's day
    bridge = TelephonyBridge()
    worker = DbWorker()
    if sessions is None:
        from db.session import open_database

        sessions = open_database(settings.database)
    services = ConsoleServices(settings=settings, sessions=sessions, worker=worker)
    if actor is not None:
        services.actor = actor
    if hasattr(calllog, "set_operator"):
        # Agent-state periods and answered calls name who is signed in (issue 11).
        calllog.set_operator(services.actor.operator_id)
    client = EngineClient(
        settings,
        bridge,
        worker,
        calllog=calllog,
        reconcile=repairs(calllog, settings),
        checkpoint=_checkpoint(sessions, settings),
        takes_calls=allowed(services.actor, Permission.HANDLE_CALLS),
    )
    window = MainWindow(
        bridge,
        client.submit,
        worker=worker,
        history_source=lambda day: calllog.list_calls(day=day, tz=local_tz),
        services=services,
    )
    # Role screens: recordings for supervisors/head admins, audit alert for admins.
    from console.admin_alerts import check_audit_chain_at_start
    from console.recordings_browser import install_recordings_screen

    install_recordings_screen(window, services)
    check_audit_chain_at_start(window, services)
    from console.settings_dialog import install_settings_menu

    install_settings_menu(window, services, client.restart)  # admins only
    install_case_sweep(window, services)
    return Console(bridge, worker, client, window)


def install_case_sweep(
    window: QObject,
    services: ConsoleServices,
    *,
    interval_ms: int = 60_000,
    clock: Callable[[], dt.datetime] | None = None,
) -> QTimer | None:
    """EEP-15's closing sweep (seat/case_sweep_job.py) every minute, submitted to the
    database worker, never run on the GUI thread; None for a policy without the rule.
    The writer's letter is stored as the signed-in operator (HANDLE_CALLS work).

    One sweep at a time: a slow database makes the next tick wait, not pile up jobs.
    """
    from db.models import utcnow
    from seat.case_sweep_job import SweepReport, sweep_once

    # The letter to the writer is stored as the signed-in operator (HANDLE_CALLS work).
    mail_actor = services.actor if allowed(services.actor, Permission.HANDLE_CALLS) else None

    policy = services.policy
    if policy.response.no_response_close_hours is None:
        return None
    now = clock or utcnow
    busy = [False]

    def job() -> SweepReport:
        from incidents.mailstore import mail_limits

        smtp = services.incidents_config().smtp
        return sweep_once(services.sessions, policy, now=now(), smtp=smtp,
                          limits=mail_limits(services.settings),
                          mail_actor=mail_actor)  # fmt: skip

    def done(result: object) -> None:
        busy[0] = False
        if isinstance(result, SweepReport) and result.closed:
            log.info("EEP-15: closed %d unanswered case(s)", len(result.closed))
        elif isinstance(result, BaseException):  # logged by the worker; next minute again
            log.warning("EEP-15 case sweep failed: %s", result)

    def tick() -> None:
        if busy[0]:
            return
        busy[0] = True
        services.worker.submit(job, label="EEP-15 case sweep").success(done).failure(done)

    timer = QTimer(window)
    timer.setObjectName("caseSweepTimer")
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(0, tick)  # at start too, not only a minute later
    return timer


def _sign_in(
    settings: Settings, username: str, title: str, password_stdin: bool = False
) -> tuple[Actor | None, Any]:
    """Who is at the desk: (actor, sessions); (None, None) when no account exists yet.

    No accounts: the console refuses to start and says how to create the first admin
    (console.sign_in explains why not from a dialog). Cancelled sign-in: (None, sessions).
    """
    from console.sign_in import FIRST_RUN_COMMAND, SignInDialog, needs_first_admin
    from db.session import open_database

    sessions = open_database(settings.database)
    if needs_first_admin(sessions):
        fatal(
            title,
            QCoreApplication.translate(
                "App",
                "No user accounts exist yet. An administrator must create the first one "
                "on this computer:\n\n    %1\n\nthen start the console again.",
            ).replace("%1", FIRST_RUN_COMMAND),
        )
        return None, None
    if password_stdin:
        from db.models import utcnow
        from desk.users import SignInFailed, authenticate

        try:
            return authenticate(
                sessions, username, sys.stdin.readline().rstrip("\n"), utcnow()
            ), sessions
        except SignInFailed as exc:
            print(f"kuty-console: sign-in refused: {exc}", file=sys.stderr)
            return None, sessions
    dialog = SignInDialog(sessions, username)
    dialog.exec()
    return dialog.actor, sessions


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(argv if argv is not None else sys.argv[1:])
    if "--demo" in argv:  # `make demo`'s scenario, e.g. from the installed bundle
        from console.demo import main as demo_main

        return demo_main([a for a in argv if a != "--demo"])
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("kuty-console")
    try:
        settings = load_settings(
            data_dir=args.data_dir,
            listen=args.listen,
            language=args.language,
            auto_answer=args.auto_answer,
        )
    except SettingsError as exc:
        log.error("bad settings: %s", exc)
        fatal(QCoreApplication.translate("App", "Kuty console"), str(exc))
        return EXIT_BAD_SETTINGS
    translators = install_translator(app, settings.language)
    from console.keyring_setup import ensure_keyring_at_start

    # Before the database (its password may be in the keyring), without a dialog: who signs
    # in is not known yet, and only an admin is asked, once (issue 13, below).
    keyring_status = ensure_keyring_at_start(settings, interactive=False)
    title = QCoreApplication.translate("App", "Kuty console cannot start")
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        calllog = _open_calllog(settings)
    except Exception as exc:  # any failure here means no call could be logged: refuse
        log.error("cannot open the database: %s", exc)
        log.debug("database open failed", exc_info=True)
        fatal(
            title,
            QCoreApplication.translate(
                "App", "The call database cannot be opened, so calls cannot be logged:\n%1"
            ).replace("%1", str(exc)),
        )
        remove_translators(app, translators)
        return EXIT_NO_DATABASE

    startup_problem = ""
    try:
        reconcile_now(calllog, settings)
    except Exception as exc:  # the phone still starts; the operator is told
        log.exception("reconcile at start-up failed")
        startup_problem = str(exc)
    actor, sessions = _sign_in(settings, args.user, title, args.password_stdin)
    if actor is None:
        remove_translators(app, translators)
        return EXIT_NO_USERS if sessions is None else EXIT_NOT_SIGNED_IN
    from console.keyring_setup import keyring_after_sign_in

    keyring_after_sign_in(settings, actor, keyring_status, interactive=not _is_headless())
    wired = build_console(settings, calllog, sessions=sessions, actor=actor)
    window = wired.window
    if startup_problem:
        window.on_event_alert(Alert(code="reconcile_failed", message=startup_problem))
    window.show()
    if window.services is not None and not _is_headless():
        from console.first_run import maybe_run_first_run

        maybe_run_first_run(window, window.services, wired.client.restart)
    wired.client.start()
    from incidents.retention import RetentionJob

    # The scheduled retention run (every seat; held/complaint/requested recordings stay).
    retention = RetentionJob(sessions, settings.retention_days)
    retention.start()
    if args.screenshot is not None:
        target: Path = args.screenshot

        def shoot() -> None:
            window.grab().save(str(target))
            log.info("screenshot saved to %s", target)
            app.quit()

        QTimer.singleShot(int(args.screenshot_delay * 1000), shoot)
    try:
        return int(app.exec())
    finally:
        retention.stop()
        wired.close()
        remove_translators(app, translators)


if __name__ == "__main__":
    sys.exit(main())
