"""A help-desk regulation as data (DESIGN.md "Policy as data").

`desk/policies/<name>.toml` says what one regulation allows: channels, hours, how callers
are verified and how often they may fail (KUTY-2.2), which incidents exist and who is told
(KUTY-3.x), response targets (CSC-2.4, EEP-15), SLA levels (EEP-3), request categories,
the registration-number format (EEP-13) and whether blocking is allowed (KZP-30-19).
Code asks the policy instead of hard-coding KUTY rules, so the three Kazakh regulations
in `regulation/` run on the same console.

Issue 11 adds the operator's working day: `[agent]` (Not-ready reason codes, the after-call
work limit, what a second call does) and `[[scripts]]`, the texts an operator reads aloud
to refuse what the regulation forbids (KUTY-2.3..2.7), or to state a conduct rule (KUTY-2.8,
KZP-30-11), each naming the rules it rests on and the out-of-scope category it refuses.

The loader is strict: an unknown key, a wrong type or a rule id of another regulation is
a `PolicyError` naming the file and the key path ("kuty.toml: verification.per_call_failures:
..."), because a typo in a policy silently weakening verification is worse than a refusal
to start.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from desk.settings import Settings

__all__ = [
    "POLICY_DIR",
    "AgentRules",
    "BlockingRule",
    "Category",
    "ChannelRule",
    "Hours",
    "HoursWindow",
    "IncidentRule",
    "Policy",
    "PolicyError",
    "RegistrationNumberRule",
    "ResponseTargets",
    "Script",
    "SlaLevel",
    "SupervisionRules",
    "Template",
    "VerificationRules",
    "available_policies",
    "load_policy",
    "seat_policy",
]

POLICY_DIR = Path(__file__).with_name("policies")

CHANNELS = frozenset(
    {"voice", "email", "chat", "telegram", "feedback_form", "online_assistant"}
    | {"official_letter", "callback", "ticket"}
)
FACTORS = frozenset({"caller_number", "surname", "first_name", "key_phrase", "self_identification"})
INCIDENT_KINDS = frozenset({"abuse", "threat"})
INCIDENT_ACTIONS = frozenset({"end_contact", "may_end_contact", "may_refuse"})
NOTIFY = frozenset({"management", "direct_manager", "police"})
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MODES = frozenset({"full", "duty"})
ORDERS = frozenset({"arrival", "priority"})
SECOND_CALL = frozenset({"call_waiting", "busy"})
SCRIPT_KINDS = frozenset({"refusal", "conduct", "info"})
DEFAULT_NOT_READY_REASONS = ("break", "lunch", "training", "other")
ACW_MAX_S = 3600  # an hour of wrap-up is a forgotten seat, not after-call work
SCRIPT_TEXT_MAX = 2000
_CODE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


class PolicyError(ValueError):
    """A policy file is missing, malformed or has a bad key; the message names the key."""


@dataclass(frozen=True)
class ChannelRule:
    kind: str
    sla_levels: tuple[str, ...]  # empty: every level
    rules: tuple[str, ...]


@dataclass(frozen=True)
class HoursWindow:
    days: tuple[str, ...]
    start: time
    end: time
    mode: str  # "full" or "duty" (CSC-2.3: weekend duty, complex questions wait)


@dataclass(frozen=True)
class Hours:
    time_zone: str
    windows: tuple[HoursWindow, ...]
    rules: tuple[str, ...]

    def window_at(self, moment: datetime) -> HoursWindow | None:
        """The window open at an aware `moment`, in the policy's time zone, or None."""
        local = moment.astimezone(ZoneInfo(self.time_zone))
        day = DAYS[local.weekday()]
        for window in self.windows:
            if day in window.days and window.start <= local.time() < window.end:
                return window
        return None


@dataclass(frozen=True)
class VerificationRules:
    required_for_detailed_help: bool
    factors: tuple[str, ...]
    per_call_failures: int
    per_profile_failures: int
    per_profile_window_hours: int
    never_ask: tuple[str, ...]  # KZP-30-11: passwords, credentials
    rules: tuple[str, ...]


@dataclass(frozen=True)
class IncidentRule:
    kind: str
    channels: tuple[str, ...]
    action: str
    notify: tuple[str, ...]
    rules: tuple[str, ...]


@dataclass(frozen=True)
class ResponseTargets:
    answer_within_minutes: int | None  # None: not normalised (KZP-30-9)
    answer_target_extendable: bool
    no_response_close_hours: int | None
    order: str
    answer_language: str | None
    rules: tuple[str, ...]


@dataclass(frozen=True)
class SlaLevel:
    id: str
    paid: bool
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Category:
    id: str
    in_scope: bool
    registration_number: bool
    rules: tuple[str, ...]


@dataclass(frozen=True)
class RegistrationNumberRule:
    format: str  # str.format fields: year, month, day, seq
    rules: tuple[str, ...]

    def make(self, seq: int, on: date) -> str:
        """The registration number for the `seq`-th contact of its series (EEP-13)."""
        return self.format.format(year=on.year, month=on.month, day=on.day, seq=seq)


@dataclass(frozen=True)
class AgentRules:
    """The seat's availability rules (issue 11).

    `not_ready_reasons` are codes (translated on screen); `after_call_work_s` is how long
    the seat stays in after-call work before it is Ready again by itself (0: no ACW);
    `second_call` is "call_waiting" (show it, answering holds the first) or "busy" (486).
    """

    not_ready_reasons: tuple[str, ...]
    after_call_work_s: int
    second_call: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Script:
    """A text to read aloud, in the policy's language (issue 11 "Scripts and guardrails").

    `kind`: "refusal" (declines what the regulation forbids; `category` is the out-of-scope
    category it refuses, so one click fills the wrap-up), "conduct" (the operator's own
    rule, e.g. KUTY-2.8) or "info". `rules` are the rule ids it rests on; the first is the
    one the wrap-up records as "refused: <rule>".
    """

    id: str
    kind: str
    title: str
    text: str
    rules: tuple[str, ...]
    category: str | None


@dataclass(frozen=True)
class Template:
    """A written reply's text (issue 12): the composer offers these, in the policy's
    answer language (CSC-2.5: Russian), each citing the rules it serves. Only `{hours}`
    (from `[hours]`) and the fields a caller names are expanded, by
    `desk.policy_rules.expand_template`, before the operator sees the text: what the
    operator sees is what is sent."""

    id: str
    title: str
    text: str
    rules: tuple[str, ...]


DEFAULT_AGENT = AgentRules(DEFAULT_NOT_READY_REASONS, 0, "busy", ())


@dataclass(frozen=True)
class SupervisionRules:
    """Whether supervisors may listen to calls in progress, whisper and barge in (issue 13).

    `rules` are the ids the decision rests on, shown in the wallboard's tooltips and kept in
    every audit event of a listening session. A policy without the table forbids it: being
    listened to is a change the regulation must allow, never a default.
    """

    live_listening: bool
    rules: tuple[str, ...]


NO_SUPERVISION = SupervisionRules(False, ())


@dataclass(frozen=True)
class BlockingRule:
    allowed: bool
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Policy:
    name: str
    title: str
    regulation: str  # rule-id prefix, e.g. "KUTY"
    source: str
    language: str
    record_all_calls: bool
    closing_phrase: bool
    channels: tuple[ChannelRule, ...]
    hours: Hours
    verification: VerificationRules
    incidents: tuple[IncidentRule, ...]
    response: ResponseTargets
    sla_levels: tuple[SlaLevel, ...]
    categories: tuple[Category, ...]
    registration_number: RegistrationNumberRule | None
    blocking: BlockingRule
    agent: AgentRules = DEFAULT_AGENT
    supervision: SupervisionRules = NO_SUPERVISION
    scripts: tuple[Script, ...] = ()
    templates: tuple[Template, ...] = ()

    def template(self, template_id: str) -> Template | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def category(self, category_id: str) -> Category | None:
        """The request category with this id, or None (unknown to this regulation)."""
        return next((c for c in self.categories if c.id == category_id), None)

    def wants_registration_number(self, category_id: str) -> bool:
        """Whether a contact of this category gets a registration number (EEP-13; KUTY:
        every in-scope contact, DESIGN.md step 7). False for an unknown category."""
        found = self.category(category_id)
        return (
            found is not None
            and found.registration_number
            and (self.registration_number is not None)
        )

    def script(self, script_id: str) -> Script | None:
        return next((s for s in self.scripts if s.id == script_id), None)

    @property
    def channel_kinds(self) -> tuple[str, ...]:
        return tuple(c.kind for c in self.channels)

    def allows_channel(self, kind: str, sla_level: str | None = None) -> bool:
        """Whether `kind` is offered (to `sla_level`, when channels differ by level: EEP-8)."""
        return any(
            c.kind == kind and (not c.sla_levels or sla_level in c.sla_levels)
            for c in self.channels
        )

    def incident(self, kind: str, channel: str) -> IncidentRule | None:
        return next((i for i in self.incidents if i.kind == kind and channel in i.channels), None)


def available_policies() -> list[str]:
    return sorted(p.stem for p in POLICY_DIR.glob("*.toml"))


def seat_policy(settings: Settings) -> Policy:
    """The seat's policy (`settings.policy`, issue 12): the one place code reads which
    regulation this seat runs, so no module hard-codes "kuty".

    Raises:
        PolicyError: the profile cannot be read (the message names the file and key).
    """
    return load_policy(settings.policy)


def load_policy(name_or_path: str | Path) -> Policy:
    """Load a shipped policy by name ("kuty") or any policy file by path.

    Raises:
        PolicyError: unknown name, unreadable file, bad TOML, or a bad key (named).
    """
    path = Path(name_or_path)
    if path.suffix != ".toml" and "/" not in str(name_or_path):
        path = POLICY_DIR / f"{name_or_path}.toml"
        if not path.is_file():
            known = ", ".join(available_policies())
            raise PolicyError(f"no policy named {name_or_path!r}; shipped: {known}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read policy {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{path.name}: not valid TOML: {exc}") from None
    root = _Table(data, "", path.name, prefix="")
    prefix = root.text("regulation")
    root.prefix = prefix
    policy = _policy(root, prefix)
    root.done()
    return policy


def _policy(root: _Table, prefix: str) -> Policy:
    sla = tuple(
        SlaLevel(t.text("id"), t.flag("paid", False), t.rules()) for t in root.tables("sla_levels")
    )
    sla_ids = {s.id for s in sla}
    categories = _categories(root)
    registration = _registration(root)
    return Policy(
        name=root.text("name"),
        title=root.text("title"),
        regulation=prefix,
        source=root.text("source"),
        language=root.text("language"),
        record_all_calls=root.flag("record_all_calls", False),
        closing_phrase=root.flag("closing_phrase", False),
        channels=tuple(
            ChannelRule(t.choice("kind", CHANNELS), t.strs("sla_levels", (), sla_ids), t.rules())
            for t in root.tables("channels", required=True)
        ),
        hours=_hours(root.table("hours")),
        verification=_verification(root.table("verification")),
        incidents=tuple(
            IncidentRule(
                t.choice("kind", INCIDENT_KINDS),
                t.strs("channels", None, CHANNELS),
                t.choice("action", INCIDENT_ACTIONS),
                t.strs("notify", None, NOTIFY),
                t.rules(),
            )
            for t in root.tables("incidents")
        ),
        response=_response(root.table("response")),
        sla_levels=sla,
        categories=categories,
        registration_number=registration,
        blocking=_blocking(root.table("blocking")),
        agent=_agent(root),
        supervision=_supervision(root),
        scripts=_scripts(root, categories),
        templates=_templates(root),
    )


def _categories(root: _Table) -> tuple[Category, ...]:
    categories: list[Category] = []
    for t in root.tables("categories"):
        category = Category(
            t.text("id"), t.flag("in_scope", True), t.flag("registration_number", False), t.rules()
        )
        if any(c.id == category.id for c in categories):
            raise t.error("id", f"duplicate category {category.id!r}")
        if category.registration_number and not root.has("registration_number"):
            raise t.error("registration_number", "needs a [registration_number] table")
        categories.append(category)
    return tuple(categories)


def _code(t: _Table, key: str, value: str) -> str:
    if not value or len(value) > 64 or not set(value) <= _CODE:
        raise t.error(key, f"{value!r} is not a code (a-z, 0-9, _; at most 64)")
    return value


def _agent(root: _Table) -> AgentRules:
    if not root.has("agent"):
        return DEFAULT_AGENT
    t = root.table("agent")
    reasons = t.strs("not_ready_reasons", DEFAULT_NOT_READY_REASONS)
    if not reasons:
        raise t.error("not_ready_reasons", "must not be empty")
    for reason in reasons:
        _code(t, "not_ready_reasons", reason)
    if len(set(reasons)) != len(reasons):
        raise t.error("not_ready_reasons", "has a duplicate")
    acw = t.integer("after_call_work_s", 0, minimum=0)
    if acw > ACW_MAX_S:
        raise t.error("after_call_work_s", f"expected at most {ACW_MAX_S} s, got {acw}")
    rules = AgentRules(reasons, acw, t.choice("second_call", SECOND_CALL, "busy"), t.rules())
    t.done()
    return rules


def _supervision(root: _Table) -> SupervisionRules:
    if not root.has("supervision"):
        return NO_SUPERVISION
    t = root.table("supervision")
    rules = SupervisionRules(t.flag("live_listening"), t.rules())
    if not rules.rules:
        raise t.error("rules", "must name the rules the decision rests on")
    t.done()
    return rules


def _scripts(root: _Table, categories: tuple[Category, ...]) -> tuple[Script, ...]:
    scripts: list[Script] = []
    for t in root.tables("scripts"):
        script_id = _code(t, "id", t.text("id"))
        if any(s.id == script_id for s in scripts):
            raise t.error("id", f"duplicate script {script_id!r}")
        kind = t.choice("kind", SCRIPT_KINDS)
        title, text = t.text("title").strip(), t.text("text").strip()
        if not title:
            raise t.error("title", "must not be empty")
        if not text or len(text) > SCRIPT_TEXT_MAX:
            raise t.error("text", f"must be 1..{SCRIPT_TEXT_MAX} characters")
        rules = t.rules()
        if not rules:
            raise t.error("rules", "a script must cite the rule it rests on")
        category_id = t.text("category", "") or None
        if category_id is not None:
            category = next((c for c in categories if c.id == category_id), None)
            if category is None:
                raise t.error("category", f"{category_id!r} is not a category of this policy")
            if kind == "refusal" and category.in_scope:
                raise t.error("category", f"{category_id!r} is in scope: nothing to refuse")
        elif kind == "refusal":
            raise t.error("category", "a refusal names the out-of-scope category it refuses")
        scripts.append(Script(script_id, kind, title, text, rules, category_id))
    return tuple(scripts)


def _templates(root: _Table) -> tuple[Template, ...]:
    templates: list[Template] = []
    for t in root.tables("templates"):
        template_id = _code(t, "id", t.text("id"))
        if any(x.id == template_id for x in templates):
            raise t.error("id", f"duplicate template {template_id!r}")
        title, text = t.text("title").strip(), t.text("text").strip()
        if not title:
            raise t.error("title", "must not be empty")
        if not text or len(text) > SCRIPT_TEXT_MAX:
            raise t.error("text", f"must be 1..{SCRIPT_TEXT_MAX} characters")
        rules = t.rules()
        if not rules:
            raise t.error("rules", "a template must cite the rule it rests on")
        templates.append(Template(template_id, title, text, rules))
    return tuple(templates)


def _blocking(t: _Table) -> BlockingRule:
    rule = BlockingRule(t.flag("allowed", False), t.rules())
    t.done()
    return rule


def _hours(t: _Table) -> Hours:
    zone = t.text("time_zone")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise t.error("time_zone", f"unknown time zone {zone!r}") from None
    windows = []
    for w in t.tables("windows", required=True):
        start, end = w.clock("start"), w.clock("end")
        if end <= start:
            raise w.error("end", "must be later than start")
        windows.append(
            HoursWindow(
                w.strs("days", None, frozenset(DAYS)), start, end, w.choice("mode", MODES, "full")
            )
        )
    hours = Hours(zone, tuple(windows), t.rules())
    t.done()
    return hours


def _verification(t: _Table) -> VerificationRules:
    rules = VerificationRules(
        required_for_detailed_help=t.flag("required_for_detailed_help", False),
        factors=t.strs("factors", (), FACTORS),
        per_call_failures=t.integer("per_call_failures", 3),
        per_profile_failures=t.integer("per_profile_failures", 5),
        per_profile_window_hours=t.integer("per_profile_window_hours", 24),
        never_ask=t.strs("never_ask", ()),
        rules=t.rules(),
    )
    if rules.required_for_detailed_help and "key_phrase" not in rules.factors:
        raise t.error("factors", "verification is required but key_phrase is not a factor")
    t.done()
    return rules


def _response(t: _Table) -> ResponseTargets:
    answer = t.integer("answer_within_minutes", 0, minimum=0)
    close = t.integer("no_response_close_hours", 0, minimum=0)
    targets = ResponseTargets(
        answer_within_minutes=answer or None,
        answer_target_extendable=t.flag("answer_target_extendable", False),
        no_response_close_hours=close or None,
        order=t.choice("order", ORDERS, "arrival"),
        answer_language=t.text("answer_language", "") or None,
        rules=t.rules(),
    )
    t.done()
    return targets


def _registration(root: _Table) -> RegistrationNumberRule | None:
    if not root.has("registration_number"):
        return None
    t = root.table("registration_number")
    rule = RegistrationNumberRule(t.text("format"), t.rules())
    try:
        rule.make(1, date(2024, 1, 31))
    except (KeyError, IndexError, ValueError) as exc:
        raise t.error("format", f"bad format field {exc}") from None
    t.done()
    return rule


class _Table:
    """One TOML table with its key path; reads typed values and reports unknown keys."""

    def __init__(self, data: object, path: str, source: str, prefix: str) -> None:
        if not isinstance(data, dict):
            raise PolicyError(f"{source}: {path or 'top level'}: expected a table")
        self.data: dict[str, Any] = data
        self.path, self.source, self.prefix = path, source, prefix
        self.used: set[str] = set()
        self.children: list[_Table] = []

    def error(self, key: str, message: str) -> PolicyError:
        return PolicyError(f"{self.source}: {self._key(key)}: {message}")

    def _key(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: Any, kind: type | tuple[type, ...], what: str) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is None:
                raise self.error(key, "missing")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(key, f"expected {what}, got {value!r}")
        return value

    def text(self, key: str, default: str | None = None) -> str:
        return str(self._get(key, default, str, "a string"))

    def flag(self, key: str, default: bool | None = None) -> bool:
        return bool(self._get(key, default, bool, "true or false"))

    def integer(self, key: str, default: int | None = None, minimum: int = 1) -> int:
        value = int(self._get(key, default, int, "an integer"))
        if value < minimum:
            raise self.error(key, f"expected an integer >= {minimum}, got {value}")
        return value

    def clock(self, key: str) -> time:
        text = self.text(key)
        try:
            return time.fromisoformat(text)
        except ValueError:
            raise self.error(key, f"expected HH:MM, got {text!r}") from None

    def choice(self, key: str, allowed: frozenset[str], default: str | None = None) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise self.error(key, f"{value!r} is not one of {', '.join(sorted(allowed))}")
        return value

    def strs(
        self,
        key: str,
        default: tuple[str, ...] | None,
        allowed: frozenset[str] | set[str] | None = None,
    ) -> tuple[str, ...]:
        value = self._get(key, None if default is None else list(default), list, "a list")
        for item in value:
            if not isinstance(item, str):
                raise self.error(key, f"expected strings, got {item!r}")
            if allowed is not None and item not in allowed:
                raise self.error(key, f"{item!r} is not one of {', '.join(sorted(allowed))}")
        return tuple(value)

    def rules(self) -> tuple[str, ...]:
        ids = self.strs("rules", ())
        for rule in ids:
            if not rule.startswith(f"{self.prefix}-"):
                raise self.error("rules", f"{rule!r} is not a {self.prefix} rule id")
        return ids

    def table(self, key: str) -> _Table:
        value = self._get(key, None, dict, "a table")
        return _Table(value, self._key(key), self.source, self.prefix)

    def tables(self, key: str, *, required: bool = False) -> list[_Table]:
        value = self._get(key, None if required else [], list, "an array of tables")
        if required and not value:
            raise self.error(key, "must not be empty")
        tables = [
            _Table(item, f"{self._key(key)}[{i}]", self.source, self.prefix)
            for i, item in enumerate(value)
        ]
        self.children.extend(tables)
        return tables

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.error(unknown[0], "unknown key")
        for child in self.children:
            child.done()
