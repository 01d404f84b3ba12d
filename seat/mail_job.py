"""The seat's mail job: the desk's mailbox synced in the background (issue 12).

`MailSyncJob` runs `incidents.imap_sync.run_loop` (a pass, IMAP IDLE, reconnect with
backoff) on a daemon thread until `stop()`, like `incidents.notify.NotificationWorker`
does for the outbox. It reads the password from the keyring once at `start()`, so a
missing password is one line at once instead of a retry loop that can never succeed.
What the loop reports goes to the callbacks (the console will route them through its
bridge); a bug in a pass is logged and the loop restarted after a minute, never fatal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from desk.policy import Policy
from desk.roles import Actor
from desk.secrets import get_secret
from desk.settings import Settings
from incidents.config import IncidentsConfig
from incidents.imap_sync import BACKOFF_S, ImapAccount, ImapError, SyncReport, run_loop
from incidents.mailstore import mail_limits

__all__ = ["MailSyncJob"]

log = logging.getLogger(__name__)
RESTART_AFTER_BUG_S = 60.0


class MailSyncJob:
    """Background IMAP sync for one seat; `start()` once, `stop()` to end it."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session],
        actor: Actor,
        policy: Policy,
        config: IncidentsConfig,
        *,
        idle_s: float = 25 * 60,
        backoff: tuple[float, ...] = BACKOFF_S,
        on_report: Callable[[SyncReport], None] | None = None,
        on_problem: Callable[[str, float], None] | None = None,
    ) -> None:
        self._settings, self._sessions, self._actor = settings, sessions, actor
        self._policy, self._config = policy, config
        self._idle_s, self._backoff = idle_s, backoff
        self._on_report, self._on_problem = on_report, on_problem
        self._account = ImapAccount.from_settings(settings)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check(self) -> str:
        """The mailbox is configured and its password is in the keyring; returns it.

        Raises:
            ImapError: no mailbox configured, or no password for it in the keyring.
            SecretsUnavailable: no usable keyring.
        """
        if not self._account.host:
            raise ImapError("no desk mailbox: set imap_host and imap_user first")
        password = get_secret("imap", self._account.secret_name)
        if password is None:
            raise ImapError(f"no IMAP password in the keyring for {self._account.secret_name}")
        return password

    def start(self) -> None:
        """Start syncing.

        Raises:
            ImapError: no mailbox configured, or no password for it in the keyring.
            SecretsUnavailable: no usable keyring.
        """
        if self._thread is not None:
            raise RuntimeError("MailSyncJob already started")
        password = self.check()
        self._thread = threading.Thread(
            target=self._run, args=(password,), name="kuty-mail", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self, password: str) -> None:
        while not self._stop.is_set():
            try:
                run_loop(
                    self._sessions, self._actor, self._account, self._stop,
                    policy=self._policy, password=password,
                    limits=mail_limits(self._settings), config=self._config,
                    seat=self._settings.seat_name, idle_s=self._idle_s,
                    backoff=self._backoff, on_report=self._on_report,
                    on_problem=self._on_problem, smtp=self._config.smtp,
                )  # fmt: skip
            except Exception:  # a bug or a dead database must not end the seat's mail
                log.exception("mail sync failed; restarting in %.0f s", RESTART_AFTER_BUG_S)
                self._stop.wait(RESTART_AFTER_BUG_S)
