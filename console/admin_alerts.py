"""Admins' start-up check of the audit chain, shown loudly when it fails.

A broken hash chain means someone edited, deleted, inserted or reordered audit rows:
evidence of who played or exported recordings can no longer be trusted. The check walks
the whole chain, so it runs on the database worker; the admin sees a red banner in the
main window and a message box naming the first bad event id (as `kuty audit verify`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from console.main_window import MainWindow
from console.services import ConsoleServices
from console.tasks import error_text
from db.audit import AuditVerification, verify_audit_chain
from desk.roles import Role

__all__ = ["alert_text", "check_audit_chain_at_start"]

log = logging.getLogger(__name__)
ALERT_CODE = "audit_chain_broken"


def alert_text(result: AuditVerification | BaseException) -> str:
    """The admin's wording: what broke, the first bad event id, what to do."""
    if isinstance(result, BaseException):
        return QCoreApplication.translate(
            "AdminAlerts", "AUDIT LOG CHECK FAILED: the audit chain could not be read (%1)."
        ).replace("%1", error_text(result))
    return (
        QCoreApplication.translate(
            "AdminAlerts",
            "AUDIT LOG TAMPERED: event %1 does not fit the hash chain (%2). Records of who "
            "played or exported recordings cannot be trusted from there on. Run "
            "`kuty audit verify` and investigate.",
        )
        .replace("%1", str(result.first_bad_id))
        .replace("%2", result.problem)
    )


def check_audit_chain_at_start(window: MainWindow, services: ConsoleServices) -> bool:
    """Queue the check for an admin; returns whether one was queued (only admins)."""
    if services.actor.role is not Role.ADMIN:
        return False
    sessions = services.sessions

    def job() -> AuditVerification:
        with sessions.begin() as session:
            return verify_audit_chain(session)

    # An unreadable chain is as alarming as a broken one: both take `show`.
    def show(result: AuditVerification | BaseException) -> None:
        if isinstance(result, AuditVerification) and result.ok:
            log.info("audit chain verified: %d events", result.checked)
            return
        text = alert_text(result)
        log.error("audit chain check failed: %s", text)
        window.alert_banner.show_alert(ALERT_CODE, text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("AdminAlerts", "Audit log alert"),
            text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("auditAlertBox")
        box.open()
        window.audit_alert_box = box  # type: ignore[attr-defined]  # keep it alive

    services.worker.submit(job, label="verify audit chain").success(show).failure(show)
    return True
