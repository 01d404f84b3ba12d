"""E-mail outbox for supervisor notifications: incidents (KUTY-3.1..3.4: "report to
management") and system alerts about recordings at risk (KUTY-1.1, issue 10).

Notification rows are written in the incident's (or the alert's) transaction; this worker
only delivers them. Nothing is ever dropped: a failure increments `attempts`, stores
`last_error` (shown to supervisors) and schedules the next try with a capped exponential
backoff, forever. The SMTP password comes from `keyring` only (service "kuty-console", user
`smtp:<username>`), never from a file.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models import utcnow
from db.models_incidents import Incident, IncidentKind, Notification, NotificationChannel
from incidents.config import SmtpConfig
from incidents.report_pdf import RULE, fmt_time, number_text

__all__ = [
    "ALERT_SUBJECT",
    "BACKOFF_S",
    "KEYRING_SERVICE",
    "DeliveryReport",
    "NotificationWorker",
    "alert_subject",
    "backoff",
    "compose",
    "compose_system_alert",
    "connect_smtp",
    "deliver_due",
]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kuty-console"
BACKOFF_S = (30, 60, 120, 300, 900, 1800, 3600)
"""Delay before attempt n+1 after n failures; the last value repeats (capped at 1 h)."""
ERROR_MAX = 1000
SUBJECT = {
    IncidentKind.ABUSE: "Інцидент: образа (KUTY-3.1)",
    IncidentKind.THREAT: "Інцидент: погроза (KUTY-3.2)",
}
WRITTEN_SUBJECT = {
    IncidentKind.ABUSE: "Інцидент: образа в листуванні (KUTY-3.3)",
    IncidentKind.THREAT: "Інцидент: погроза в листуванні (KUTY-3.4)",
}
ALERT_SUBJECT: dict[str, str] = {
    "recording_stalled": "Запис дзвінка зупинився (KUTY-1.1)",
    "recording_failed": "Запис дзвінка не вдався (KUTY-1.1)",
    "disk_space_low": "Мало місця для записів (KUTY-1.1)",
    "reconcile_failed": "Не вдалося звірити записи після збою (KUTY-1.1)",
    "call_capacity": "Дзвінок відхилено: усі лінії робочого місця зайняті",
    # Issue 11: follow-ups of an incident reverted after an accidental press.
    "incident_withdrawn": "Інцидент відкликано (помилкове натискання)",
    "incident_reclassified": "Погрозу перекваліфіковано як образу (KUTY-3.1)",
    # Issue 12: written contacts over the size limits (the raw bytes are kept up to it).
    "mail_too_large": "Надто великий лист відхилено (KUTY-1.1)",
    "attachment_too_large": "Надто велике вкладення листа не збережено (KUTY-1.1)",
}
"""Subjects of system-alert e-mails, one per `telephony.protocol.RECORDING_ALERTS` code."""
ALERT_FALLBACK_SUBJECT = "Системне попередження консолі (KUTY-1.1)"
_ALERT_WHAT = {
    "recording_stalled": (
        "Запис активного дзвінка перестав зростати: звук розмови може втрачатися "
        "(ймовірно, закінчилося місце на диску)."
    ),
    "recording_failed": "Запис дзвінка не вдався: розмова може бути не записана.",
    "disk_space_low": (
        "На диску для записів закінчується вільне місце: наступні записи можуть перерватися."
    ),
    "reconcile_failed": "Після збою не вдалося звірити записи з журналом дзвінків.",
    "call_capacity": (
        "Робоче місце відхилило дзвінок, бо всі його лінії (одночасні дзвінки) зайняті: "
        "абонент почув «зайнято». Дзвінок є в журналі як пропущений; перевірте кількість "
        "ліній (max_calls) або навантаження."
    ),
    "incident_withdrawn": (
        "Оператор або керівник відкликав раніше повідомлений інцидент: кнопку натиснуто "
        "помилково. Запис інциденту та пакет для поліції збережено з позначкою «відкликано»."
    ),
    "incident_reclassified": (
        "Раніше повідомлену погрозу перекваліфіковано як образу (KUTY-3.1): пакет для поліції "
        "не потрібен і позначений як відкликаний, запис дзвінка збережено."
    ),
    "mail_too_large": (
        "До служби надійшов лист, більший за дозволений розмір: його не показано оператору, "
        "а збережено лише першу частину (до межі). Перевірте відправника і розмір поштової "
        "скриньки."
    ),
    "attachment_too_large": (
        "До служби надійшов лист із вкладенням, більшим за дозволений розмір: лист показано, "
        "вкладення не можна зберегти."
    ),
}


@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=BACKOFF_S[min(max(attempts, 1), len(BACKOFF_S)) - 1])


def compose(inc: Incident, recipient: str, sender: str) -> EmailMessage:
    """The Ukrainian notice: facts only (no recordings, no secrets, no key phrases)."""
    written = inc.channel.value == "written"
    msg = EmailMessage()
    msg["Subject"] = (WRITTEN_SUBJECT if written else SUBJECT)[inc.kind]
    msg["From"] = sender
    msg["To"] = recipient
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "kuty.local")
    what = "Погроза" if inc.kind is IncidentKind.THREAT else "Образа"
    lines = [
        f"{what}: інцидент № {inc.id} ({RULE[(inc.kind.value, inc.channel.value)]}).",
        "",
        f"Час: {fmt_time(inc.pressed_at)}",
        f"Оператор: {inc.operator_name}",
    ]
    if written:
        lines.append(f"Письмове звернення № {inc.message_id}; листування припинено.")
    else:
        lines += [
            f"Номер абонента: {number_text(inc.caller_number)}",
            f"Стан верифікації: {inc.verification_state or 'не проводилась'}",
            "Дзвінок завершено оператором, запис поставлено на юридичне утримання.",
        ]
    if inc.kind is IncidentKind.THREAT:
        lines.append("Пакет для поліції формується автоматично (KUTY-3.2 / KUTY-3.4).")
    lines += ["", "Деталі та підтвердження — у консолі служби підтримки Кути."]
    msg.set_content("\n".join(lines))
    return msg


def alert_subject(code: str | None) -> str:
    """The Ukrainian subject for an alert code; a code added later still gets a subject."""
    return ALERT_SUBJECT.get(code or "", ALERT_FALLBACK_SUBJECT)


def compose_system_alert(n: Notification, sender: str) -> EmailMessage:
    """The Ukrainian notice of a system alert (KUTY-1.1: every call is recorded).

    Supervisors must act (free the disk, check the seat) while the call may still be going
    on, so the mail says what is at risk, where and when; the engine's own English message
    is quoted for whoever fixes it. No audio and no caller data.
    """
    msg = EmailMessage()
    msg["Subject"] = n.subject or alert_subject(n.alert_code)
    msg["From"] = sender
    msg["To"] = n.recipient
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "kuty.local")
    lines = [
        _ALERT_WHAT.get(n.alert_code or "", "Консоль служби підтримки повідомила про збій."),
        "",
        f"Час: {fmt_time(n.created_at)}",
        f"Робоче місце: {n.seat or 'невідоме'}",
        f"Дзвінок: {n.call_id or 'не стосується окремого дзвінка'}",
        f"Повідомлення системи: {n.body or '—'}",
        "",
        "Деталі та підтвердження — у консолі служби підтримки Кути.",
    ]
    msg.set_content("\n".join(lines))
    return msg


def _compose_row(session: Session, n: Notification, sender: str) -> EmailMessage:
    if n.incident_id is None or n.alert_code is not None:  # alert, or incident follow-up
        return compose_system_alert(n, sender)
    return compose(session.get_one(Incident, n.incident_id), n.recipient, sender)


def _password(smtp: SmtpConfig) -> str | None:
    """The relay password from keyring (`desk.secrets`, `smtp:<username>`), never a file."""
    if not smtp.username:
        return None
    from desk.secrets import SecretsUnavailable, get_secret

    try:
        return get_secret("smtp", smtp.username)
    except SecretsUnavailable:
        return None


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """AUTH with UTF-8 credentials: smtplib encodes them as ASCII and fails on a
    Ukrainian password, while RFC 4616 (PLAIN) carries UTF-8."""
    if (username + password).isascii():
        client.login(username, password)
        return
    import base64

    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _connect(smtp: SmtpConfig) -> smtplib.SMTP:
    context = ssl.create_default_context()  # verifies the relay's certificate and name
    if smtp.ca_file:
        context.load_verify_locations(cafile=smtp.ca_file)
    client: smtplib.SMTP
    if smtp.tls == "tls":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout_s, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout_s)
    try:
        if smtp.tls == "starttls":
            client.starttls(context=context)
        if smtp.username:
            password = _password(smtp)
            if password is None:
                raise smtplib.SMTPAuthenticationError(
                    0, f"no password in keyring for smtp:{smtp.username}".encode()
                )
            _login(client, smtp.username, password)
    except BaseException:
        client.close()
        raise
    return client


def connect_smtp(smtp: SmtpConfig) -> smtplib.SMTP:
    """A connected, TLS-checked, logged-in SMTP client for `smtp` (also for mail replies,
    `incidents.mail_reply`): one place that knows how Kuty talks to its relay."""
    return _connect(smtp)


def _due(session: Session, now: datetime, limit: int) -> list[int]:
    return list(
        session.scalars(
            sa.select(Notification.id)
            .where(
                Notification.channel == NotificationChannel.EMAIL,
                Notification.sent_at.is_(None),
                sa.or_(Notification.next_attempt_at.is_(None), Notification.next_attempt_at <= now),
            )
            .order_by(Notification.id)
            .limit(limit)
        )
    )


def _record_failure(session: Session, n: Notification, now: datetime, error: str) -> None:
    n.attempts += 1
    n.last_error = error[:ERROR_MAX]
    n.next_attempt_at = now + backoff(n.attempts)
    payload = {"notification_id": n.id, "attempts": n.attempts, "error": n.last_error}
    append_audit(session, "notification_failed", "system:notify", payload)


def deliver_due(
    sessions: sessionmaker[Session], smtp: SmtpConfig, now: datetime, *, limit: int = 100
) -> DeliveryReport:
    """Send every e-mail notification that is due; one SMTP connection per run.

    A connection failure counts as a failed attempt for every due row (each stays queued
    with its own backoff); a refusal of one recipient fails only that row.
    """
    report = DeliveryReport()
    with sessions.begin() as session:
        due = _due(session, now, limit)
    if not due:
        return report
    client: smtplib.SMTP | None = None
    conn_error: str | None = None
    if not smtp.configured:
        conn_error = "SMTP is not configured (incidents.toml [smtp] host)"
    else:
        try:
            client = _connect(smtp)
        except (smtplib.SMTPException, OSError) as exc:
            conn_error = f"{type(exc).__name__}: {exc}"
    try:
        for notification_id in due:
            with sessions.begin() as session:
                n = session.get(Notification, notification_id)
                if n is None or n.sent_at is not None:
                    continue
                error = conn_error
                if client is not None:
                    try:
                        client.send_message(_compose_row(session, n, smtp.sender))
                    except (smtplib.SMTPException, OSError) as exc:
                        error = f"{type(exc).__name__}: {exc}"
                if error is None:
                    n.attempts += 1
                    n.sent_at, n.last_error, n.next_attempt_at = now, None, None
                    payload: dict[str, object] = {
                        "notification_id": n.id, "incident_id": n.incident_id,
                        "recipient": n.recipient,
                    }  # fmt: skip
                    if n.alert_code is not None:
                        payload["alert_code"] = n.alert_code
                    append_audit(session, "notification_sent", "system:notify", payload)
                    report.sent.append(n.id)
                else:
                    _record_failure(session, n, now, error)
                    report.failed.append(n.id)
                    report.errors.append(error)
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()
    if report.failed:
        log.warning("%d notification e-mail(s) not sent: %s", len(report.failed), report.errors[0])
    return report


class NotificationWorker:
    """Runs `deliver_due` every `interval_s` on a daemon thread (console and `kuty serve`).

    `wake()` makes it run at once (right after an incident is filed) instead of waiting.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        smtp: SmtpConfig,
        *,
        interval_s: float = 15.0,
        clock: Callable[[], datetime] = utcnow,
        on_report: Callable[[DeliveryReport], None] | None = None,
    ) -> None:
        self._sessions, self._smtp, self._interval = sessions, smtp, interval_s
        self._clock, self._on_report = clock, on_report
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("NotificationWorker already started")
        self._thread = threading.Thread(target=self._run, name="kuty-notify", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = deliver_due(self._sessions, self._smtp, self._clock())
                if self._on_report is not None:
                    self._on_report(report)
            except Exception:  # a dead DB must not kill the worker; next round retries
                log.exception("notification delivery round failed")
            self._wake.wait(self._interval)
            self._wake.clear()
