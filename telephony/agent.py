"""The seat's agent state and which INVITEs it admits (issue 11).

An object the Engine owns, like `Recorder`. The engine holds the agent state (not the
host) because it answers INVITEs itself: a Not-ready seat must refuse a call within
2 s even while the GUI is busy, so the PBX's fork or queue moves on to another seat.

States (db.enums.AgentState): READY rings; NOT_READY (a policy reason code) and
AFTER_CALL_WORK refuse with 486 (or 480). After an answered call ends and no other call
is up the seat enters AFTER_CALL_WORK for `acw_s` seconds (0: never) and comes back to
READY by itself unless a command changed the state meanwhile. A second call while one
is up is offered as call waiting, or refused as busy when the seat is set so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from telephony import protocol as p
from telephony.call_model import CommandError, now_iso

Emit = Callable[[p.Event], None]
Later = Callable[[float, Callable[[], None]], None]

NOT_READY_CODES = (486, 480)
"""486 Busy Here (the default) or 480 Temporarily Unavailable, as the PBX expects."""
MAX_REASON = 64


class SecondCall(enum.StrEnum):
    """What a seat does with an INVITE while another call is up."""

    CALL_WAITING = "call_waiting"  # ring as call waiting; answering holds the others
    BUSY = "busy"  # 486 at once, a `busy` missed call in the log


@dataclass(frozen=True)
class Refusal:
    """Why an INVITE is declined without ringing, and with which final response."""

    end_reason: p.EndReason
    sip_code: int
    reason: str


def parse_state(text: object) -> p.AgentState:
    """An agent state from a command or an argument; CommandError names the choices."""
    try:
        return p.AgentState(str(text).strip().lower())
    except ValueError:
        choices = ", ".join(s.value for s in p.AgentState)
        got = str(text)[:40]
        raise CommandError(f"agent state must be one of {choices}; got {got!r}") from None


class AgentDesk:
    """Holds the agent state, runs after-call work and admits or declines INVITEs."""

    def __init__(
        self,
        emit: Emit,
        later: Later,
        *,
        state: p.AgentState = p.AgentState.READY,
        reason: str = "",
        acw_s: int = 0,
        not_ready_code: int = 486,
        second_call: SecondCall = SecondCall.CALL_WAITING,
    ) -> None:
        if not_ready_code not in NOT_READY_CODES:
            raise ValueError(f"not-ready code must be 486 or 480, got {not_ready_code}")
        if acw_s < 0:
            raise ValueError(f"after-call work must be >= 0 s, got {acw_s}")
        self._emit = emit
        self._later = later
        self.state = state
        self.reason = reason[:MAX_REASON] if state is p.AgentState.NOT_READY else ""
        self.since = now_iso()
        self.acw_s = acw_s
        self.not_ready_code = not_ready_code
        self.second_call = second_call
        self._generation = 0  # bumped on every change: a stale ACW timer does nothing

    @property
    def ready(self) -> bool:
        return self.state is p.AgentState.READY

    def announce(self) -> None:
        """The state the engine started in (right after EngineReady: hosts store it)."""
        self._emit(
            p.AgentStateChanged(
                state=self.state, since=self.since, reason=self.reason, cause="start"
            )
        )

    def command(self, state: object, reason: object = "") -> None:
        """SET_AGENT_STATE from the operator (or a script)."""
        new = parse_state(state)
        text = str(reason or "").strip()
        if len(text) > MAX_REASON or any(ord(c) < 32 for c in text):
            raise CommandError(f"not-ready reason must be a short code, got {text[:40]!r}")
        if new is p.AgentState.AFTER_CALL_WORK:
            self._change(new, "", "command", acw_limit_s=0)  # wrap-up by hand: no limit
        else:
            self._change(new, text if new is p.AgentState.NOT_READY else "", "command")

    def call_ended(self, call_id: str, answered: bool, others_up: bool) -> None:
        """An answered call ended with no other call up: after-call work, if configured.

        A seat that went Not ready during the call stays Not ready (the operator chose).
        """
        if not answered or others_up or self.acw_s <= 0:
            return
        if self.state is p.AgentState.NOT_READY:
            return
        generation = self._change(
            p.AgentState.AFTER_CALL_WORK,
            "",
            "call_ended",
            call_id=call_id,
            acw_limit_s=self.acw_s,
        )

        def limit() -> None:
            if generation == self._generation and self.state is p.AgentState.AFTER_CALL_WORK:
                self._change(p.AgentState.READY, "", "acw_limit")

        self._later(float(self.acw_s), limit)

    def admit(self, others_up: bool) -> Refusal | None:
        """None: ring it. Else the refusal to send (at the next loop step) and log."""
        if self.state is not p.AgentState.READY:
            why = self.state.value.replace("_", " ")
            detail = f"agent {why}: {self.reason}" if self.reason else f"agent {why}"
            return Refusal(p.EndReason.NOT_READY, self.not_ready_code, detail)
        if others_up and self.second_call is SecondCall.BUSY:
            return Refusal(p.EndReason.BUSY, 486, "another call is up and the seat takes one")
        return None

    def _change(
        self,
        state: p.AgentState,
        reason: str,
        cause: str,
        *,
        call_id: str | None = None,
        acw_limit_s: int = 0,
    ) -> int:
        self._generation += 1
        self.state = state
        self.reason = reason
        self.since = now_iso()
        self._emit(
            p.AgentStateChanged(
                state=state,
                since=self.since,
                reason=reason,
                call_id=call_id,
                acw_limit_s=acw_limit_s,
                cause=cause,
            )
        )
        return self._generation
