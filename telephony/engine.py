"""The pjsua2 user agent: the only code that calls pjsua2 for the operator's seat.

Runs on one thread (the one that called `libCreate`), with `threadCnt=0` and
`mainThreadOnly`, so every SIP callback arrives from `libHandleEvents` inside `poll()`.
Callbacks only build protocol events (plain data) and hand them to `emit`; they never
block and never free pjsua2 objects (Call objects are reaped in `poll()` after
DISCONNECTED, PJSUA2-NOTES "Object lifetime").

The Engine is the loop, the callbacks and the call lifecycle; everything else is an
owned collaborator (python-sipsimple's shape, STYLE.md): `Recorder` records calls
(KUTY-1.1, recorder.py), `Registrations` owns registered accounts and NAT
(registrations.py), `AgentDesk` holds the agent state and admits INVITEs (agent.py),
`Tones` rings (tones.py), `RecordGuard` refuses a call that cannot be recorded
(record_guard.py). The operator's commands are in call_control.py, transfers in
transfer.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import math
import os
import time
import uuid
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.accounts import AccountSpec
from telephony.agent import AgentDesk, Refusal, SecondCall, parse_state
from telephony.call_control import CallControl
from telephony.call_model import (
    CallRecord,
    CommandError,
    EngineCall,
    EngineConfig,
    error_text,
    now_iso,
)
from telephony.caller_id import display_name, identify_caller
from telephony.capacity import CallSlots, read_slots
from telephony.headset import CLOCK_RATE, HeadsetError, HeadsetPort
from telephony.listening import Listening
from telephony.record_guard import RecordGuard
from telephony.recorder import Recorder
from telephony.refusals import Refusals
from telephony.registrations import EngineEndpoint, RegistrationError, Registrations
from telephony.sip_account import EngineAccount, without_stun
from telephony.sip_guard import SipGuard, loop_break_flag
from telephony.sip_message import ChatInbox
from telephony.sip_text import completed_elsewhere
from telephony.sound_device import Headset, open_headset
from telephony.tones import RingMode, Tones
from telephony.transfer import Transfers
from telephony.versions import linked_openssl
from telephony.wake import Waker

log = logging.getLogger(__name__)

__all__ = ["CommandError", "Engine", "EngineConfig", "error_text"]

Emit = Callable[[p.Event], None]

# Codec order matters: speex would win by default (PJSUA2-NOTES); G.711 is what PBXes,
# sipp and baresip speak, G.722 gives wideband when both sides have it. Opus (our build
# links libopus, ADR 0008) is named so it stays enabled above speex/iLBC/GSM (128-130).
# This order is what the engine offers when it dials; when it answers it follows the
# caller's order (pjmedia's default), so an Opus-first softphone gets Opus.
CODEC_PRIORITY = {"PCMU/8000": 250, "PCMA/8000": 249, "G722/16000": 248, "opus/48000/2": 247}

VOICE_NOT_SERVED = "Voice Calls Not Served - Written Contacts Only"
"""The 403's reason phrase on a seat whose regulation has no voice channel (KZP-30-8)."""

IDLE_WAIT_MS = 60_000
"""Longest block in `libHandleEvents` with nothing to do (issue 15: no idle wake-ups).
pjsip shortens it to its own next timer (registration refresh, retransmissions, the
sound device's auto-close); our timers, workers and commands shorten or wake it."""
TICK_WAIT_MS = 1000
"""With a registered account: `Registrations.tick` re-checks STUN on this granularity."""
CALL_LOOP_MS = 200
"""Longest `libHandleEventsUntil` while a call is up (issue 15): RTP stays in pjsip's loop
and this one runs for work only (see `poll`); the cap bounds how late anything that did
not say so (a signal, a job nobody flagged) is seen."""
BUSY_WAIT_MS = 10
"""The loop's longest block while STUN is resolving or ICE of a registered account's call
is checking (pjsua paces those by polling)."""


def _polled(rec: CallRecord) -> bool:
    """A call up on a registered account (STUN/ICE possible) keeps the loop polling.

    A call of the local account (no registrar: `kuty serve`, a gateway seat) needs no
    polling: its RTP wakes the loop and its SIP timers are on the heap the loop waits for,
    so the loop blocks between packets instead of waking 100 times a second per seat
    (issue 15: about a third of the engine's loop CPU during such calls)."""
    account = getattr(rec.sip_call, "account", None)
    return rec.end_at is None and getattr(account, "spec", None) is not None


class Engine:
    """Owns the Endpoint, the account, the headset port and every call."""

    def __init__(self, config: EngineConfig, emit: Emit) -> None:
        self.config = config
        self._emit = emit
        self._loop_break = loop_break_flag()
        self.calls: dict[str, CallRecord] = {}
        self._dead: list[str] = []
        self.waker: Waker | None = None  # made once the SIP UDP transport exists
        self.recorder = Recorder(config, self.emit, wake=self.wake)
        self.control = CallControl(self)
        self.agent = AgentDesk(
            self.emit,
            self.later,
            state=parse_state(config.agent_state),
            reason=config.not_ready_reason,
            acw_s=config.acw_s,
            not_ready_code=config.not_ready_code,
            second_call=SecondCall(config.second_call),
        )
        self.tones = Tones(config.ring_tone)
        self.guard = RecordGuard(self, config.record_all)
        self.recorder.on_unrecordable = self.guard.recording_lost
        self.transfers = Transfers(self)  # blind/attended transfer, Replaces (issue 11)
        self.listening = Listening(self)  # live listening, whisper, barge-in (issue 13)
        self.ep = EngineEndpoint()
        # INVITEs refused before on_incoming_call are call-log rows too (issue 15).
        self.refusals = Refusals(self.emit, config.region, known_call=self._knows_call)
        self.sip_guard: SipGuard | None = None  # installed by `start`
        self.ep.on_rejected = self.refusals.on_pjsua_rejected
        self.slots = CallSlots(requested=config.max_calls, granted=0)
        self.account: EngineAccount | None = None  # local listening, no registrar
        self._transports: dict[int, int] = {}  # pjsip transport type -> transport id
        self.registrations = Registrations(
            self.ep,
            config.host,
            self._transports,
            self.on_incoming_call,
            self._registration_event,
            later=lambda action: self.later(0.0, action),
            retire=lambda acc: self._quarantine.append((time.monotonic() + 5.0, acc)),
            check_every_s=config.stun_check_s,
        )
        self._quarantine: list[tuple[float, Any]] = []  # refused calls, freed later
        self._timers: list[tuple[float, Callable[[], None]]] = []
        self._media_due: set[str] = set()  # calls whose media changed, handled next step
        self.headset: Headset | None = None
        self._versions: tuple[str, str] = ("", "")  # PJSIP, linked OpenSSL (EngineReady)
        self._next_call_id = ""  # the next incoming call's id, made off the ring path
        self.audio_warning: str | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        cfg = self.config
        self.ep.libCreate()
        ep_cfg = pj.EpConfig()
        ep_cfg.uaConfig.threadCnt = 0
        ep_cfg.uaConfig.mainThreadOnly = True
        ep_cfg.uaConfig.maxCalls = cfg.max_calls  # pjsua caps it: read back below
        ep_cfg.uaConfig.userAgent = "kuty-console"
        ep_cfg.logConfig.level = 3
        ep_cfg.logConfig.consoleLevel = 3
        ep_cfg.medConfig.clockRate = CLOCK_RATE
        ep_cfg.medConfig.sndClockRate = CLOCK_RATE
        ep_cfg.medConfig.ecTailLen = 0  # no echo canceller on a null sound device
        # RTP on pjsip's ioqueue, polled by this loop (issue 15): pjmedia's own media
        # thread polls its ioqueue every 10 ms even with no call (100 wake-ups a second).
        ep_cfg.medConfig.hasIoqueue = False
        ep_cfg.medConfig.threadCnt = 0
        # The 8 kHz G.711 <-> 16 kHz bridge resampling took ~14 % of the engine's CPU per
        # call with pjsua's default large filter; 4 is its small (still sinc) filter.
        ep_cfg.medConfig.quality = 4
        self.ep.libInit(ep_cfg)
        # Which TLS library this engine really runs on, in every seat's log (ADR 0008).
        self._versions = (str(self.ep.libVersion().full), linked_openssl()[0])
        log.info("PJSIP %s on %s", self._versions[0], self._versions[1] or "no OpenSSL")
        self.slots = read_slots(cfg.max_calls)  # what pjsua really holds (issue 15)
        self.refusals.slots = self.slots.granted
        (log.warning if self.slots.clamped else log.info)("%s", self.slots.describe())
        # every request (issue 10); refused INVITEs that are calls become rows (issue 15)
        chat = ChatInbox(self.emit, max_body=cfg.chat_max_bytes) if cfg.chat else None  # issue 12
        guard = SipGuard(self.allowed_sources, self.emit, self.refusals.on_guard_refused, chat)
        self.sip_guard = guard
        guard.install()
        tcfg = pj.TransportConfig()
        tcfg.port = cfg.port
        tcfg.boundAddress = cfg.host
        self._transports[pj.PJSIP_TRANSPORT_UDP] = self.ep.transportCreate(
            pj.PJSIP_TRANSPORT_UDP, tcfg
        )
        udp_info = self.ep.transportGetInfo(self._transports[pj.PJSIP_TRANSPORT_UDP])
        self.waker = Waker(str(udp_info.localName))
        if cfg.tcp:
            self._transports[pj.PJSIP_TRANSPORT_TCP] = self.ep.transportCreate(
                pj.PJSIP_TRANSPORT_TCP, tcfg
            )
        self.ep.libStart()
        self.ep.audDevManager().setNullDev()
        for codec, prio in CODEC_PRIORITY.items():
            try:
                self.ep.codecSetPriority(codec, prio)
            except pj.Error:
                log.warning("codec %s not available", codec)
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:operator@{cfg.host}:{cfg.port}"
        acfg.mediaConfig.transportConfig.boundAddress = cfg.host
        if cfg.media_port:
            acfg.mediaConfig.transportConfig.port = cfg.media_port
        self.account = EngineAccount(self.on_incoming_call, self.emit)
        self.account.create(without_stun(acfg), True)
        try:
            self.headset = open_headset(  # PortAudio or pjmedia ALSA: ADR 0011
                self.ep, cfg.audio_backend, cfg.audio_device, cfg.headset_max_lag_ms
            )
        except HeadsetError as exc:
            self.audio_warning = str(exc)
            self.headset = HeadsetPort(None)
        if (
            not self.headset.has_device
            and self.audio_warning is None
            and cfg.audio_device != "none"
        ):
            self.audio_warning = "no audio device configured: calls are recorded, not heard"
        ringer_warning = self.tones.start(self.headset, cfg.ringer_device)
        cfg.recordings_root.mkdir(parents=True, exist_ok=True)
        self.emit(
            p.EngineReady(
                listen=f"{cfg.host}:{cfg.port}",
                pid=os.getpid(),
                seat=cfg.seat,
                audio_device=self.headset.device_name,
                audio_warning=self.audio_warning,
                pjsip=self._versions[0],
                openssl=self._versions[1],
                max_calls=self.slots.granted,
                max_calls_requested=self.slots.requested,
            )
        )
        self.agent.announce()
        self._next_call_id = str(uuid.uuid4())
        if self.audio_warning:
            self.emit(p.Alert(code="no_audio_device", message=self.audio_warning))
        if ringer_warning:
            self.emit(p.Alert(code="no_ringer_device", message=ringer_warning))

    def emit(self, event: p.Event) -> None:
        """Hand `event` to the host; the loop step then ends (`poll`) so it is written."""
        if self._loop_break is not None:
            self._loop_break.value = 1
        self._emit(event)

    def poll(self, timeout_ms: int = IDLE_WAIT_MS) -> None:
        """One loop step: SIP events, then reaping, timers and the workers' results.

        Blocks in `libHandleEvents` until a packet, pjsip's next timer, our next timer or
        a `wake()` (issue 15): an idle seat does not wake up 100 times a second. While a
        call is up its RTP would end that wait 50 times a second per call, each time
        through this Python step for nothing; our build's `libHandleEventsUntil`
        (packaging/pjsip/0003) keeps handling packets in C until there is work for this
        step: a SIP message, an event emitted, a `later` or `wake`, a pending job of
        pjsua2, or `CALL_LOOP_MS`.
        """
        self._run_timers()  # what the last step left due (a 200's recorders) before new packets
        wait = self._wait_ms(timeout_ms)
        if wait:
            self.flush_events()  # nothing may sit in the buffer while the loop blocks
        if self.calls and self._loop_break is not None:
            self.ep.libHandleEventsUntil(min(wait, CALL_LOOP_MS))
        else:
            self.ep.libHandleEvents(wait)
        if self._dead:
            dead, self._dead = self._dead, []
            for call_id in dead:
                self.calls.pop(call_id, None)  # the Call object dies here, outside callbacks
        now = self._run_timers()
        if self._quarantine and self._quarantine[0][0] <= now:
            self._quarantine = [q for q in self._quarantine if q[0] > now]
        self.registrations.tick(now)
        if self.sip_guard is not None:  # a registration of this step admits its proxy
            self.sip_guard.sync_sources()
        self.recorder.drain()

    def _run_timers(self) -> float:
        now = time.monotonic()
        if self._timers:
            due = [t for t in self._timers if t[0] <= now]
            self._timers = [t for t in self._timers if t[0] > now]
            for _, action in due:
                try:
                    action()
                except (CommandError, pj.Error) as exc:
                    log.warning("timer action failed: %s", error_text(exc))
                except Exception:  # a bug in one call's step must not end every call
                    log.exception("timer action failed")
        return now

    def _wait_ms(self, cap_ms: int) -> int:
        """How long the next `libHandleEvents` may block: 0 when work is already due."""
        if self._dead or self.recorder.has_results:
            return 0
        wait = cap_ms
        if self._timers:
            first = min(t[0] for t in self._timers)
            wait = min(wait, max(0, math.ceil((first - time.monotonic()) * 1000)))
        if self.registrations.accounts:
            wait = min(wait, TICK_WAIT_MS)
        if self.registrations.stun_busy or any(_polled(r) for r in self.calls.values()):
            # STUN resolution and ICE checks are paced by pjsua's polling, not only by its
            # timer heap: poll as the old loop did while they (or a call of a registered
            # account, which may use STUN and ICE) are in progress.
            wait = min(wait, BUSY_WAIT_MS)
        return wait

    def flush_events(self) -> None:
        """Write the buffered events now (before an answer: CallControl.answer)."""
        flush = getattr(self._emit, "flush", None)  # engine_main's buffered EventWriter
        if flush is not None:
            flush()

    def wake(self) -> None:
        """Any thread: make the loop's blocking poll return now (telephony/wake.py)."""
        if self._loop_break is not None:
            self._loop_break.value = 1  # before the datagram that ends the wait
        if self.waker is not None:
            self.waker.wake()

    def later(self, delay_s: float, action: Callable[[], None]) -> None:
        """Run `action` on the engine thread after `delay_s` (never inside a callback)."""
        if self._loop_break is not None:
            self._loop_break.value = 1  # the step must end to see the new timer
        self._timers.append((time.monotonic() + delay_s, action))

    @property
    def busy(self) -> bool:
        return bool(self.calls) or self.recorder.busy

    def shutdown(self, reason: str = "") -> None:
        """Ordered teardown so pjlib never asserts at exit (PJSUA2-NOTES)."""
        self._end_calls_for_shutdown()
        self.calls.clear()
        self._dead.clear()
        self.recorder.shutdown()
        self.tones.close()
        self.guard.clear()
        if self.headset is not None:
            self.headset.close()
            self.headset = None
        gc.collect()
        self.control.clear()
        self.transfers.clear()
        self.listening.clear()
        self._quarantine.clear()
        self.registrations.shutdown()
        if self.account is not None:
            self.account.shutdown()
            self.account = None
        self.ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        if self.waker is not None:
            self.waker.close()
            self.waker = None
        self.emit(p.EngineStopped(reason=reason))

    def _end_calls_for_shutdown(self) -> None:
        """Hang up every call and wait (3 s at most) for them to end. Its own method, so
        no loop variable in shutdown() keeps a CallRecord (and its Call) alive past
        libDestroy(): that aborted in pjsua_call_set_user_data whenever the console closed
        with a call still up, e.g. one ringing (PJSUA2-NOTES, "lingering loop variable")."""
        for rec in list(self.calls.values()):
            rec.local_end = True
        try:
            self.ep.hangupAllCalls()
        except pj.Error:
            log.exception("hangupAllCalls")
        deadline = time.monotonic() + 3.0
        while any(r.end_at is None for r in self.calls.values()) and time.monotonic() < deadline:
            self.poll(20)
            self.flush_events()
        for rec in list(self.calls.values()):
            if rec.end_at is None:  # peer never answered the BYE: close it ourselves
                self._finish_call(rec, p.EndReason.SHUTDOWN, 0)

    # ------------------------------------------------------------------ callbacks
    def allowed_sources(self) -> set[str] | None:
        """Hosts allowed to ring us, or None when no account is registered (local mode)."""
        return self.registrations.allowed_sources()

    def on_incoming_call(self, account: EngineAccount, prm: Any) -> None:
        try:
            raw = str(prm.rdata.wholeMsg)
        except Exception:  # pragma: no cover - undecodable bytes in the INVITE
            raw = ""
        if self.listening.on_incoming(account, prm, raw):
            return  # a supervisor's listen grant (issue 13): never rung, never a call row
        call = EngineCall(self, account, prm.callId)
        # made ahead, after the last ring (a fresh uuid4 here cost ~35 us of ringing time)
        call_id, self._next_call_id = self._next_call_id, ""
        call_id = call_id or str(uuid.uuid4())
        call.kuty_id = call_id
        allowed = self.allowed_sources()
        source = str(prm.rdata.srcAddress) if allowed is not None else ""
        source_host = source.rsplit(":", 1)[0].strip("[]")
        if allowed is not None and source_host not in allowed:
            # Registered: only our registrar/proxy may ring the operator. Scanners such as
            # sipvicious get 403 and never reach the screen (issue 6).
            def refuse(call: EngineCall = call) -> None:
                op = pj.CallOpParam()
                op.statusCode = 403
                call.hangup(op)

            # Not inside onIncomingCall: pjsip asserts (rdata freed twice) when a call is
            # hung up in that callback. The next loop step refuses it (a few ms later).
            self.later(0.0, refuse)
            self._quarantine.append((time.monotonic() + 5.0, call))
            info = call.getInfo()
            self.emit(
                p.CallRefused(
                    source=source[:100],
                    remote_uri=info.remoteUri[:300],
                    sip_code=403,
                    reason="source is not the registrar/proxy",
                )
            )
            self.refusals.on_guard_refused(  # a call attempt is also a row (issue 15)
                raw.encode("utf-8", "replace"), source_host, source[:100], 403,
                "source is not the registrar/proxy", p.EndReason.UNKNOWN_SOURCE,
            )  # fmt: skip
            return
        others_up = any(r.end_at is None for r in self.calls.values())
        refusal = self.agent.admit(others_up) if self.config.voice else self._no_voice()
        if refusal is not None:
            info = call.getInfo()
            number, _ = identify_caller(raw, info.remoteUri, self.config.region)
            self._decline(call, call_id, info, number, refusal)
            return
        # Ring first (issue 15): pjsua sends the 100 and the 180 only once this callback has
        # returned, so every microsecond spent here is ringing time. The call is a record at
        # once (a CANCEL in the same poll must find it); who the caller is, the events and
        # the auto-answer follow on the next loop step (`_announce`), before any other event
        # of the call is reported.
        op = pj.CallOpParam()
        op.statusCode = 180
        call.answer(op)
        rec = CallRecord(
            call_id=call_id, direction=p.CallDirection.INCOMING, sip_call=call, waiting=others_up
        )
        rec.invite = raw
        self.calls[call_id] = rec
        self.later(0.0, lambda: self._announce(rec, ringing=True))

    def _announce(self, rec: CallRecord, *, ringing: bool = False) -> None:
        """Tell the host about a ringing call (CallIncoming, then its EARLY state), once.

        Runs on the loop step after `on_incoming_call`, or earlier from `on_call_state` when
        the call ends in the same poll (a CANCEL): the host always has the call before any
        other event of it. `ringing`: then auto-answer or start the ring alert.
        """
        if rec.invite is None:
            return
        raw, rec.invite = rec.invite, None
        self._next_call_id = self._next_call_id or str(uuid.uuid4())
        try:
            info = rec.sip_call.getInfo()
            remote_uri, sip_call_id = str(info.remoteUri), str(info.callIdString)
        except pj.Error:  # the call is gone already; what the INVITE said is enough
            remote_uri, sip_call_id = "", ""
        number, pai = identify_caller(raw, remote_uri or None, self.config.region)
        rec.remote_uri = remote_uri[:2000]
        rec.number = number
        rec.display = display_name(remote_uri)
        self.emit(
            p.CallIncoming(
                call_id=rec.call_id,
                remote_uri=rec.remote_uri,
                caller_number=number,
                display_name=rec.display,
                ring_at=rec.ring_at,
                pai=pai,
                sip_call_id=sip_call_id[:200],
                waiting=rec.waiting,
            )
        )
        # what on_call_state would have said for the 180 (it ran before the announcement)
        self.emit(
            p.CallStateChanged(
                call_id=rec.call_id, state=p.CallState.EARLY, sip_code=180, reason="Ringing"
            )
        )
        if not ringing or rec.end_at is not None:
            return
        if self.config.auto_answer and (not rec.waiting or self.config.auto_answer_all):
            self._auto_answer(rec.call_id)
        else:
            self.update_alerting()

    def _no_voice(self) -> Refusal:
        """KZP-30-8 (chat only) / CSC-2.5 (written only): no voice call reaches the seat;
        403 with a reason phrase saying so, and a whole call-log row (KUTY-1.1 style)."""
        rules = f" ({self.config.voice_rules})" if self.config.voice_rules else ""
        return Refusal(p.EndReason.POLICY, 403, f"voice calls are not served{rules}")

    def _knows_call(self, pjsua_call_id: int) -> bool:
        """Whether a pjsua call id is one of the engine's calls (telephony/refusals.py)."""
        for rec in self.calls.values():
            with contextlib.suppress(pj.Error):
                if rec.sip_call.getId() == pjsua_call_id:
                    return True
        return False

    def _auto_answer(self, call_id: str) -> None:
        """Auto-answer (per seat, off by default), with the zip tone in the headset."""
        rec = self.calls.get(call_id)
        if rec is None or rec.end_at is not None:
            return
        if self.control.answer(call_id, hold_others=False):
            self.tones.zip()

    def _decline(
        self, call: EngineCall, call_id: str, info: Any, number: str | None, refusal: Refusal
    ) -> None:
        """Refuse without ringing (not ready, busy): a whole missed-call row for the host."""

        def refuse(call: EngineCall = call) -> None:
            op = pj.CallOpParam()
            op.statusCode = refusal.sip_code
            if refusal.end_reason == p.EndReason.POLICY:
                op.reason = VOICE_NOT_SERVED  # the caller's phone shows why (KZP-30-8)
            call.hangup(op)

        # Not inside onIncomingCall (pjsip asserts, see the source refusal above).
        self.later(0.0, refuse)
        self._quarantine.append((time.monotonic() + 5.0, call))
        ring_at = now_iso()
        self.emit(
            p.CallDeclined(
                call_id=call_id,
                remote_uri=info.remoteUri[:2000],
                caller_number=number,
                display_name=display_name(info.remoteUri),
                ring_at=ring_at,
                end_at=now_iso(),
                end_reason=refusal.end_reason,
                sip_code=refusal.sip_code,
                reason=refusal.reason,
                sip_call_id=info.callIdString[:200],
            )
        )

    def update_alerting(self) -> None:
        """Ringtone while a call rings and none is talking; the call-waiting beep while
        one rings during a call; silence otherwise (issue 11)."""
        live = [r for r in self.calls.values() if r.end_at is None]
        ringing = [
            r
            for r in live
            if r.direction is p.CallDirection.INCOMING
            and not r.confirmed
            and not r.answering
            and not r.not_recorded
        ]
        talking = any(r.confirmed for r in live)
        if not ringing:
            self.tones.set_mode(RingMode.OFF)
        else:
            self.tones.set_mode(RingMode.WAITING if talking else RingMode.RING)

    def on_call_state(self, call: EngineCall, message: str = "") -> None:
        rec = self.calls.get(call.kuty_id)
        if rec is None:
            return
        if rec.invite is not None:  # not announced yet (`_announce`): the 180's EARLY
            if call.isActive():
                # is reported by the announcement itself; checked without `getInfo`
                # (a whole CallInfo, ~50 us) because this runs before the 180 leaves
                return
            self._announce(rec)  # ended in the same poll it rang: the host has it first
        info = call.getInfo()
        state = info.state
        if state == pj.PJSIP_INV_STATE_CONFIRMED and not rec.confirmed:
            rec.confirmed = True
            rec.answer_at = now_iso()
            self.emit(p.CallAnswered(call_id=rec.call_id, answer_at=rec.answer_at))
            self.update_alerting()
        mapped = _STATE_MAP.get(state)
        if mapped is not None:
            self.emit(
                p.CallStateChanged(
                    call_id=rec.call_id,
                    state=mapped,
                    sip_code=int(info.lastStatusCode),
                    reason=str(info.lastReason)[:200],
                )
            )
        if state == pj.PJSIP_INV_STATE_DISCONNECTED:
            code = int(info.lastStatusCode)
            if rec.transferred:
                reason = p.EndReason.TRANSFERRED
            elif rec.not_recorded:
                reason = p.EndReason.NOT_RECORDED
            elif rec.confirmed:
                reason = p.EndReason.LOCAL_HANGUP if rec.local_end else p.EndReason.REMOTE_HANGUP
            elif rec.rejected:
                reason = p.EndReason.REJECTED
            elif completed_elsewhere(message) or completed_elsewhere(call.cancel_message):
                reason = p.EndReason.ANSWERED_ELSEWHERE
            elif rec.direction is p.CallDirection.INCOMING and code in (487, 0):
                reason = p.EndReason.MISSED
            elif rec.local_end:
                reason = p.EndReason.LOCAL_HANGUP
            else:
                reason = p.EndReason.FAILED
            self._finish_call(rec, reason, code)

    def on_call_media_state(self, call: EngineCall) -> None:
        """Media changed: connect it on the next loop step, once the 200 OK has left.

        pjsua calls this inside `answer(200)`, before it sends the 200 (issue 15: the
        recorders' start, ~2 ms with its fsync, was all in the INVITE -> 200 time). The
        caller's first RTP cannot come before it has our 200, and the next loop step runs
        at once (its poll does not wait while a timer is due), so starting the recorders
        there still records from the first audio frame.
        """

        rec = self.calls.get(call.kuty_id)
        if rec is None or rec.end_at is not None or rec.call_id in self._media_due:
            return
        self._media_due.add(rec.call_id)
        self.later(0.0, lambda: self._apply_media(rec.call_id))

    def _apply_media(self, call_id: str) -> None:

        self._media_due.discard(call_id)
        rec = self.calls.get(call_id)
        if rec is None or rec.end_at is not None:
            return
        call = rec.sip_call
        info = call.getInfo()
        for index, media in enumerate(info.media):
            if media.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            status = media.status
            if status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
                audio = call.getAudioMedia(index)
                rec.audio = audio
                headset = self.headset
                assert headset is not None
                if rec.not_recorded:
                    self.guard.on_media(rec, audio)  # the caller hears why, never the operator
                    break
                if not rec.recorders:
                    headset.flush()
                    if not self.recorder.start(rec, audio, headset) and self.guard.enabled:
                        self.guard.recorders_failed(rec, audio)
                        break
                else:
                    # A re-INVITE/UPDATE (ICE completing, a PBX changing codec, a resume)
                    # may rebuild the stream in the *same* conference slot (the bridge
                    # reuses the slot it just freed), so an unchanged port id does not
                    # mean the caller track is still connected: connect it every time
                    # (idempotent in pjmedia), or the caller is silently not recorded.
                    self.recorder.follow(rec, audio)
                rec.audio_port = audio.getPortId()
                if headset.has_device:  # without one it only sent silence, in Python
                    audio.startTransmit(headset)
                    headset.startTransmit(audio)
            was_held, rec.on_hold = rec.on_hold, status == pj.PJSUA_CALL_MEDIA_LOCAL_HOLD
            if rec.on_hold:
                self._disconnect_headset(rec)
            if rec.on_hold != was_held and self.headset is not None:
                self.recorder.hold(rec, self.headset, rec.on_hold)
            self.listening.follow(rec.call_id)  # a supervisor listening follows (issue 13)
            self.emit(
                p.CallMediaChanged(
                    call_id=rec.call_id,
                    on_hold=rec.on_hold,
                    muted=bool(self.headset and self.headset.muted),
                )
            )
            break

    def _disconnect_headset(self, rec: CallRecord) -> None:
        """A call on hold must not hear the operator talk to another caller (call
        waiting): local hold only sends sendonly, the stream still carries the headset."""
        headset, audio = self.headset, rec.audio
        if headset is None or audio is None:
            return
        for src, dst in ((headset, audio), (audio, headset)):
            with contextlib.suppress(pj.Error):  # the port is already gone
                src.stopTransmit(dst)

    def _finish_call(self, rec: CallRecord, reason: p.EndReason, code: int) -> None:
        """The call is over: the recording is finished, the host told, the Call reaped."""
        self._announce(rec)  # a call that ends before its announcement is still a row
        rec.end_at = now_iso()
        self.listening.call_ended(rec.call_id)  # its supervisors' links, while ports exist
        rec.audio = None
        self.guard.forget(rec.call_id)
        if rec.rec_dir is not None:
            rec.sidecar.update(end_at=rec.end_at, end_reason=reason.value)
        self.recorder.finish(rec)
        self.emit(
            p.CallEnded(call_id=rec.call_id, end_at=rec.end_at, end_reason=reason, sip_code=code)
        )
        self._dead.append(rec.call_id)
        self.update_alerting()
        others_up = any(r.end_at is None for r in self.calls.values())
        if not others_up:
            self.tones.idle()  # nothing left on the bridge: its clock stops (issue 15)
        self.agent.call_ended(rec.call_id, rec.confirmed and not rec.not_recorded, others_up)

    # ------------------------------------------------------------------ accounts
    def add_account(self, spec: AccountSpec) -> None:
        """Register with a registrar/PBX; replaces an account with the same id."""
        try:
            self.registrations.add(spec)
        except RegistrationError as exc:
            raise CommandError(str(exc)) from exc

    def remove_account(self, account_id: str) -> None:
        self.registrations.remove(account_id)

    def seat_uri(self) -> str:
        """Where a colleague's seat (a supervisor's listen call, issue 13) reaches this one.

        While an account is registered the guard admits only its registrar/proxy
        (`allowed_sources`), so the address is the default registered account's AOR at
        that registrar, which relays it to our contact (ADR 0016, "Where the seat is");
        otherwise the seat's own address, which anyone on the network may call."""
        account = self.registrations.default_registered()
        spec = account.spec if account is not None else None
        if spec is not None:
            return spec.call_uri(spec.user)
        return f"sip:operator@{self.config.host}:{self.config.port}"

    def _registration_event(self, event: p.Event) -> None:
        """Events of the registered accounts; a registration change says the seat's
        address after it (computed here: only the engine knows every account)."""
        if isinstance(event, p.RegistrationChanged):
            event = dataclasses.replace(event, seat_uri=self.seat_uri())
        self.emit(event)


_STATE_MAP = {
    pj.PJSIP_INV_STATE_INCOMING: p.CallState.RINGING,
    pj.PJSIP_INV_STATE_CALLING: p.CallState.CALLING,
    pj.PJSIP_INV_STATE_EARLY: p.CallState.EARLY,
    pj.PJSIP_INV_STATE_CONNECTING: p.CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: p.CallState.CONFIRMED,
    pj.PJSIP_INV_STATE_DISCONNECTED: p.CallState.DISCONNECTED,
}
