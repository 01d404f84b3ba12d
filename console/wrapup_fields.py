"""What the wrap-up pane shows in words, and when a call-back is due by default.

Policies name categories by id ("legal_question"); the operator reads them in their own
language, with the rule id where it matters (an out-of-scope refusal cites KUTY-2.3 …
2.7). The default call-back time is one *working* hour ahead in the policy's hours, so a
call wrapped up at 17:30 on a Friday is due on Monday morning, not at 18:30.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication


def category_text(category_id: str) -> str:
    """A policy category in the user's language (every shipped policy's ids)."""
    texts = {
        "registration": QCoreApplication.translate("WrapUpPane", "Registration in the service"),
        "application_submission": QCoreApplication.translate(
            "WrapUpPane", "Submitting an application"
        ),
        "data_change": QCoreApplication.translate("WrapUpPane", "Changing the user's data"),
        "legal_question": QCoreApplication.translate("WrapUpPane", "Legal question"),
        "queue_position": QCoreApplication.translate("WrapUpPane", "Order in the queue"),
        "application_on_behalf": QCoreApplication.translate(
            "WrapUpPane", "Filing on the caller's behalf"
        ),
        "third_party_data": QCoreApplication.translate("WrapUpPane", "Other people's data"),
        "other_product": QCoreApplication.translate("WrapUpPane", "Other products"),
        "consultation": QCoreApplication.translate("WrapUpPane", "Consultation"),
        "error": QCoreApplication.translate("WrapUpPane", "Error or defect"),
        "out_of_scope": QCoreApplication.translate("WrapUpPane", "Out of scope"),
        "support_request": QCoreApplication.translate("WrapUpPane", "Support request"),
        "portal_use": QCoreApplication.translate("WrapUpPane", "Using the portal"),
        "not_a_portal_user": QCoreApplication.translate("WrapUpPane", "Not a portal user"),
    }
    return texts.get(category_id, category_id.replace("_", " ").capitalize())


def rule_text(category: Any) -> str:
    """An out-of-scope category as its rule: "KUTY-2.3 — Legal question"."""
    rule = category.rules[0] if category.rules else ""
    name = category_text(category.id)
    return f"{rule} — {name}" if rule else name


def add_working_time(hours: Any, start: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """`start` plus `delta` counted only inside the policy's working windows.

    `hours` is `desk.policy.Hours`; with no windows (or none within two weeks) the plain
    sum is returned, so a 24/7 desk gets exactly one hour.
    """
    windows = getattr(hours, "windows", ())
    if not windows:
        return start + delta
    zone = ZoneInfo(hours.time_zone)
    moment = start.astimezone(zone)
    left = delta
    for _ in range(200):  # windows per fortnight: more than enough
        window = _open_window(windows, moment)
        if window is None:
            nxt = _next_start(windows, moment)
            if nxt is None:
                return start + delta
            moment = nxt
            continue
        end = moment.replace(
            hour=window.end.hour, minute=window.end.minute, second=0, microsecond=0
        )
        if moment + left <= end:
            return (moment + left).astimezone(start.tzinfo or dt.UTC)
        left -= end - moment
        moment = end
    return start + delta


def _open_window(windows: Any, local: dt.datetime) -> Any | None:
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[local.weekday()]
    for window in windows:
        if day in window.days and window.start <= local.time() < window.end:
            return window
    return None


def _next_start(windows: Any, local: dt.datetime) -> dt.datetime | None:
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    best: dt.datetime | None = None
    for offset in range(15):
        date = (local + dt.timedelta(days=offset)).date()
        for window in windows:
            if days[date.weekday()] not in window.days:
                continue
            begin = dt.datetime.combine(date, window.start, tzinfo=local.tzinfo)
            if begin > local and (best is None or begin < best):
                best = begin
        if best is not None:
            return best
    return None


def wrapup_error_text(error: BaseException) -> str:
    """A refused wrap-up save in the user's language.

    `desk.wrapups.WrapUpError` says "field: problem" in English for logs and the CLI; the
    operator reads which of their fields is wrong, in their words. Unknown problems keep
    the service's line after a translated lead-in rather than vanish.
    """
    from console.tasks import error_text

    message = str(getattr(error, "message", "") or error)
    field, _, problem = message.partition(":")
    problem = problem.strip()
    if field == "callback_number":
        if "no number" in problem:
            return QCoreApplication.translate(
                "WrapUpPane", "This call has no number: type the number to call back."
            )
        return QCoreApplication.translate(
            "WrapUpPane", "The call-back number is not a valid phone number."
        )
    if field == "callback_due":
        if "SLA level" in problem:  # EEP-8: call-back orders are for VIP only
            return QCoreApplication.translate(
                "WrapUpPane", "A call-back is offered only to VIP cases (EEP-8)."
            )
        if "past" in problem:
            return QCoreApplication.translate("WrapUpPane", "The call-back time is in the past.")
        return QCoreApplication.translate(
            "WrapUpPane", "The call-back time is more than a year ahead."
        )
    if field in {"topic", "notes"}:
        name = (
            QCoreApplication.translate("WrapUpPane", "Topic")
            if field == "topic"
            else QCoreApplication.translate("WrapUpPane", "Notes")
        )
        if "one line" in problem:
            return QCoreApplication.translate("WrapUpPane", "%1 must be one line.").replace(
                "%1", name
            )
        if "at most" in problem:
            return (
                QCoreApplication.translate("WrapUpPane", "%1 is too long (at most %2 characters).")
                .replace("%1", name)
                .replace("%2", problem.rsplit(" ", 1)[-1])
            )
        return QCoreApplication.translate(
            "WrapUpPane", "%1 contains characters that cannot be stored."
        ).replace("%1", name)
    if field == "category":
        return QCoreApplication.translate("WrapUpPane", "Choose a category from the list.")
    if field == "registration_number" and "already used" in problem:
        return QCoreApplication.translate("WrapUpPane", "This registration number is already used.")
    return QCoreApplication.translate("WrapUpPane", "The wrap-up was not saved: %1").replace(
        "%1", error_text(error)
    )
