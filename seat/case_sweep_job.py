"""The seat's EEP-15 sweep: `desk.case_sweep.close_unanswered` every minute (issue 12).

`kuty serve` runs it on a daemon thread (`CaseSweepJob`), the console submits the same
`sweep_once` to its database worker from a QTimer (console/app.py), so both close a case
the minute its 8 h run out and never on the GUI thread.

When the seat has SMTP (incidents.toml `[smtp]`) and a user the mail is stored as (`kuty
serve --mail-as USER`; the console's signed-in operator), the writer is told: the profile's
"closed_no_response" template with what was sent when, threaded onto their last message,
stored raw and hashed like every outgoing message (KUTY-1.1), audited, and only where
RFC 3834 allows an automatic answer (`incidents.mail_refusal.wants_auto_reply`). We chose
to send it because EEP-15's close is otherwise silent: a customer who comes back after a
day would find the case gone without a word; the template exists for exactly this. Without
SMTP or such a user the case still closes (the rule is the closing, the letter a
courtesy; the closing is the system's, audited as such) and the report says the writer
was not told. The letter is stored as that user because storing and reading mail is
HANDLE_CALLS work (incidents.mailstore), which the system actor does not hold. A failed
send never reopens the case.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_written import MessageDirection, MessageStatus
from desk.case_sweep import ClosedCase, close_unanswered
from desk.errors import UserFacingError, one_line
from desk.policy import Policy
from desk.roles import SYSTEM, Actor
from incidents.config import SmtpConfig
from incidents.mail_parse import MailLimits, parse_mail
from incidents.mail_refusal import wants_auto_reply
from incidents.mail_reply import compose_reply, deliver
from incidents.mailstore import raw_message, store_mail

__all__ = ["CLOSED_SOURCE", "SWEEP_INTERVAL_S", "CaseSweepJob", "SweepReport", "sweep_once"]

log = logging.getLogger(__name__)
SWEEP_INTERVAL_S = 60.0
CLOSED_SOURCE = "auto-closed"
"""`messages.source` of the letter telling a writer their case closed unanswered."""


@dataclass
class SweepReport:
    closed: list[ClosedCase] = field(default_factory=list)
    told: list[int] = field(default_factory=list)  # case ids whose writer got the letter
    problems: list[str] = field(default_factory=list)

    def event(self) -> dict[str, object]:
        """The JSON line `kuty serve` prints (issue 12): `cases_closed`, one per sweep that
        closed something or had a problem."""
        return {
            "event": "cases_closed",
            "cases": [
                {"case": c.case_id, "registration_number": c.registration_number,
                 "reason": c.reason, "writer_told": c.case_id in self.told}
                for c in self.closed
            ],
            "problems": list(self.problems),
        }  # fmt: skip


def _tell_writer(
    sessions: sessionmaker[Session],
    actor: Actor,
    closed: ClosedCase,
    *,
    smtp: SmtpConfig,
    policy: Policy,
    limits: MailLimits,
    now: datetime,
) -> bool:
    """Send the closing letter of `closed`; False when there is none to send or RFC 3834
    forbids it. Raises UserFacingError (ReplyError) when the relay refuses it."""
    if closed.writer_text is None or closed.reply_to is None or not closed.writer:
        return False
    raw = raw_message(sessions, actor, closed.reply_to)
    original = parse_mail(raw, limits)
    if not wants_auto_reply(raw, original.from_address):
        return False
    reply = compose_reply(original, sender=smtp.sender, body=closed.writer_text,
                          extra={"Auto-Submitted": "auto-replied"})  # fmt: skip
    stored = store_mail(
        sessions, actor, reply, policy=policy, direction=MessageDirection.OUT,
        source=CLOSED_SOURCE, case_id=closed.case_id, status=MessageStatus.QUEUED,
        received_at=now,
    )  # fmt: skip
    deliver(sessions, actor, smtp, stored.message_id, closed.reply_to,
            original.from_address, reply)  # fmt: skip
    with sessions.begin() as session:
        append_audit(session, "case_closed_reply_sent", actor.label,
                     {"case_id": closed.case_id, "message_id": stored.message_id,
                      "reply_to": closed.reply_to, "raw_sha256": stored.raw_sha256})  # fmt: skip
    return True


def sweep_once(
    sessions: sessionmaker[Session],
    policy: Policy,
    *,
    now: datetime,
    smtp: SmtpConfig | None = None,
    limits: MailLimits | None = None,
    mail_actor: Actor | None = None,
) -> SweepReport:
    """Close what EEP-15 closes at `now` (as the system) and tell the writers, stored as
    `mail_actor`, when `smtp` is configured and `mail_actor` given (module docstring).

    Raises what the database raises (the callers log it and try again next minute).
    """
    report = SweepReport(closed=close_unanswered(sessions, policy, SYSTEM, now))
    if smtp is None or not smtp.configured or mail_actor is None:
        return report
    for closed in report.closed:
        try:
            if _tell_writer(sessions, mail_actor, closed, smtp=smtp, policy=policy,
                            limits=limits or MailLimits(), now=now):  # fmt: skip
                report.told.append(closed.case_id)
        except (UserFacingError, ValueError) as exc:
            report.problems.append(
                f"case {closed.case_id}: closed, the writer was not told: {one_line(str(exc))}"
            )
    return report


class CaseSweepJob:
    """`sweep_once` now and then every `interval_s` on a daemon thread, until `stop()`."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        policy: Policy,
        *,
        smtp: SmtpConfig | None = None,
        limits: MailLimits | None = None,
        mail_actor: Actor | None = None,
        interval_s: float = SWEEP_INTERVAL_S,
        clock: Callable[[], datetime] = utcnow,
        on_report: Callable[[SweepReport], None] | None = None,
    ) -> None:
        self._sessions, self._policy, self._smtp, self._limits = sessions, policy, smtp, limits
        self._interval_s, self._clock, self._on_report = interval_s, clock, on_report
        self._mail_actor = mail_actor
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def needed(self) -> bool:
        """Whether the policy has the rule at all (EEP-15); others need no thread."""
        return self._policy.response.no_response_close_hours is not None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("CaseSweepJob already started")
        self._thread = threading.Thread(target=self._run, name="kuty-case-sweep", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = sweep_once(self._sessions, self._policy, now=self._clock(),
                                    smtp=self._smtp, limits=self._limits,
                                    mail_actor=self._mail_actor)  # fmt: skip
            except Exception:  # a dead database must not end the seat; next minute again
                log.exception("EEP-15 case sweep failed; trying again in %.0f s", self._interval_s)
            else:
                if (report.closed or report.problems) and self._on_report is not None:
                    self._on_report(report)
            self._stop.wait(self._interval_s)
