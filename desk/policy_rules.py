"""What the seat's policy says about one written case or one text (issue 12).

Pure functions of a `Policy`, a moment and a case's times: the written workspace asks
them for its SLA countdowns and warnings, the mail job for automatic replies, the sweep
for cases to close. They never touch the database, so every rule has a unit test that
cites its id, and the same answers reach the queue, the composer and `kuty serve`.

Contract (issue 12): the written workspace (`console/written_view.py`) and the case
service (`desk/cases.py`) call these; their rules are filled in by the policy work.

Texts sent to writers live in the profiles (`[[templates]]`), never here: this module
only renders the desk's hours into the `{hours}` field of a template (`expand_template`),
from the `[hours]` windows, so an automatic reply can never state other hours than the
ones the seat enforces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desk.errors import UserFacingError
from desk.policy import DAYS, Hours, HoursWindow, Policy, Template

__all__ = [
    "CREDENTIAL_WARNING",
    "OUTSIDE_HOURS_TEMPLATE",
    "CaseTimes",
    "answer_due",
    "callback_refusal",
    "closed_since",
    "credential_warning",
    "defer_until",
    "expand_template",
    "hours_text",
    "outside_hours_reply",
    "unanswered_close_due",
]

OUTSIDE_HOURS_TEMPLATE = "outside_hours"
CREDENTIAL_WARNING = (
    "This reply asks the writer for a password or login data, which the regulation "
    "forbids (KZP-30-11): remove that request before sending."
)


@dataclass(frozen=True)
class CaseTimes:
    """The times of one case the rules need (aware datetimes, UTC); `models_written.Case`
    has them all, the queue passes them without an ORM object."""

    opened_at: datetime
    reached_employee_at: datetime | None = None
    first_answered_at: datetime | None = None
    waiting_since: datetime | None = None
    deferred_until: datetime | None = None
    sla_level: str | None = None
    category: str | None = None


def _aware(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what}: pass an aware time (with its time zone)")
    return moment


# ------------------------------------------------------------------ response targets


def answer_due(
    policy: Policy, case: CaseTimes, *, extended_by: timedelta = timedelta(0)
) -> datetime | None:
    """When the first answer is due (CSC-2.4: 60 min from reaching an employee), or None
    when the policy sets no target (KZP-30-9), the case has not reached an employee yet
    (the clock has not started), or it is answered already.

    `extended_by` is the extension CSC-2.4's second sentence allows when clarification is
    needed; a policy whose target is not extendable refuses it (UserFacingError), since
    moving a fixed deadline silently would hide a missed target.
    """
    target = policy.response.answer_within_minutes
    if target is None or case.first_answered_at is not None:
        return None
    if extended_by and not policy.response.answer_target_extendable:
        rule = ", ".join(policy.response.rules) or policy.regulation
        raise UserFacingError(f"the answer target of this regulation cannot be extended ({rule})")
    if extended_by < timedelta(0):
        raise UserFacingError("an extension of the answer target cannot be negative")
    if case.reached_employee_at is None:
        return None
    start = _aware(case.reached_employee_at, "reached_employee_at")
    return start + timedelta(minutes=target) + extended_by


def unanswered_close_due(policy: Policy, case: CaseTimes) -> datetime | None:
    """When a case waiting for the customer closes itself as "клієнт не відповів" (EEP-15:
    8 h), or None (no such rule, or not waiting)."""
    hours = policy.response.no_response_close_hours
    if hours is None or case.waiting_since is None:
        return None
    return _aware(case.waiting_since, "waiting_since") + timedelta(hours=hours)


# ------------------------------------------------------------------ hours


def _window_starts(hours: Hours, after: datetime, mode: str | None) -> datetime | None:
    """The first start of a window (of `mode`, or any) strictly after `after`."""
    zone = ZoneInfo(hours.time_zone)
    local_day = after.astimezone(zone).date()
    best: datetime | None = None
    for offset in range(8):  # every weekday once, and today's next week
        day = local_day + timedelta(days=offset)
        for window in hours.windows:
            if DAYS[day.weekday()] not in window.days or (mode and window.mode != mode):
                continue
            start = datetime.combine(day, window.start, tzinfo=zone)
            if start > after and (best is None or start < best):
                best = start
        if best is not None:
            return best
    return None


def closed_since(policy: Policy, moment: datetime) -> datetime | None:
    """When the desk last closed before `moment` (the end of the latest window that
    ended by then), or None within hours or with no window in the past week. The
    outside-hours reply is sent once per case and closed period (KZP-30-10, EEP-5)."""
    hours = policy.hours
    if hours.window_at(_aware(moment, "moment")) is not None:
        return None
    zone = ZoneInfo(hours.time_zone)
    local_day = moment.astimezone(zone).date()
    for offset in range(8):
        day = local_day - timedelta(days=offset)
        ends = [
            datetime.combine(day, w.end, tzinfo=zone)
            for w in hours.windows
            if DAYS[day.weekday()] in w.days
        ]
        past = [end for end in ends if end <= moment]
        if past:
            return max(past).astimezone(moment.tzinfo)
    return None


def defer_until(policy: Policy, moment: datetime, *, complex_question: bool) -> datetime | None:
    """Where a complex question asked in a duty window waits (CSC-2.3: weekend duty, to
    Monday's first full window), or None (answer now).

    Only a policy with duty windows defers: elsewhere a question outside hours simply
    waits in the queue (KZP-30-9, arrival order), with nothing to mark. A complex
    question asked after the duty window closes (Saturday night) waits the same way.
    """
    _aware(moment, "moment")
    hours = policy.hours
    if not complex_question or not any(w.mode == "duty" for w in hours.windows):
        return None
    window = hours.window_at(moment)
    if window is not None and window.mode == "full":
        return None
    found = _window_starts(hours, moment, "full")
    return None if found is None else found.astimezone(moment.tzinfo)


_DAY_NAMES = {
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_DUTY = {"uk": "черговий режим", "ru": "дежурный режим", "kk": "кезекші режим",
         "en": "duty mode"}  # fmt: skip
_ZONE_NAMES = {
    ("Europe/Kyiv", "uk"): "за київським часом",
    ("Europe/Kyiv", "ru"): "по киевскому времени",
    ("Europe/Kyiv", "en"): "Kyiv time",
    ("Asia/Almaty", "kk"): "Астана уақыты бойынша",
    ("Asia/Almaty", "ru"): "по времени Астаны",
    ("Asia/Almaty", "uk"): "за часом Астани",
    ("Asia/Almaty", "en"): "Astana time",
}


def _days_text(days: tuple[str, ...], names: tuple[str, ...]) -> str:
    """A run of consecutive days as "понеділок – п'ятниця"; others as a comma list."""
    index = sorted(DAYS.index(d) for d in days)
    if len(index) > 2 and index == list(range(index[0], index[-1] + 1)):
        return f"{names[index[0]]} – {names[index[-1]]}"
    return ", ".join(names[i] for i in index)


def _window_text(window: HoursWindow, language: str, zone: str) -> str:
    days = _days_text(window.days, _DAY_NAMES[language])
    note = f"{zone}, {_DUTY[language]}" if window.mode == "duty" else zone
    return f"{days}: {window.start:%H:%M}–{window.end:%H:%M} ({note})"


def hours_text(policy: Policy, language: str | None = None) -> str:
    """The desk's hours in `language` (default: the policy's), one line per window,
    rendered from `[hours]` (KZP-30-10, EEP-5, CSC-2.2): "понеділок – п'ятниця:
    09:00–18:00 (за київським часом)". An unknown language falls back to English."""
    lang = language or policy.language
    lang = lang if lang in _DAY_NAMES else "en"
    zone = _ZONE_NAMES.get((policy.hours.time_zone, lang), policy.hours.time_zone)
    return "\n".join(_window_text(w, lang, zone) for w in policy.hours.windows)


def expand_template(policy: Policy, template: Template, **fields: str) -> str:
    """A template's text with `{hours}` filled from the policy's windows and each of
    `fields` (`registration_number="EEP-2026-000042"`, `actions=...`) filled in; any other
    brace stays as written, so the composer shows exactly what will be sent (Template)."""
    text = template.text.replace("{hours}", hours_text(policy))
    for name, value in fields.items():
        text = text.replace("{" + name + "}", value)
    return text


def outside_hours_reply(policy: Policy, moment: datetime) -> str | None:
    """The automatic reply stating the desk's hours, in the policy's language, for a
    message arriving outside them (KZP-30-10, EEP-5, CSC-2.2); None within hours.

    The text is the profile's "outside_hours" template; a profile without one sends
    nothing (a wrong-language reply is worse than none). A duty window counts as within
    hours: the desk is there and answers (CSC-2.3).
    """
    if policy.hours.window_at(_aware(moment, "moment")) is not None:
        return None
    template = policy.template(OUTSIDE_HOURS_TEMPLATE)
    return None if template is None else expand_template(policy, template)


# ------------------------------------------------------------------ channels


def callback_refusal(policy: Policy, sla_level: str | None) -> str | None:
    """Why a call-back cannot be promised to a case of `sla_level` (EEP-8: call-back
    orders are for VIP only), one line in English (a msgid), or None when it may.

    Only a policy whose "callback" channel names SLA levels restricts it; a policy
    without a callback channel (KUTY) has its call-backs from missed calls, not orders.
    """
    rule = next((c for c in policy.channels if c.kind == "callback"), None)
    if rule is None or not rule.sla_levels or sla_level in rule.sla_levels:
        return None
    cited = ", ".join(rule.rules) or policy.regulation
    levels = ", ".join(rule.sla_levels)
    return f"A call-back is offered only to cases of SLA level {levels} ({cited})."


# ------------------------------------------------------------------ conduct

# KZP-30-11: credential words (stems, matched at a word start) in kk, ru, uk, en.
_CREDENTIALS = (
    # en
    "password", "passcode", "passphrase", "login", "log-in", "username", "user name",
    "credentials", "pin code", "sign-in details", "login details",
    # ru
    "парол", "логин", "учётн", "учетн", "данные для входа", "данных для входа",
    "регистрационн", "код из смс", "код из sms",
    # uk
    "логін", "облікові дані", "облікових даних", "дані для входу", "даних для входу",
    "реєстраційн", "код із смс", "код з смс",
    # kk
    "құпиясөз", "құпия сөз", "құпия сөзіңіз", "тіркеу деректер", "кіру деректер",
    "тіркелу деректер",
)  # fmt: skip
# Asking someone for it: imperatives and the infinitives of polite requests ("не могли бы
# вы прислать"), never the desk's own future ("мы отправим вам новый пароль" is no ask).
_REQUESTS = (
    # en
    "send your", "send us", "send me", "tell us", "tell me", "give us", "give me",
    "provide your", "provide us", "share your", "share it", "share with us", "reply with",
    "write your", "forward your", "what is your", "what's your", "need your",
    # ru
    "пришлите", "прислать", "присылайте", "отправьте", "отправить", "сообщите", "сообщить",
    "укажите", "указать", "назовите", "назвать", "напишите", "написать", "продиктуйте",
    "скиньте", "дайте", "предоставьте", "предоставить", "нужен ваш", "нужны ваши",
    # uk
    "надішліть", "надіслати", "надсилайте", "напишіть", "написати", "повідомте",
    "повідомити", "вкажіть", "вказати", "назвіть", "назвати", "продиктуйте", "скиньте",
    "дайте", "надайте", "надати", "потрібен ваш", "потрібні ваші",
    # kk (positive polite imperatives; the negative ones end in -маңыз, see _NEGATIONS)
    "жіберіңіз", "жазыңыз", "айтыңыз", "көрсетіңіз", "хабарлаңыз", "беріңіз", "жолдаңыз",
    "жіберу керек", "көрсету керек", "жазу керек",
)  # fmt: skip
# A sentence that says the desk never asks ("we never ask for your password", "do not
# send it to anyone") reassures; it must not raise the warning.
_NEGATIONS = re.compile(
    r"\b(never|not|don't|dont|won't|no one|nobody|anyone)\b"
    r"|\b(никогда|никому|нельзя|не\s+(пришл|присыла|отправл|сообщ|передав|просим|запраш"
    r"|спрашива|треб|указыва|назыв|пиш|давай))"
    r"|\b(ніколи|нікому|не\s+(надсила|надішл|повідомл|передава|просимо|запиту|вимага|вказу"
    r"|пиш|давай))"
    r"|\b(ешқашан|ешкімге|ешкім)\b"
    r"|\w+(маңыз|меңіз|баңыз|беңіз|паңыз|пеңіз|майды|мейді|байды|бейді|пайды|пейді)\b"
    r"|\w+(маймыз|мейміз|баймыз|бейміз|паймыз|пейміз)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")


def _starts_word(text: str, stems: tuple[str, ...]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(stem), text) for stem in stems)


def credential_warning(policy: Policy, text: str) -> str | None:
    """A one-line warning (English msgid, translated by the console) when a reply asks
    the writer for a password or login data and the policy forbids it (KZP-30-11), or
    None.

    Per sentence: a credential word with an asking verb, or in a question ("Який ваш
    логін?"), warns; a sentence with a negation ("we never ask for your password",
    "Құпиясөзді ешкімге жібермеңіз") does not. Word lists, not understanding: the
    operator decides, the warning only stops an accidental send.
    """
    if not policy.verification.never_ask:
        return None
    for match in _SENTENCE.finditer(text.casefold()):
        sentence = match.group(0)
        if not _starts_word(sentence, _CREDENTIALS):
            continue
        if _NEGATIONS.search(sentence):
            continue
        if sentence.rstrip().endswith("?") or _starts_word(sentence, _REQUESTS):
            return CREDENTIAL_WARNING
    return None
