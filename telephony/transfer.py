"""Call transfers (issue 11): blind, attended, and the seat a transfer arrives at.

An object the Engine owns (like Recorder and CallControl), run on the engine thread.

- Blind (TRANSFER): SIP REFER on the caller's call (`Call.xfer`). Progress comes back as
  NOTIFYs with a message/sipfrag body (`onCallTransferStatus`) and goes out as
  `CallTransfer` events. On a final 2xx the caller is talking to the target: we hang our
  leg up and the call ends `transferred`. On a failure the call stays with the operator
  (resumed if it was on hold) and `CallTransfer(status="failed")` says why.
- Attended (CONSULT, then COMPLETE_TRANSFER): the caller is held and the target dialled
  (its `CallOutgoing.consult_for` names the caller's call); completing sends the caller a
  REFER whose Refer-To carries `Replaces` for the consultation dialog (`Call.xferReplaces`),
  so the caller's new INVITE takes the consultation's place at the target. Both our legs
  end `transferred`. Cancelling is HANGUP of the consultation and RESUME of the caller.
- The receiving seat: an INVITE with Replaces for one of our calls is answered by pjsua
  itself; the new call gets a fresh id, `CallIncoming(replaces=old id)`, is recorded like
  any call, and the replaced call ends `transferred`.

Every recording runs until its call leaves this seat and is finished like any other call
(KUTY-1.1): a transfer is a normal end, never a lost recording.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.call_model import CallRecord, CommandError, EngineCall, error_text
from telephony.caller_id import display_name, identify_caller

if TYPE_CHECKING:
    from telephony.engine import Engine

log = logging.getLogger(__name__)

__all__ = ["Transfers"]


@dataclass
class _Transfer:
    """A REFER this seat sent, until its final NOTIFY."""

    kind: str  # "blind" | "attended"
    target: str
    resume: bool = False  # the call was on hold before: resume it if the transfer fails
    consult_call_id: str | None = None
    accepted: bool = False


@dataclass
class _Replacing:
    """A replacing INVITE seen in onCallReplaceRequest, until onCallReplaced."""

    call: EngineCall
    raw: str


class Transfers:
    """Transfers started by this seat's operator, and Replaces arriving at this seat."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pending: dict[str, _Transfer] = {}  # by the transferred call's id
        self._replacing: dict[str, _Replacing] = {}  # by the replaced call's id

    def clear(self) -> None:
        """Drop references to pjsua2 Calls (before libDestroy, PJSUA2-NOTES)."""
        self._pending.clear()
        self._replacing.clear()

    # ------------------------------------------------------------------ commands
    def command(self, cmd: p.Command) -> None:
        """TRANSFER, CONSULT and COMPLETE_TRANSFER from the host."""
        match cmd.cmd:
            case p.CommandName.TRANSFER:
                self.blind(cmd.call_id, _text(cmd.args.get("target")))
            case p.CommandName.CONSULT:
                self.consult(cmd.call_id, _text(cmd.args.get("target")))
            case p.CommandName.COMPLETE_TRANSFER:
                self.complete(cmd.call_id, _text(cmd.args.get("consult_call_id")))
            case _:
                raise CommandError(f"not a transfer command: {cmd.cmd.value}")

    def blind(self, call_id: str | None, target: str) -> None:
        """REFER the caller to `target` (a number, normalised like dialling, or a SIP URI)."""
        rec = self._talking(call_id, "transferred")
        uri = self._target(target)
        self._check_free(rec)
        try:
            rec.sip_call.xfer(uri, pj.CallOpParam(True))
        except pj.Error as exc:
            raise CommandError(f"cannot transfer to {uri}: {error_text(exc)}") from exc
        self._pending[rec.call_id] = _Transfer(kind="blind", target=uri, resume=rec.on_hold)
        self._report(rec.call_id, "trying")

    def consult(self, call_id: str | None, target: str) -> str:
        """Hold the caller and dial the target; returns the consultation call's id."""
        rec = self._talking(call_id, "consulted for")
        self._target(target)  # a bad target fails before the caller is put on hold
        self._check_free(rec)
        if not rec.on_hold:
            self._engine.control.hold(rec.call_id, True)
        self._mute_towards(rec)
        return self._engine.control.dial(target, consult_for=rec.call_id)

    def complete(self, call_id: str | None, consult_call_id: str) -> None:
        """REFER the caller to the consulted party with Replaces for the consultation."""
        rec = self._talking(call_id, "transferred")
        if not consult_call_id:
            raise CommandError("complete_transfer needs consult_call_id (the consultation call)")
        if consult_call_id == rec.call_id:
            raise CommandError("consult_call_id is the call being transferred itself")
        consult = self._talking(consult_call_id, "used as the consultation")
        self._check_free(rec)
        try:
            rec.sip_call.xferReplaces(consult.sip_call, pj.CallOpParam(True))
        except pj.Error as exc:
            raise CommandError(f"cannot complete the transfer: {error_text(exc)}") from exc
        consult.transferred = True  # the target's pjsua ends it once the caller replaced it
        self._pending[rec.call_id] = _Transfer(
            kind="attended", target=consult.remote_uri, consult_call_id=consult.call_id
        )
        self._report(rec.call_id, "trying")

    # ------------------------------------------------------------------ callbacks
    def on_transfer_request(self, call: EngineCall, prm: Any) -> None:
        """Someone REFERs the operator's seat elsewhere: declined (603).

        A caller (or anyone in the dialog) could otherwise make this seat place a call to
        any address it names, from the help desk's account and at its cost, with the
        operator's audio and recording following it off the desk. Transfers are the
        operator's decision (the TRANSFER and CONSULT commands), never the far end's. A
        PBX that moves calls between seats does it on its own legs, not by REFERring us.
        """
        prm.statusCode = 603
        log.warning("REFER to %s declined on call %s", str(prm.dstUri)[:200], call.kuty_id)
        self._engine.emit(
            p.RequestRefused(
                method="REFER",
                source="",
                sip_code=603,
                reason=f"transfer of call {call.kuty_id} requested by the far end: declined",
            )
        )

    def on_transfer_status(self, call: EngineCall, prm: Any) -> None:
        """A NOTIFY (sipfrag) or the REFER's own final response."""
        rec = self._engine.calls.get(call.kuty_id)
        xfer = self._pending.get(call.kuty_id)
        if rec is None or xfer is None:
            prm.cont = False
            return
        code = int(prm.statusCode)
        reason = str(prm.reason)[:200]
        if not prm.finalNotify:
            status = "accepted" if not xfer.accepted else "trying"
            xfer.accepted = True
            self._report(rec.call_id, status, code, reason)
            prm.cont = True
            return
        prm.cont = False
        del self._pending[rec.call_id]
        if 200 <= code < 300:
            rec.transferred = True
            rec.local_end = True
            self._emit(rec.call_id, xfer, "completed", code, reason)
            self._engine.later(0.0, lambda: self._hang_up(rec.call_id))
            if xfer.consult_call_id:
                consult_id = xfer.consult_call_id
                self._engine.later(0.0, lambda: self._hang_up(consult_id))
            return
        if xfer.consult_call_id:
            consult = self._engine.calls.get(xfer.consult_call_id)
            if consult is not None and consult.end_at is None:
                consult.transferred = False  # still the operator's consultation
        self._emit(rec.call_id, xfer, "failed", code, reason or "transfer failed")
        if xfer.resume or (xfer.kind == "blind" and rec.on_hold):
            self._engine.later(0.0, lambda: self._resume(rec.call_id))

    def on_replace_request(self, call: EngineCall, prm: Any) -> None:
        """An INVITE with Replaces for `call`: accept it and give pjsua2 the new Call
        object here (`prm.newCall`), which it adopts once the call has an id; we keep the
        Python reference (PJSUA2-NOTES "Object lifetime")."""
        new_call = EngineCall(self._engine, call.account)
        new_call.kuty_id = str(uuid.uuid4())
        try:
            raw = str(prm.rdata.wholeMsg)
        except Exception:  # pragma: no cover - undecodable bytes in the INVITE
            raw = ""
        self._replacing[call.kuty_id] = _Replacing(new_call, raw)
        prm.newCall = new_call

    def on_replaced(self, call: EngineCall, prm: Any) -> None:
        """The replacing call exists (pjsua answers it next); the old one is ended by
        pjsua right after (BYE) and ends `transferred`."""
        engine = self._engine
        pending = self._replacing.pop(call.kuty_id, None)
        if pending is None:  # onCallReplaceRequest did not run (should not happen)
            new_call = EngineCall(engine, call.account, int(prm.newCallId))
            new_call.kuty_id = str(uuid.uuid4())
            pending = _Replacing(new_call, "")
            prm.newCall = new_call
        new_call = pending.call
        old = engine.calls.get(call.kuty_id)
        if old is not None:
            old.transferred = True
            old.local_end = True
        info = new_call.getInfo()
        number, pai = identify_caller(pending.raw, info.remoteUri, engine.config.region)
        rec = CallRecord(
            call_id=new_call.kuty_id,
            direction=p.CallDirection.INCOMING,
            sip_call=new_call,
            remote_uri=str(info.remoteUri)[:2000],
            number=number,
            display=display_name(info.remoteUri),
        )
        engine.calls[rec.call_id] = rec
        engine.emit(
            p.CallIncoming(
                call_id=rec.call_id,
                remote_uri=rec.remote_uri,
                caller_number=number,
                display_name=rec.display,
                ring_at=rec.ring_at,
                pai=pai,
                sip_call_id=str(info.callIdString)[:200],
                replaces=call.kuty_id,
            )
        )

    # ------------------------------------------------------------------ helpers
    def _talking(self, call_id: str | None, what: str) -> CallRecord:
        rec = self._engine.calls.get(call_id or "")
        if rec is None or rec.end_at is not None:
            raise CommandError(f"no active call {call_id!r}")
        if not rec.confirmed:
            raise CommandError(f"call {call_id} is not connected yet: it cannot be {what}")
        return rec

    def _check_free(self, rec: CallRecord) -> None:
        if rec.call_id in self._pending:
            raise CommandError(f"a transfer of call {rec.call_id} is already in progress")

    def _target(self, target: str) -> str:
        if not target.strip():
            raise CommandError("a transfer needs a target (a phone number or a SIP URI)")
        return self._engine.control.target_uri(target)

    def _mute_towards(self, rec: CallRecord) -> None:
        """The held caller must not hear the consultation: pjsua's hold (sendonly) still
        sends our audio, so the headset stops feeding this call until it is resumed
        (`Engine.on_call_media_state` connects it again on ACTIVE media)."""
        headset = self._engine.headset
        if headset is not None and rec.audio is not None:
            try:
                headset.stopTransmit(rec.audio)
            except pj.Error as exc:
                log.warning("headset -> held call: %s", error_text(exc))

    def _hang_up(self, call_id: str) -> None:
        rec = self._engine.calls.get(call_id)
        if rec is None or rec.end_at is not None:
            return
        rec.local_end = True
        op = pj.CallOpParam()
        op.statusCode = 200
        rec.sip_call.hangup(op)

    def _resume(self, call_id: str) -> None:
        rec = self._engine.calls.get(call_id)
        if rec is not None and rec.end_at is None and rec.on_hold:
            self._engine.control.hold(call_id, False)

    def _report(self, call_id: str, status: str, code: int = 0, reason: str = "") -> None:
        xfer = self._pending.get(call_id)
        if xfer is not None:
            self._emit(call_id, xfer, status, code, reason)

    def _emit(self, call_id: str, xfer: _Transfer, status: str, code: int, reason: str) -> None:
        self._engine.emit(
            p.CallTransfer(
                call_id=call_id,
                target=xfer.target[:2000],
                kind=xfer.kind,
                status=status,
                sip_code=code,
                reason=reason,
                consult_call_id=xfer.consult_call_id,
            )
        )


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)
