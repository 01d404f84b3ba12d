"""INVITEs refused before the engine's own admission ran, each made a call-log row (issue 15).

Most refusals already are rows: the agent state, busy and "cannot be recorded" are the
Engine's decisions (`CallDeclined`, agent.py, record_guard.py). Three kinds of refusal
happened where no Python saw them as a call, and left no trace in the call log:

- **capacity**: every pjsua call slot is taken (`maxCalls`, telephony/capacity.py);
  pjsua answers 486 inside `pjsua_call_on_incoming`, before `onIncomingCall`. pjsua2
  reports it (and its other early refusals: 488 for no common codec, 400 for bad SDP,
  420, 481 for a Replaces without a dialog) through `Endpoint.onRejectedIncomingCall`;
- **malformed**: the SIP guard's sanity check (telephony/sip_guard.py) refused it;
- **unknown source**: while registered, an INVITE not from the registrar/proxy (403).

KUTY-1.1 wants every call fixed, so each of these that is a real call attempt (an INVITE
whose From and Call-ID parse: a caller somebody could call back or look up) becomes one
`CallDeclined` event, i.e. one finished missed-call row with its reason. A garbled INVITE
without them stays a `CallRefused` audit event only.

A flood must not fill the database (a scanner sends hundreds of INVITEs a minute, a
broken PBX may loop one), so rows are rate limited by token buckets:

- capacity and pjsua's other refusals (they come from the registrar, real callers): a
  burst of `CAPACITY_BURST`, then `CAPACITY_PER_S` a second;
- the guard's (malformed, unknown source): per source host a burst of `SOURCE_BURST`
  then one a minute, and `GUARD_BURST` / `GUARD_PER_S` for all sources together;
- retransmissions of one INVITE (same Call-ID, within `SEEN_S`) are one call, not more.

What is not written is counted: the next row of the same kind carries `suppressed` (the
call attempts not written since the previous row, audited with it), and the engine logs
a warning, so the log still says how many calls were turned away.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telephony import protocol as p
from telephony import sip_sanity
from telephony.call_model import now_iso
from telephony.caller_id import display_name, identify_caller

log = logging.getLogger(__name__)

__all__ = ["Bucket", "CallAttempt", "Refusals", "call_attempt"]

CAPACITY_BURST, CAPACITY_PER_S = 60, 1.0
GUARD_BURST, GUARD_PER_S = 20, 0.2
SOURCE_BURST, SOURCE_PER_S = 3, 1 / 60
SOURCES_KEPT = 1024  # per-source buckets remembered (oldest forgotten first)
SEEN_S, SEEN_KEPT = 64.0, 4096  # RFC 3261 timer B (32 s) twice: retransmissions are one call
PJSUA_INVALID_ID = -1

Emit = Callable[[p.Event], None]
Clock = Callable[[], float]


class Bucket:
    """A token bucket: `burst` events at once, then `per_s` a second."""

    def __init__(self, burst: int, per_s: float, now: float) -> None:
        self.burst, self.per_s = float(burst), per_s
        self.tokens, self.at = float(burst), now

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.per_s)
        self.at = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


@dataclass(frozen=True)
class CallAttempt:
    """What an INVITE says about its caller; made only when From and Call-ID parse."""

    remote_uri: str  # the From header without its tag, as pjsua's CallInfo.remoteUri
    number: str | None
    display: str
    sip_call_id: str


def _from_value(value: str) -> str:
    """The From header without the header parameters (tag) after a name-addr's `>`."""
    if ">" in value:
        return value[: value.rindex(">") + 1].strip()
    return value.partition(";")[0].strip()


def call_attempt(data: bytes, region: str, *, trust_pai: bool) -> CallAttempt | None:
    """The caller of a raw INVITE, or None when it is no call attempt (no parseable From
    or Call-ID). `trust_pai`: only the registrar's INVITEs may assert an identity."""
    try:
        request = sip_sanity.parse_request(data)
        if request.method != "INVITE":
            return None
        found, call_id = request.first("from"), request.first("call-id")
        if not found or not call_id or not sip_sanity.uri_of(found):
            return None
    except (sip_sanity.SipSyntaxError, ValueError):
        return None
    remote = _from_value(found.encode("latin-1").decode("utf-8", "replace"))
    raw = data.decode("utf-8", "replace") if trust_pai else None
    number, _pai = identify_caller(raw, remote, region)
    return CallAttempt(remote[:2000], number, display_name(remote), call_id.strip()[:200])


class Refusals:
    """Turns early refusals into `CallDeclined` rows, rate limited (see the module doc)."""

    def __init__(
        self,
        emit: Emit,
        region: str,
        *,
        known_call: Callable[[int], bool] = lambda _cid: False,
        clock: Clock = time.monotonic,
    ) -> None:
        """`known_call(pjsua_call_id)`: the Engine already reports this call itself (a
        media failure pjsua reports as a rejection after `onIncomingCall`)."""
        self._emit, self._region, self._known, self._clock = emit, region, known_call, clock
        now = clock()
        self._pjsua = Bucket(CAPACITY_BURST, CAPACITY_PER_S, now)
        self._guard = Bucket(GUARD_BURST, GUARD_PER_S, now)
        self._sources: OrderedDict[str, Bucket] = OrderedDict()
        self._seen: OrderedDict[str, float] = OrderedDict()
        self.suppressed: dict[str, int] = {"pjsua": 0, "guard": 0}
        self.slots = 0  # call slots pjsua granted (for the reason text), set at start

    # ------------------------------------------------------------------ sources
    def on_pjsua_rejected(self, pjsua_call_id: int, code: int, reason: str, raw: str) -> None:
        """`Endpoint.onRejectedIncomingCall`: pjsua refused an INVITE by itself."""
        if pjsua_call_id != PJSUA_INVALID_ID and self._known(pjsua_call_id):
            return  # the Engine's own call: it ends with CallEnded as usual
        capacity = pjsua_call_id == PJSUA_INVALID_ID and code == 486
        if capacity:
            slots = f"all {self.slots} call slots" if self.slots else "every call slot"
            why = f"{slots} of the engine taken (maxCalls)"
            end_reason = p.EndReason.CAPACITY
        else:
            why = f"refused by pjsua: {code} {reason}".strip()
            end_reason = p.EndReason.FAILED
        data = raw.encode("utf-8", "replace")
        self._safely(data, end_reason, code, why, kind="pjsua", host="", trust_pai=True)

    def on_guard_refused(
        self, data: bytes, host: str, source: str, code: int, why: str, end_reason: p.EndReason
    ) -> None:
        """The SIP guard refused an INVITE (sanity: malformed; or an unknown source)."""
        self._safely(
            data, end_reason, code, f"{why} (from {source})"[:200], kind="guard", host=host,
            trust_pai=False,
        )  # fmt: skip

    def _safely(self, data: bytes, end_reason: p.EndReason, code: int, why: str, **kw: Any) -> None:
        """Called from pjsip/pjsua callbacks (C): an exception must never get back there."""
        try:
            self._record(data, end_reason, code, why, **kw)
        except Exception:
            log.exception("a refused INVITE could not be reported as a call")

    # ------------------------------------------------------------------ the row
    def _record(
        self,
        data: bytes,
        end_reason: p.EndReason,
        code: int,
        why: str,
        *,
        kind: str,
        host: str,
        trust_pai: bool,
    ) -> None:
        attempt = call_attempt(data, self._region, trust_pai=trust_pai)
        if attempt is None:
            return  # no call attempt: the guard's CallRefused (or pjsua's log) is all
        now = self._clock()
        if self._seen_before(attempt.sip_call_id, now):
            return
        if not self._admit(kind, host, now):
            self.suppressed[kind] += 1
            if self.suppressed[kind] in (1, 100, 1000) or self.suppressed[kind] % 10000 == 0:
                log.warning(
                    "%d refused call attempt(s) (%s) not written to the call log (rate limit)",
                    self.suppressed[kind], kind,
                )  # fmt: skip
            return
        suppressed, self.suppressed[kind] = self.suppressed[kind], 0
        at = now_iso()
        self._emit(
            p.CallDeclined(
                call_id=str(uuid.uuid4()),
                remote_uri=attempt.remote_uri,
                caller_number=attempt.number,
                display_name=attempt.display,
                ring_at=at,
                end_at=at,
                end_reason=end_reason,
                sip_code=code,
                reason=why[:200],
                sip_call_id=attempt.sip_call_id,
                suppressed=suppressed,
            )
        )

    def _seen_before(self, sip_call_id: str, now: float) -> bool:
        while self._seen and next(iter(self._seen.values())) < now - SEEN_S:
            self._seen.popitem(last=False)
        if sip_call_id in self._seen:
            return True
        self._seen[sip_call_id] = now
        if len(self._seen) > SEEN_KEPT:
            self._seen.popitem(last=False)
        return False

    def _admit(self, kind: str, host: str, now: float) -> bool:
        if kind == "pjsua":
            return self._pjsua.take(now)
        bucket = self._sources.pop(host, None) or Bucket(SOURCE_BURST, SOURCE_PER_S, now)
        self._sources[host] = bucket  # most recent last
        if len(self._sources) > SOURCES_KEPT:
            self._sources.popitem(last=False)
        return bucket.take(now) and self._guard.take(now)
