"""How a host (console or `kuty serve`) starts the engine process.

Kept free of pjsua2 and Qt so the console can import it; the engine itself is
`python -m telephony.engine_main` (in the bundle: `kuty _run telephony.engine_main`, see
telephony/spawn.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from desk.settings import Settings
from telephony.spawn import module_command

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from desk.policy import AgentRules, Policy
    from telephony.protocol import ListenRequested

log = logging.getLogger(__name__)

AGENT_START_STATES = ("ready", "not_ready")
"""States an engine can start in (`--agent-state`); after-call work is never a start."""
CONSOLE_MAX_CALLS = 16
"""An operator's seat: the call, call waiting, a consultation, a few ringing (issue 15)."""
SERVE_MAX_CALLS = 32
"""`kuty serve`, an unattended recorder: many calls at once (issue 15)."""


def _seat_policy(settings: Settings) -> Policy | None:
    """The seat's policy (`desk.policy.seat_policy`), or None (logged) when unreadable."""
    from desk.policy import PolicyError, seat_policy

    try:
        return seat_policy(settings)
    except PolicyError as exc:
        log.error("policy %s unreadable: %s", settings.policy, exc)
        return None


def policy_records_all(settings: Settings) -> bool:
    """Whether the seat's policy says every call is recorded (KUTY-1.1: then no recording,
    no conversation). A policy that cannot be read counts as recording all: refusing a call
    is recoverable, an unrecorded conversation is not."""
    policy = _seat_policy(settings)
    if policy is None:
        log.error("treating every call as recorded (policy %s unreadable)", settings.policy)
        return True
    return bool(policy.record_all_calls)


def policy_refuses_voice(settings: Settings) -> str | None:
    """The rule ids for which the seat's policy takes no voice call (its channels' rules:
    KZP-30-8 chat only, CSC-2.1/2.5 written only), or None when it has a voice channel.
    The engine then refuses calls before ringing (a call-log row with EndReason.POLICY).
    An unreadable policy takes calls: the call is logged and recorded as usual, and a
    refused caller could not be helped at all."""
    policy = _seat_policy(settings)
    if policy is None or "voice" in policy.channel_kinds:
        return None
    return ", ".join(dict.fromkeys(r for c in policy.channels for r in c.rules))


def policy_agent_rules(settings: Settings) -> AgentRules | None:
    """The seat policy's agent rules (issue 11); None (logged) when it cannot be read."""
    policy = _seat_policy(settings)
    return None if policy is None else policy.agent


def policy_allows_chat(settings: Settings) -> bool:
    """Whether the seat's policy offers a chat channel, so its engine takes SIP MESSAGE as
    a written contact (issue 12); a policy that cannot be read offers none (logged)."""
    policy = _seat_policy(settings)
    return policy is not None and policy.allows_channel("chat")


def listen_checker(
    sessions: sessionmaker[Session], seat: str, settings: Settings
) -> Callable[[ListenRequested], str | None]:
    """How this seat's host checks a supervisor's listen grant (issue 13): in the database,
    one use per grant, and only where this seat's own policy allows live listening (an
    unreadable policy forbids it: listening without a rule is the irrecoverable side)."""
    from desk.listening import admit_listen
    from desk.policy import PolicyError, seat_policy

    def check(event: ListenRequested) -> str | None:
        try:
            allowed = seat_policy(settings).supervision.live_listening
        except PolicyError as exc:
            log.error("policy unreadable, live listening refused: %s", exc)
            allowed = False
        return admit_listen(sessions, seat, event.listen_id, event.call_id, event.token_sha256,
                            allowed=allowed, source=event.source)  # fmt: skip

    return check


def engine_command(
    settings: Settings,
    *,
    agent_state: str = "ready",
    not_ready_reason: str = "",
    record_all: bool | None = None,
    operator_seat: bool = False,
) -> list[str]:
    """The argv that starts an engine for these settings (program first).

    `record_all` None reads the seat's policy (`settings.policy`, as the console does);
    a policy without a voice channel starts the engine with `--no-voice` (KZP-30-8).
    `operator_seat`: a person works here (the console), so the policy's agent rules apply
    (issue 11): its after-call work limit unless the settings name one, and "busy" for a
    second call when the policy says so; `kuty serve` (unattended) has no after-call work,
    more call slots, and its auto-answer takes a call that arrives while others are up
    (issue 15: nobody is there to answer call waiting, so it would ring unanswered).
    """
    if agent_state not in AGENT_START_STATES:
        raise ValueError(f"agent state must be ready or not_ready, got {agent_state!r}")
    acw_s, second_call = max(settings.acw_s, 0), settings.second_call
    if operator_seat:
        rules = policy_agent_rules(settings)
        if settings.acw_s < 0:
            acw_s = rules.after_call_work_s if rules is not None else 0
        if rules is not None and rules.second_call == "busy":
            second_call = "busy"  # the policy may forbid call waiting; a seat may not allow it
    argv = [
        *module_command("telephony.engine_main"),
        "--listen",
        settings.listen,
        "--recordings",
        str(settings.recordings_root),
        "--seat",
        settings.seat_name,
        "--region",
        settings.default_region,
        "--headset-max-lag-ms",
        str(settings.headset_max_lag_ms),
        "--stun-check-s",
        str(settings.stun_check_s),
        "--reserve-mb",
        str(settings.recordings_reserve_mb),
        "--acw-s",
        str(acw_s),
        "--second-call",
        second_call,
        "--max-calls",
        str(settings.max_calls or (CONSOLE_MAX_CALLS if operator_seat else SERVE_MAX_CALLS)),
        "--agent-state",
        agent_state,
    ]
    if agent_state == "not_ready" and not_ready_reason:
        argv += ["--not-ready-reason", not_ready_reason]
    if settings.audio_device:
        argv += ["--audio-device", settings.audio_device]
    if settings.ringer_device:
        argv += ["--ringer-device", settings.ringer_device]
    if not settings.ring_tone:
        argv.append("--no-ring-tone")
    if settings.sip_gateway:
        argv += ["--gateway", settings.sip_gateway]
    if settings.media_port_start:
        argv += ["--media-port", str(settings.media_port_start)]
    if settings.auto_answer:
        argv.append("--auto-answer")
        if not operator_seat:  # nobody to take call waiting: answer every call (issue 15)
            argv.append("--auto-answer-all")
    if policy_records_all(settings) if record_all is None else record_all:
        argv.append("--record-all")
    no_voice = policy_refuses_voice(settings)
    if no_voice is not None:
        argv += ["--no-voice", no_voice]
    if policy_allows_chat(settings):
        argv.append("--chat")
    return argv


def with_agent_state(argv: list[str], state: str, reason: str = "") -> list[str]:
    """`argv` with its `--agent-state`/`--not-ready-reason` replaced (a restarted engine
    starts in the state its predecessor was in: seat/supervisor.py)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--agent-state", "--not-ready-reason"):
            skip = True
            continue
        out.append(arg)
    out += ["--agent-state", state]
    if state == "not_ready" and reason:
        out += ["--not-ready-reason", reason]
    return out
