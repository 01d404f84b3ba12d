"""Live listening, whisper and barge-in (issue 13): an object the Engine owns.

Both seats run this. The **supervisor's** engine places a SIP call to the operator's seat
carrying a one-time grant in `X-Kuty-Listen` (written to the database, audited, by the
supervisor's service call: desk/listening.py); its headset hears what comes back and its
microphone is sent. The **operator's** engine answers such an INVITE only after its host
has checked the grant (`ListenRequested` -> `listen_accept` / `listen_refuse`): never
rung, never in the call log, never on the operator's screen. It then mixes on its own
conference bridge, the only place where the caller and the operator are separate ports:

- listen:  caller -> supervisor, operator's microphone -> supervisor; nothing back. The
  caller, the operator and both recorded tracks are exactly as without it.
- whisper: also supervisor -> operator's ear and -> the operator track (KUTY-1.1).
- barge:   also supervisor -> caller.

The supervisor's voice is recorded on the **operator track** from whisper on (pjmedia
mixes every source connected to a recorder): everything said in the call is recorded
(KUTY-1.1), and the sidecar's `supervision` list says when and in which mode, so the
operator track is never mistaken for the operator alone.

Mode changes travel inside the listen dialog as SIP INFO `application/dtmf-relay` digits
(1 listen, 2 whisper, 3 barge): pjsua answers those INFOs itself and hands the digit to
`onDtmfDigit`, whereas any other INFO would be left unanswered by pjsua2 (no API to
respond to it), and the dialog, admitted by the grant, is the authority.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.call_model import CommandError, error_text, now_iso

if TYPE_CHECKING:
    from telephony.engine import Engine

log = logging.getLogger(__name__)

__all__ = ["LISTEN_HEADER", "MODES", "ListenGrant", "Listening", "grant_in_invite"]

LISTEN_HEADER = "X-Kuty-Listen"
MODES = ("listen", "whisper", "barge")
MODE_DIGITS = {"listen": "1", "whisper": "2", "barge": "3"}
DIGIT_MODES = {digit: mode for mode, digit in MODE_DIGITS.items()}
ACCEPT_WITHIN_S = 10.0
"""The operator's host has this long to check a grant; then the INVITE gets 408."""
RETIRE_AFTER_S = 5.0
OPERATOR, SUPERVISOR = "operator", "supervisor"

_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")
_HEADER = re.compile(rf"^{LISTEN_HEADER}[ \t]*:[ \t]*([^\r\n]*)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class ListenGrant:
    """What the INVITE carries: `<call id>;grant=<grant id>;token=<secret>`."""

    call_id: str
    grant_id: str
    token: str

    def header_value(self) -> str:
        return f"{self.call_id};grant={self.grant_id};token={self.token}"

    @property
    def token_sha256(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()

    @classmethod
    def parse(cls, value: str) -> ListenGrant | None:
        """The grant, or None for anything malformed (strict: it is attacker input)."""
        parts = value.strip().split(";")
        if len(parts) != 3:
            return None
        params = dict(part.partition("=")[::2] for part in parts[1:])
        call_id, grant_id, token = parts[0], params.get("grant", ""), params.get("token", "")
        if not (_ID.fullmatch(call_id) and _ID.fullmatch(grant_id) and _TOKEN.fullmatch(token)):
            return None
        return cls(call_id, grant_id, token)


def grant_in_invite(raw: str) -> str | None:
    """The `X-Kuty-Listen` header's value in a raw INVITE's header part, or None."""
    if LISTEN_HEADER.lower() not in raw.lower():
        return None  # every ordinary INVITE: no line-by-line regex over it (issue 15)
    head = raw.split("\r\n\r\n", 1)[0]
    found = _HEADER.search(head)
    return found.group(1) if found is not None else None


class ListenCall(pj.Call):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """A listen dialog: its callbacks go to Listening, never to the engine's call list."""

    def __init__(
        self, listening: Listening, account: pj.Account, call_id: int = pj.PJSUA_INVALID_ID
    ):
        super().__init__(account, call_id)
        self.listening = listening
        self.listen_id = ""

    def onCallState(self, prm: Any) -> None:
        self.listening.on_state(self)

    def onCallMediaState(self, prm: Any) -> None:
        self.listening.on_media(self)

    def onDtmfDigit(self, prm: Any) -> None:
        self.listening.on_digit(self, str(prm.digit)[:1])


@dataclass
class _Session:
    listen_id: str
    call_id: str  # the operator's call listened to ("" unknown on the supervisor side)
    side: str
    call: ListenCall
    mode: str = "listen"
    accepted: bool = False
    confirmed: bool = False
    audio: Any = None
    links: list[tuple[Any, Any]] = field(default_factory=list)
    refuse_reason: str = ""


class Listening:
    """Every listening session of one engine, on either side."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions: dict[str, _Session] = {}
        self._retired: list[ListenCall] = []

    # ------------------------------------------------------------------ operator's seat
    def on_incoming(self, account: Any, prm: Any, raw: str) -> bool:
        """An INVITE with a listen grant is ours (True): it never rings and is never a
        call-log row. Without the header: False, the engine's usual path. `raw`: the
        INVITE's text, read once by the engine (every microsecond here is ringing time)."""
        value = grant_in_invite(raw)
        if value is None:
            return False
        call = ListenCall(self, account, prm.callId)
        source = str(prm.rdata.srcAddress)[:100]
        grant = ListenGrant.parse(value)
        engine = self._engine
        if grant is None:
            self._refuse_call(call, 400, "", "", "malformed listen grant")
            return True
        allowed = engine.allowed_sources()
        if allowed is not None and source.rsplit(":", 1)[0].strip("[]") not in allowed:
            self._refuse_call(call, 403, grant.grant_id, grant.call_id, "source is not the proxy")
            return True
        target = engine.calls.get(grant.call_id)
        if target is None or target.end_at is not None or not target.confirmed:
            self._refuse_call(call, 404, grant.grant_id, grant.call_id, "no such call in progress")
            return True
        if grant.grant_id in self._sessions:
            self._refuse_call(call, 403, grant.grant_id, grant.call_id, "grant already in use")
            return True
        call.listen_id = grant.grant_id
        self._sessions[grant.grant_id] = _Session(grant.grant_id, grant.call_id, OPERATOR, call)
        engine.emit(
            p.ListenRequested(
                listen_id=grant.grant_id,
                call_id=grant.call_id,
                token_sha256=grant.token_sha256,  # hashes compared: no secret in any log
                source=source,
            )
        )
        engine.later(ACCEPT_WITHIN_S, lambda: self._expire(grant.grant_id))
        return True

    def accept(self, listen_id: str) -> None:
        sess = self._pending(listen_id)
        target = self._engine.calls.get(sess.call_id)
        if target is None or target.end_at is not None:
            self.refuse(listen_id, "the call has ended")
            return
        sess.accepted = True
        op = pj.CallOpParam()
        op.statusCode = 200
        sess.call.answer(op)

    def refuse(self, listen_id: str, reason: str = "grant refused", code: int = 403) -> None:
        sess = self._pending(listen_id)
        sess.refuse_reason = reason[:200]
        self._sessions.pop(listen_id, None)
        self._refuse_call(sess.call, code, listen_id, sess.call_id, sess.refuse_reason)

    def _pending(self, listen_id: str) -> _Session:
        sess = self._sessions.get(listen_id)
        if sess is None or sess.side != OPERATOR or sess.accepted:
            raise CommandError(f"no listen request {listen_id!r} waiting")
        return sess

    def _expire(self, listen_id: str) -> None:
        sess = self._sessions.get(listen_id)
        if sess is not None and sess.side == OPERATOR and not sess.accepted:
            self.refuse(listen_id, "the grant was not confirmed in time", 408)

    def _refuse_call(
        self, call: ListenCall, code: int, listen_id: str, call_id: str, why: str
    ) -> None:
        """Refuse on the next loop step (never inside onIncomingCall: pjsip asserts)."""
        log.warning("listen INVITE refused (%d): %s", code, why)

        def refuse() -> None:
            op = pj.CallOpParam()
            op.statusCode = code
            with contextlib.suppress(pj.Error):  # the caller gave up meanwhile
                call.hangup(op)

        self._engine.later(0.0, refuse)
        self._retire(call)
        self._engine.emit(
            p.ListenEnded(listen_id=listen_id, call_id=call_id, side=OPERATOR, reason=why,
                          sip_code=code, at=now_iso())
        )  # fmt: skip

    def follow(self, call_id: str) -> None:
        """The listened call's media changed (re-INVITE, hold, resume): relink, so the
        supervisor follows its new port and never reaches a held caller."""
        for sess in list(self._sessions.values()):
            if sess.call_id == call_id and sess.side == OPERATOR and sess.audio is not None:
                self._connect(sess)

    def call_ended(self, call_id: str) -> None:
        """The listened call is over: so are its sessions."""
        for sess in [s for s in self._sessions.values() if s.call_id == call_id]:
            if sess.side == OPERATOR and not sess.accepted:
                self.refuse(sess.listen_id, "the call has ended", 404)
            else:
                # The listened call's port is already gone from the bridge: touching links
                # of a removed port (queued in pjmedia 2.16's conference) was seen to drop
                # every other link on the bridge. Hanging up removes the listen port and
                # with it the rest.
                sess.links = []
                self._hangup(sess)

    # ------------------------------------------------------------------ supervisor's seat
    def start(self, uri: str, listen_id: str, call_id: str, token: str) -> None:
        """Call the operator's seat with the grant (through the registered account's
        proxy when there is one, so a registered seat admits the INVITE's source)."""
        grant = ListenGrant.parse(ListenGrant(call_id, listen_id, token).header_value())
        if grant is None:
            raise CommandError("listen: malformed grant")
        if listen_id in self._sessions:
            raise CommandError(f"listen: session {listen_id!r} already exists")
        engine = self._engine
        target = engine.control.target_uri(uri)
        account = engine.registrations.default_registered() or engine.account
        assert account is not None
        call = ListenCall(self, account)
        call.listen_id = listen_id
        prm = pj.CallOpParam(True)
        header = pj.SipHeader()
        header.hName = LISTEN_HEADER
        header.hValue = grant.header_value()
        prm.txOption.headers.append(header)
        sess = _Session(listen_id, call_id, SUPERVISOR, call, accepted=True)
        self._sessions[listen_id] = sess
        try:
            call.makeCall(target, prm)
        except pj.Error as exc:
            self._sessions.pop(listen_id, None)
            self._retire(call)
            raise CommandError(f"listen: cannot call {target}: {error_text(exc)}") from exc

    def set_mode(self, listen_id: str, mode: str) -> None:
        if mode not in MODES:
            raise CommandError(f"listen mode must be one of {', '.join(MODES)}: {mode[:20]!r}")
        sess = self._sessions.get(listen_id)
        if sess is None or not sess.confirmed:
            raise CommandError(f"no listening session {listen_id!r} in progress")
        if sess.side == SUPERVISOR:
            prm = pj.CallSendDtmfParam()
            prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO  # a SIP transaction: never lost
            prm.digits = MODE_DIGITS[mode]
            try:
                sess.call.sendDtmf(prm)
            except pj.Error as exc:
                raise CommandError(f"listen mode not sent ({error_text(exc)})") from exc
            sess.mode = mode
            self._emit_mode(sess)
        else:
            self._apply_mode(sess, mode)

    def stop(self, listen_id: str) -> None:
        sess = self._sessions.get(listen_id)
        if sess is None:
            raise CommandError(f"no listening session {listen_id!r}")
        if sess.side == OPERATOR and not sess.accepted:
            self.refuse(listen_id, "stopped")
            return
        self._disconnect(sess)
        self._hangup(sess)

    # ------------------------------------------------------------------ callbacks
    def on_state(self, call: ListenCall) -> None:
        sess = self._sessions.get(call.listen_id)
        if sess is None or sess.call is not call:
            return
        info = call.getInfo()
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED and not sess.confirmed:
            sess.confirmed = True
            self._engine.emit(
                p.ListenStarted(listen_id=sess.listen_id, call_id=sess.call_id, side=sess.side,
                                mode=sess.mode, at=now_iso())
            )  # fmt: skip
            self._note(sess)
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            # pjsua removed the listen port (and so its links) before this callback: never
            # stopTransmit on it now. Doing so lost every link of the operator's call ~1 s
            # later (the caller stopped hearing the operator, the operator track stalled).
            sess.links = []
            self._sessions.pop(sess.listen_id, None)
            self._retire(call)
            self._note(sess, ended=True)
            self._engine.emit(
                p.ListenEnded(listen_id=sess.listen_id, call_id=sess.call_id, side=sess.side,
                              reason=str(info.lastReason)[:200],
                              sip_code=int(info.lastStatusCode), at=now_iso())
            )  # fmt: skip

    def on_media(self, call: ListenCall) -> None:
        listen_id = call.listen_id
        self._engine.later(0.0, lambda: self._apply_media(listen_id))

    def on_digit(self, call: ListenCall, digit: str) -> None:
        sess = self._sessions.get(call.listen_id)
        mode = DIGIT_MODES.get(digit)
        if sess is None or sess.side != OPERATOR or not sess.accepted or mode is None:
            return
        self._engine.later(0.0, lambda: self._apply_mode(sess, mode))

    # ------------------------------------------------------------------ the bridge
    def _apply_media(self, listen_id: str) -> None:
        sess = self._sessions.get(listen_id)
        if sess is None:
            return
        info = sess.call.getInfo()
        for index, media in enumerate(info.media):
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                sess.audio = sess.call.getAudioMedia(index)
                self._connect(sess)
                return

    def _apply_mode(self, sess: _Session, mode: str) -> None:
        if self._sessions.get(sess.listen_id) is not sess or mode == sess.mode:
            return
        sess.mode = mode
        self._connect(sess)
        self._note(sess)
        self._emit_mode(sess)

    def _emit_mode(self, sess: _Session) -> None:
        self._engine.emit(
            p.ListenModeChanged(listen_id=sess.listen_id, call_id=sess.call_id, side=sess.side,
                                mode=sess.mode, at=now_iso())
        )  # fmt: skip

    def _connect(self, sess: _Session) -> None:
        """(Re)build the session's links on the bridge for its mode (module docstring)."""
        self._disconnect(sess)
        for src, dst in self._links(sess):
            try:
                src.startTransmit(dst)
            except pj.Error as exc:
                log.warning("listen %s: connect failed: %s", sess.listen_id, error_text(exc))
                continue
            sess.links.append((src, dst))

    def _links(self, sess: _Session) -> list[tuple[Any, Any]]:
        audio, headset = sess.audio, self._engine.headset
        if audio is None:
            return []
        mic = headset if headset is not None and headset.has_device else None
        if sess.side == SUPERVISOR:
            return [(audio, mic), (mic, audio)] if mic is not None else []
        target = self._engine.calls.get(sess.call_id)
        if target is None or target.audio is None:
            return []
        links = [(target.audio, audio)]  # the caller, to the supervisor
        if target.on_hold:
            # Call waiting (issue 11): the operator now talks to someone the grant does
            # not cover (KUTY-2.6), and a held caller must hear nobody: listen only.
            return links
        if mic is not None:
            links.append((mic, audio))  # the operator, to the supervisor
        if sess.mode in ("whisper", "barge"):
            if mic is not None:
                links.append((audio, mic))  # the supervisor, in the operator's ear
            if len(target.recorders) >= 2:
                links.append((audio, target.recorders[1]))  # on the record (KUTY-1.1)
        if sess.mode == "barge":
            links.append((audio, target.audio))  # the supervisor, to the caller
        return links

    def _disconnect(self, sess: _Session) -> None:
        links, sess.links = sess.links, []
        for src, dst in links:
            with contextlib.suppress(pj.Error):  # a port already gone
                src.stopTransmit(dst)

    def _note(self, sess: _Session, *, ended: bool = False) -> None:
        """The operator's recording says when the supervisor was on which track."""
        if sess.side != OPERATOR:
            return
        target = self._engine.calls.get(sess.call_id)
        if target is None or target.rec_dir is None:
            return
        offset = max(0.0, time.monotonic() - target.rec_started)
        entry = {"listen_id": sess.listen_id, "mode": "end" if ended else sess.mode,
                 "at_s": round(offset, 3)}  # fmt: skip
        target.sidecar.setdefault("supervision", []).append(entry)

    def _hangup(self, sess: _Session) -> None:
        op = pj.CallOpParam()
        op.statusCode = 200
        with contextlib.suppress(pj.Error):
            sess.call.hangup(op)

    def _retire(self, call: ListenCall) -> None:
        """Keep the Call referenced a while (dropped outside callbacks: PJSUA2-NOTES)."""
        self._retired.append(call)

        def drop(call: ListenCall = call) -> None:
            with contextlib.suppress(ValueError):
                self._retired.remove(call)

        self._engine.later(RETIRE_AFTER_S, drop)

    def clear(self) -> None:
        """Before libDestroy: every listen Call dropped (PJSUA2-NOTES "Object lifetime")."""
        for sess in self._sessions.values():
            self._disconnect(sess)
        self._sessions.clear()
        self._retired.clear()

    def command(self, cmd: p.Command) -> None:
        args: dict[str, Any] = cmd.args
        listen_id = str(args.get("listen_id", ""))
        match cmd.cmd:
            case p.CommandName.LISTEN:
                call_id = cmd.call_id or str(args.get("call_id", ""))
                self.start(str(args.get("uri", "")), listen_id, call_id, str(args.get("token", "")))
            case p.CommandName.LISTEN_ACCEPT:
                self.accept(listen_id)
            case p.CommandName.LISTEN_REFUSE:
                self.refuse(listen_id, str(args.get("reason", "grant refused")))
            case p.CommandName.LISTEN_MODE:
                self.set_mode(listen_id, str(args.get("mode", "")))
            case p.CommandName.LISTEN_STOP:
                self.stop(listen_id)
