"""The operator's commands on calls (answer, reject, hang up, hold, mute, DTMF, dial).

An object the Engine owns (python-sipsimple's shape: the engine is the loop and its
callbacks, collaborators do the rest). It sees the engine only through its public face
(calls, headset, accounts, `emit`, `later`), runs on the engine thread like everything
else that touches pjsua2, and raises `CommandError` for anything the host should report.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import TYPE_CHECKING, Any

import phonenumbers
import pjsua2 as pj

from telephony import protocol as p
from telephony.accounts import AccountSpec
from telephony.call_model import (
    CallRecord,
    CommandError,
    EngineCall,
    error_text,
    now_iso,
)
from telephony.caller_id import caller_number
from telephony.recording_files import wav_seconds

if TYPE_CHECKING:
    from telephony.engine import Engine

log = logging.getLogger(__name__)


class CallControl:
    """The operator's commands on the engine's calls."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._players: dict[str, Any] = {}  # closing phrases playing, by call id

    def clear(self) -> None:
        """Drop the players (before libDestroy: PJSUA2-NOTES "Object lifetime")."""
        self._players.clear()

    def _get(self, call_id: str | None) -> CallRecord:
        rec = self._engine.calls.get(call_id or "")
        if rec is None or rec.end_at is not None:
            raise CommandError(f"no active call {call_id!r}")
        return rec

    def answer(self, call_id: str | None, hold_others: bool = True) -> bool:
        """Answer; False when the call is refused instead because it could not be recorded
        (KUTY-1.1, record_guard.py). With call waiting (issue 11) the other talking calls
        are put on hold first, so no caller hears the operator talk to another."""
        rec = self._get(call_id)
        if rec.answering or rec.not_recorded:
            raise CommandError(f"call {call_id!r} is already being answered or refused")
        if not self._engine.guard.check_before_answer(rec):
            return False
        if hold_others:
            self._hold_talking(rec, "answering")
        rec.answering = True
        op = pj.CallOpParam()
        op.statusCode = 200
        # The host has the call (CallIncoming) before it is answered: a kill -9 right
        # after the 200 still leaves it in the call log (KUTY-1.1). One write per answer,
        # not one per event (the writer is buffered, issue 15).
        self._engine.flush_events()
        rec.sip_call.answer(op)
        self._engine.update_alerting()
        return True

    def _hold_talking(self, keep: CallRecord | None, why: str) -> None:
        """Put every other talking call on hold and take the headset off it, so no caller
        hears the operator talk to someone else (KUTY-2.6: third parties' data)."""
        for other in list(self._engine.calls.values()):
            if other is keep or other.end_at is not None or not other.confirmed:
                continue
            if not other.on_hold:
                try:
                    other.sip_call.setHold(pj.CallOpParam(True))
                except pj.Error as exc:
                    log.warning("hold before %s failed: %s", why, error_text(exc))
                self._engine._disconnect_headset(other)

    def reject(self, call_id: str | None, code: int = 486) -> None:
        rec = self._get(call_id)
        rec.rejected = True
        rec.local_end = True
        op = pj.CallOpParam()
        op.statusCode = code if 400 <= code <= 699 else 486
        rec.sip_call.hangup(op)

    def hangup(self, call_id: str | None, closing_phrase: str = "", max_s: float = 5.0) -> None:
        """Hang up now, or after playing a closing phrase (KUTY-3.1 policy option).

        The phrase is cut at `max_s` (at most 5 s) so an abusive call still ends promptly.
        """
        rec = self._get(call_id)
        if closing_phrase and rec.confirmed and rec.audio is not None:
            player = pj.AudioMediaPlayer()
            try:
                player.createPlayer(closing_phrase, pj.PJMEDIA_FILE_NO_LOOP)
            except pj.Error as exc:
                log.error("closing phrase %s: %s", closing_phrase, error_text(exc))
            else:
                if self._engine.headset is not None:
                    self._engine.headset.stopTransmit(rec.audio)  # the caller hears only the phrase
                player.startTransmit(rec.audio)
                self._players[rec.call_id] = player
                length = wav_seconds(closing_phrase)
                delay = min(max(0.0, min(max_s, 5.0)), length + 0.2)
                self._engine.later(delay, lambda: self._hangup_now(rec.call_id))
                return
        self._hangup_now(rec.call_id)

    def _hangup_now(self, call_id: str) -> None:
        rec = self._engine.calls.get(call_id)
        if rec is None or rec.end_at is not None:
            return
        rec.local_end = True
        op = pj.CallOpParam()
        op.statusCode = 603 if not rec.confirmed else 200
        rec.sip_call.hangup(op)

    def hold(self, call_id: str | None, on: bool) -> None:
        rec = self._get(call_id)
        op = pj.CallOpParam(True)
        if on:
            rec.sip_call.setHold(op)
        else:
            op.opt.flag = pj.PJSUA_CALL_UNHOLD
            rec.sip_call.reinvite(op)

    def mute(self, on: bool) -> None:
        if self._engine.headset is not None:
            self._engine.headset.muted = on
        for rec in self._engine.calls.values():
            self._engine.emit(
                p.CallMediaChanged(call_id=rec.call_id, on_hold=rec.on_hold, muted=on)
            )

    def dtmf(self, call_id: str | None, digits: str) -> None:
        if not digits or any(d not in "0123456789*#ABCD" for d in digits) or len(digits) > 32:
            raise CommandError(f"DTMF digits must be 0-9, *, #, A-D: {digits[:40]!r}")
        rec = self._get(call_id)
        # RFC 4733 (RFC 2833) telephone-events in the RTP stream, said explicitly: the
        # in-band tones of SIP INFO would not survive a PBX's transcoding or IVR menus.
        prm = pj.CallSendDtmfParam()
        prm.method = pj.PJSUA_DTMF_METHOD_RFC2833
        prm.digits = digits
        try:
            rec.sip_call.sendDtmf(prm)
        except pj.Error as exc:
            raise CommandError(f"DTMF not sent ({error_text(exc)})") from exc

    def dial(self, target: str, consult_for: str | None = None) -> str:
        """Call out: through the registered default account's PBX when there is one (its
        proxy, credentials and NAT settings apply), else from the local account.
        `consult_for`: the held call this one consults for (attended transfer)."""
        registered = self._engine.registrations.default_registered()
        account = registered or self._engine.account
        assert account is not None
        uri = self.target_uri(target)  # a bad target fails before anyone is put on hold
        if consult_for is None:
            # Dialling while talking (issue 11): the caller waits on hold, as on a desk phone;
            # a consultation (transfer.py) has already held the call it consults for.
            self._hold_talking(None, "dialling")
        call = EngineCall(self._engine, account)
        call_id = str(uuid.uuid4())
        call.kuty_id = call_id
        rec = CallRecord(
            call_id=call_id,
            direction=p.CallDirection.OUTGOING,
            sip_call=call,
            remote_uri=uri,
            number=caller_number(uri, self._engine.config.region),
        )
        self._engine.calls[call_id] = rec
        self._engine.emit(
            p.CallOutgoing(
                call_id=call_id,
                remote_uri=uri,
                callee_number=rec.number,
                ring_at=rec.ring_at,
                consult_for=consult_for,
            )
        )
        try:
            call.makeCall(uri, pj.CallOpParam(True))
        except pj.Error as exc:
            self._engine.calls.pop(call_id, None)
            self._engine.emit(
                p.CallEnded(
                    call_id=call_id, end_at=now_iso(), end_reason=p.EndReason.FAILED, sip_code=0
                )
            )
            raise CommandError(f"cannot call {uri}: {exc.info()}") from exc
        return call_id

    def target_uri(self, target: str) -> str:
        """Where a dialled or transfer target goes: a SIP URI as given, a number in E.164
        (region of the seat) at the registered default account's domain."""
        registered = self._engine.registrations.default_registered()
        return self._dial_uri(target, registered.spec if registered is not None else None)

    def _dial_uri(self, target: str, spec: AccountSpec | None) -> str:
        """A SIP URI as given (checked for what would break its header), a seat or
        extension name (letters first, e.g. "supervisor") or a valid phone number (E.164)
        at the registered account's domain. A number must be a real one for the region:
        "067 12" is a typo, not a short code, and must not go out as "+38006712"."""
        target = target.strip()
        if len(target) > 512 or any(ord(c) < 32 for c in target):
            raise CommandError("the address is too long or has control characters")
        if target.lower().startswith(("sip:", "sips:")):
            rest = target.partition(":")[2]
            if not rest or any(c in target for c in ' <>"\\'):
                raise CommandError(f"not a valid SIP address: {target[:100]!r}")
            return target
        if _USER_NAME.fullmatch(target):
            if spec is None:
                raise CommandError("dialling a name needs a registered SIP account (registrar)")
            return spec.call_uri(target)
        number = caller_number(f"tel:{target}", self._engine.config.region)
        if number is None or number == p.WITHHELD or not _valid_number(number):
            raise CommandError(f"not a SIP address or phone number: {target[:100]!r}")
        if spec is None:
            gateway = self._engine.config.gateway
            if gateway:  # an IP-authenticated trunk: no registration, numbers go there
                return f"sip:{number}@{gateway}"
            raise CommandError(
                "dialling a number needs a registered SIP account (registrar) or a SIP gateway"
            )
        return spec.call_uri(number)


_USER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]{0,63}")
"""A seat, extension or supervisor name on the PBX (never a number: those start with a
digit or +)."""


def _valid_number(e164: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(e164, None)))
    except phonenumbers.NumberParseException:
        return False
