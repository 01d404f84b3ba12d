"""A simulated caller: a second pjsua2 process that dials the console and speaks.

Used by `make demo`, the tests and `kuty simcall`. Speech is real Ukrainian audio made
with espeak-ng (or a given WAV). It prints one JSON object per line on stdout about what
happened (`connected`, `disconnected` with who hung up), so tests can check e.g. that
the caller received a BYE. Exit status: 0 call connected and ended, 1 never connected,
2 bad arguments or tools missing.

Every value that ends up in SIP text (--to, --from, --pai, --bind, --dtmf) is checked
before pjsua2 is loaded (`check_args`): pjsua2 answers a malformed URI with a `pj.Error`
traceback, and a CR/LF in --from would be copied into the From header, i.e. inject
headers. A refused value is one line on stderr, ``kuty simcall: --from: ...``, status 2.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from desk.errors import UserFacingError

DEFAULT_TEXT = "Добрий день. Я телефоную щодо черги в дитячий садок."


class SimCallError(UserFacingError):
    """Bad arguments or a missing tool: one line on stderr, exit status 2."""


MAX_SIP_VALUE = 256
"""Longest --to/--from/--pai accepted: real URIs are far shorter; pjsip has fixed buffers."""

_ESC = r"%[0-9A-Fa-f]{2}"
# RFC 3261 25.1 without the user-unreserved ";?/" (they would blur where the user ends).
_USER = rf"(?:[A-Za-z0-9\-_.!~*'()&=+$,]|{_ESC})+"
_PASSWORD = rf"(?:[A-Za-z0-9\-_.!~*'()&=+$,]|{_ESC})*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST = rf"(?P<host>\[[0-9A-Fa-f:.]+\]|{_LABEL}(?:\.{_LABEL})*\.?)"
_PCHAR = rf"(?:[A-Za-z0-9\-_.!~*'()\[\]/:&+$]|{_ESC})+"
_SIP_URI = re.compile(
    rf"(?i:sips?):(?:{_USER}(?::{_PASSWORD})?@)?{_HOST}(?::(?P<port>[0-9]{{1,5}}))?"
    rf"(?:;{_PCHAR}(?:={_PCHAR})?)*"
)
_PLAIN_USER = re.compile(_USER)
_HOSTNAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
_TEL_URI = re.compile(r"(?i:tel):\+?[0-9][0-9\-.()]*")
_DTMF = re.compile(r"[0-9A-Da-d*#]*")


def _refuse(option: str, reason: str) -> SimCallError:
    return SimCallError(f"{option}: {reason}", code="simcall.bad_argument", option=option)


def _printable(option: str, value: str) -> None:
    """Control and format characters never reach SIP text: CR/LF would start a new header."""
    bad = next((c for c in value if unicodedata.category(c)[0] == "C"), None)
    if bad is not None:
        raise _refuse(option, f"contains a control character (U+{ord(bad):04X})")
    if len(value) > MAX_SIP_VALUE:
        raise _refuse(option, f"is {len(value)} characters long; the limit is {MAX_SIP_VALUE}")


def _sip_uri(option: str, value: str, *, tel: bool = False) -> str:
    _printable(option, value)
    if not value:
        raise _refuse(option, "is empty")
    if tel and _TEL_URI.fullmatch(value):
        return value
    match = _SIP_URI.fullmatch(value)
    kinds = "a sip:, sips: or tel: URI" if tel else "a sip: or sips: URI"
    if match is None:
        raise _refuse(option, f"{value!r} is not {kinds} (e.g. sip:operator@127.0.0.1:5060)")
    host = match["host"]
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise _refuse(option, f"{host} is not an IPv6 address") from None
    if match["port"] is not None and not 0 < int(match["port"]) < 65536:
        raise _refuse(option, f"port {match['port']} is not 1-65535")
    return value


def check_args(args: argparse.Namespace) -> None:
    """Refuse what pjsua2 would turn into a traceback or copy into SIP text unchecked.

    Raises:
        SimCallError: names the option and why (one line, never echoing control chars).
    """
    _sip_uri("--to", args.to)
    user = args.from_number
    _printable("--from", user)
    if not user:
        raise _refuse("--from", "is empty (give a number such as +380501234567)")
    if user.lower().startswith(("sip:", "sips:")):
        _sip_uri("--from", user)
    elif not _PLAIN_USER.fullmatch(user):
        allowed = "digits, letters, -_.!~*'()&=+$,"
        raise _refuse("--from", f"{user!r} is neither a SIP user part ({allowed}) nor a sip: URI")
    if args.pai is not None:
        _sip_uri("--pai", args.pai, tel=True)
    _printable("--bind", args.bind)
    try:
        ipaddress.ip_address(args.bind)
    except ValueError:
        if not _HOSTNAME.fullmatch(args.bind):
            raise _refuse("--bind", f"{args.bind!r} is not an address or host name") from None
    _printable("--dtmf", args.dtmf)
    if not _DTMF.fullmatch(args.dtmf):
        raise _refuse("--dtmf", f"{args.dtmf!r} has characters other than 0-9 A-D * #")
    if args.say is not None and "\0" in args.say:
        raise _refuse("--say", "contains a NUL character")
    timeouts = {"--duration": args.duration, "--answer-timeout": args.answer_timeout}
    for option, seconds in timeouts.items():
        if seconds is not None and not (math.isfinite(seconds) and seconds >= 0):
            raise _refuse(option, f"{seconds} is not a number of seconds >= 0")


def _bind_host(bind: str) -> str:
    return f"[{bind}]" if ":" in bind else bind


def make_speech(text: str, out_wav: Path, voice: str = "uk", rate: int = 16000) -> Path:
    """espeak-ng -> 16 kHz mono 16-bit WAV (the bridge rate: no resampling in pjmedia)."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SimCallError(f"{tool} is not installed (make demo/test installs it)")
    raw = out_wav.with_suffix(".espeak.wav")
    subprocess.run(
        ["espeak-ng", "-v", voice, "-w", str(raw), text], check=True, capture_output=True
    )
    convert_wav(raw, out_wav, rate)
    raw.unlink(missing_ok=True)
    return out_wav


def convert_wav(src: Path, dst: Path, rate: int = 16000) -> Path:
    subprocess.run(
        ["sox", str(src), "-r", str(rate), "-c", "1", "-b", "16", "-e", "signed-integer", str(dst)],
        check=True,
        capture_output=True,
    )
    return dst


def wav_duration(path: Path) -> float:
    import wave

    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def say(**fields: Any) -> None:
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="kuty simcall", description=__doc__.splitlines()[0])
    ap.add_argument("--to", required=True, help="SIP URI of the console, e.g. sip:127.0.0.1:5060")
    ap.add_argument(
        "--from",
        dest="from_number",
        default="+380501234567",
        help="caller number (From user part); 'anonymous' for a withheld number",
    )
    ap.add_argument("--pai", default=None, help="P-Asserted-Identity URI to send")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--say", default=None, help="Ukrainian text spoken through espeak-ng")
    src.add_argument("--wav", default=None, type=Path, help="WAV file to play instead")
    ap.add_argument(
        "--duration",
        type=float,
        default=None,
        help="seconds to stay connected (default: speech length + 1 s)",
    )
    ap.add_argument(
        "--record-received",
        type=Path,
        default=None,
        help="write what the caller hears (the operator) to this WAV",
    )
    ap.add_argument(
        "--record-early",
        type=Path,
        default=None,
        help="write what the caller hears before any answer (183 early media) to this WAV",
    )
    ap.add_argument("--bind", default="127.0.0.1", help="local address for SIP and RTP")
    ap.add_argument("--answer-timeout", type=float, default=30.0)
    ap.add_argument("--dtmf", default="", help="DTMF digits to send once connected")
    ap.add_argument(
        "--follow-transfer",
        action="store_true",
        help="accept a REFER (blind or with Replaces), call the target and speak again there; "
        "without it a REFER is declined (603)",
    )
    ap.add_argument("--data-dir", default=None, help="accepted for symmetry; unused")
    ap.add_argument(
        "--transport",
        choices=("udp", "tcp", "tls"),
        default="udp",
        help="SIP transport to use (put ;transport=tcp|tls in --to for TCP/TLS)",
    )
    ap.add_argument(
        "--srtp",
        choices=("disabled", "optional", "mandatory"),
        default="disabled",
        help="SRTP (SDES keys in SDP): offer it, or refuse a call without it",
    )
    ap.add_argument("--ca", type=Path, default=None, help="TLS: CA file to verify the server")
    ap.add_argument(
        "--no-verify", action="store_true", help="TLS: accept a server certificate that fails"
    )
    ap.add_argument(
        "--ice", action="store_true", help="offer ICE candidates (needs a non-loopback --bind)"
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_args(args)
    except SimCallError as exc:
        print(f"kuty simcall: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kuty-simcall-") as tmp:
        try:
            if args.wav is not None:
                if not args.wav.is_file():
                    raise SimCallError(f"no such WAV file: {args.wav}")
                audio = convert_wav(args.wav, Path(tmp) / "speech.wav")
            else:
                audio = make_speech(args.say or DEFAULT_TEXT, Path(tmp) / "speech.wav")
        except (SimCallError, subprocess.CalledProcessError) as exc:
            print(f"kuty simcall: {exc}", file=sys.stderr)
            return 2
        duration = args.duration if args.duration is not None else wav_duration(audio) + 1.0
        return _call(args, audio, duration)


def _call(args: argparse.Namespace, audio: Path, duration: float) -> int:
    # Keep pjsua2's console log off our stdout (which carries the JSON lines).
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = out
    import pjsua2 as pj

    state: dict[str, Any] = {
        "connected": False,
        "ended": False,
        "hanging_up": False,
        "code": 0,
        "media": None,
        "player": None,  # reconnected when the call's conference port changes
        "recorder": None,
        "early": None,  # recorder of early media (--record-early)
        "xfer_calls": [],  # calls placed because of a REFER (--follow-transfer)
        "xfer": None,  # the transferred call that connected
        "xfer_player": None,
        "xfer_speaker": None,  # the transferred call xfer_player speaks into
    }

    class SimCall(pj.Call):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
        transferred = False  # placed because of a REFER

        def onCallState(self, prm: Any) -> None:
            info = self.getInfo()
            if self.transferred:
                self._transferred_state(info)
                return
            if info.state == pj.PJSIP_INV_STATE_CONFIRMED and not state["connected"]:
                state["connected"] = True
                state["connected_at"] = time.monotonic()
                say(event="connected", at=time.time())
            if info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
                state["ended"] = True
                state["code"] = int(info.lastStatusCode)
                by = "local" if state["hanging_up"] else "remote"
                say(
                    event="disconnected",
                    by=by,
                    code=state["code"],
                    reason=str(info.lastReason),
                    at=time.time(),
                )

        def _transferred_state(self, info: Any) -> None:
            if info.state == pj.PJSIP_INV_STATE_CONFIRMED and state["xfer"] is None:
                state["xfer"] = self
                state["xfer_connected_at"] = time.monotonic()
                say(event="connected", transferred=True, at=time.time())
            if info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
                if state["xfer"] is self:
                    state["xfer_ended"] = True
                by = "local" if state.get("xfer_hanging_up") else "remote"
                say(
                    event="disconnected",
                    transferred=True,
                    by=by,
                    code=int(info.lastStatusCode),
                    reason=str(info.lastReason),
                    at=time.time(),
                )

        def onCallTransferRequest(self, prm: Any) -> None:
            say(event="transfer_request", target=str(prm.dstUri)[:500])
            if not args.follow_transfer:
                prm.statusCode = 603
                return
            new_call = SimCall(acc)
            new_call.transferred = True
            state["xfer_calls"].append(new_call)  # pjsua2 adopts it; we keep it alive
            prm.newCall = new_call

        def onDtmfDigit(self, prm: Any) -> None:
            say(event="dtmf", digit=str(prm.digit)[:1], method=int(prm.method))

        def onCallMediaState(self, prm: Any) -> None:
            info = self.getInfo()
            if self.transferred:
                for i, m in enumerate(info.media):
                    if m.type == pj.PJMEDIA_TYPE_AUDIO and m.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                        if state["xfer_player"] is not None and state["xfer_speaker"] is self:
                            # A later media update (re-offer) keeps the sentence going into
                            # the new stream instead of starting it over.
                            state["xfer_player"].startTransmit(self.getAudioMedia(i))
                            break
                        # Speak again to whoever the call was transferred to.
                        xfer_player = pj.AudioMediaPlayer()
                        xfer_player.createPlayer(str(audio), pj.PJMEDIA_FILE_NO_LOOP)
                        xfer_player.startTransmit(self.getAudioMedia(i))
                        state["xfer_player"], state["xfer_speaker"] = xfer_player, self
                        say(event="media", transferred=True)
                        break
                return
            for i, m in enumerate(info.media):
                if m.type == pj.PJMEDIA_TYPE_AUDIO and m.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD:
                    say(event="held", at=time.time())  # the console put us on hold
                    if state["recorder"] is not None:  # what a held caller hears, too
                        self.getAudioMedia(i).startTransmit(state["recorder"])
                if (
                    m.type == pj.PJMEDIA_TYPE_AUDIO
                    and m.status == pj.PJSUA_CALL_MEDIA_ACTIVE
                    and not state["connected"]
                    and args.record_early
                    and state["early"] is None
                ):
                    early = pj.AudioMediaRecorder()
                    early.createRecorder(str(args.record_early))
                    self.getAudioMedia(i).startTransmit(early)
                    state["early"] = early
                    say(event="early_media", at=time.time())
                if m.type == pj.PJMEDIA_TYPE_AUDIO and m.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                    media = self.getAudioMedia(i)
                    old = state["media"]
                    state["media"] = media
                    if old is not None:
                        # A re-offer (ICE nomination, codec change, a resume) may rebuild
                        # the stream, even in the same conference slot: keep speaking into
                        # it and recording from it (idempotent in pjmedia).
                        if state["player"] is not None:
                            state["player"].startTransmit(media)
                        if state["recorder"] is not None:
                            media.startTransmit(state["recorder"])
                    stream = self.getStreamInfo(i)
                    secure = (pj.PJMEDIA_TP_PROTO_RTP_SAVP, pj.PJMEDIA_TP_PROTO_RTP_SAVPF)
                    say(
                        event="media",
                        codec=str(stream.codecName),
                        srtp=int(stream.proto) in secure,
                    )

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.logConfig.level = 2
    cfg.logConfig.consoleLevel = 2
    cfg.medConfig.clockRate = 16000
    cfg.medConfig.sndClockRate = 16000
    cfg.medConfig.ecTailLen = 0
    ep.libInit(cfg)
    tcfg = pj.TransportConfig()
    tcfg.port = 0
    tcfg.boundAddress = args.bind
    kinds = {
        "udp": pj.PJSIP_TRANSPORT_UDP,
        "tcp": pj.PJSIP_TRANSPORT_TCP,
        "tls": pj.PJSIP_TRANSPORT_TLS,
    }
    if args.transport == "tls":
        from telephony.sip_account import apply_tls_protocols

        apply_tls_protocols(tcfg.tlsConfig)  # TLS 1.3, 1.2 as the floor
        tcfg.tlsConfig.verifyServer = not args.no_verify
        if args.ca is not None:
            tcfg.tlsConfig.CaListFile = str(args.ca)
    transport_id = ep.transportCreate(kinds[args.transport], tcfg)
    ep.libStart()
    ep.audDevManager().setNullDev()
    for codec, prio in {"PCMU/8000": 250, "PCMA/8000": 249, "G722/16000": 248}.items():
        ep.codecSetPriority(codec, prio)
    acfg = pj.AccountConfig()
    user = args.from_number  # checked by check_args: a user part or a sip: URI
    acfg.idUri = user if ":" in user else f"sip:{user}@{_bind_host(args.bind)}"
    if user.lower() == "anonymous":
        acfg.idUri = '"Anonymous" <sip:anonymous@anonymous.invalid>'
    acfg.mediaConfig.transportConfig.boundAddress = args.bind
    acfg.sipConfig.transportId = transport_id
    acfg.mediaConfig.srtpUse = {
        "disabled": pj.PJMEDIA_SRTP_DISABLED,
        "optional": pj.PJMEDIA_SRTP_OPTIONAL,
        "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
    }[args.srtp]
    acfg.mediaConfig.srtpSecureSignaling = 0  # SDES over UDP/TCP too (loopback tests)
    acfg.natConfig.iceEnabled = args.ice
    acc = pj.Account()
    acc.create(acfg, True)
    call = SimCall(acc)
    prm = pj.CallOpParam(True)
    if args.pai:
        hdr = pj.SipHeader()
        hdr.hName = "P-Asserted-Identity"
        hdr.hValue = f"<{args.pai}>"
        prm.txOption.headers.append(hdr)
    player = recorder = None
    rc = 1
    try:
        say(event="calling", at=time.time())
        call.makeCall(args.to, prm)
        deadline = time.monotonic() + args.answer_timeout
        while not state["connected"] and not state["ended"] and time.monotonic() < deadline:
            ep.libHandleEvents(10)
        if state["connected"]:
            while state["media"] is None and not state["ended"]:
                ep.libHandleEvents(10)
            media = state["media"]
            if media is not None:
                player = pj.AudioMediaPlayer()
                player.createPlayer(str(audio), pj.PJMEDIA_FILE_NO_LOOP)
                player.startTransmit(media)
                if args.record_received:
                    recorder = pj.AudioMediaRecorder()
                    recorder.createRecorder(str(args.record_received))
                    media.startTransmit(recorder)
                state["player"], state["recorder"] = player, recorder
                if args.dtmf:
                    call.dialDtmf(args.dtmf)
            end = state["connected_at"] + duration
            while not state["ended"] and time.monotonic() < end:
                ep.libHandleEvents(10)
            if not state["ended"]:
                state["hanging_up"] = True
                call.hangup(pj.CallOpParam(True))
                stop = time.monotonic() + 3
                while not state["ended"] and time.monotonic() < stop:
                    ep.libHandleEvents(10)
            _follow_transfer(ep, state, args.answer_timeout, duration)
            rc = 0
        else:
            if not state["ended"]:
                state["hanging_up"] = True
                call.hangup(pj.CallOpParam(True))
                for _ in range(100):
                    if state["ended"]:
                        break
                    ep.libHandleEvents(10)
            say(event="failed", code=state["code"])
    except pj.Error as exc:
        say(event="failed", error=str(exc.info()))
        rc = 1
    finally:
        player = recorder = None  # drop recorders/players before the library goes
        del player, recorder
        state["media"] = None
        state["player"] = state["recorder"] = state["early"] = state["xfer_player"] = None
        state["xfer"] = None
        state["xfer_calls"].clear()
        del call
        import gc

        gc.collect()
        acc.shutdown()
        ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
    return rc


def _follow_transfer(ep: Any, state: dict[str, Any], answer_s: float, duration: float) -> None:
    """After a REFER moved this caller: talk on the new call for `duration`, then hang up."""
    import pjsua2 as pj

    if not state["xfer_calls"]:
        return
    deadline = time.monotonic() + answer_s
    while state["xfer"] is None and time.monotonic() < deadline:
        if all(not c.isActive() for c in state["xfer_calls"]):
            return  # the transfer target refused or never answered
        ep.libHandleEvents(10)
    xfer = state["xfer"]
    if xfer is None:
        return
    end = state["xfer_connected_at"] + duration
    while not state.get("xfer_ended") and time.monotonic() < end:
        ep.libHandleEvents(10)
    if not state.get("xfer_ended"):
        state["xfer_hanging_up"] = True
        xfer.hangup(pj.CallOpParam(True))
        stop = time.monotonic() + 3
        while not state.get("xfer_ended") and time.monotonic() < stop:
            ep.libHandleEvents(10)


if __name__ == "__main__":
    sys.exit(main())
