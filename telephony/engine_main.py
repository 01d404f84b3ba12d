"""Entry point of the engine process: `python -m telephony.engine_main ...`.

stdout is the event channel (JSON lines, telephony/protocol.py). Before pjsua2 is
loaded, file descriptor 1 is moved aside and replaced by stderr, so nothing a C library
prints can corrupt the channel. Commands arrive on stdin; stdin closing means the host
died, and the engine then shuts down in order instead of living on as an orphan.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from telephony.latency import request_short_slice, undo_inherited_batch


class EventWriter:
    """Writes protocol events to the private copy of the original stdout.

    Buffered (issue 15): on the loop thread an event is only encoded and queued, and the
    loop writes the whole step's events with one `flush()` after each step, instead of a
    write+flush per event on the answer path. Order is kept (one queue, one writer).
    Events from any other thread are written at once, since the loop may be blocked.

    kill -9 (KUTY-1.1): what is lost is what one loop step emitted and not yet flushed,
    at most the events of the packet being handled when the engine died. Each step ends
    with a flush before the loop blocks again, so no event ever waits for the next packet.
    Nothing the recordings depend on is lost with them: the call's sidecar is on disk
    before its 200 OK is sent, and the host's reconcile repairs the recording and its
    call from it, as after any engine crash.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()
        self._pending: list[str] = []
        self._owner = threading.get_ident()  # the loop thread, which flushes

    def __call__(self, event: Any) -> None:
        from telephony.protocol import encode_event

        line = encode_event(event) + "\n"
        with self._lock:
            self._pending.append(line)
        if threading.get_ident() != self._owner:
            self.flush()

    def flush(self) -> None:
        """Write every queued event, in order, with one write and one flush."""
        with self._lock:
            if not self._pending:
                return
            text, self._pending = "".join(self._pending), []
            try:
                self._stream.write(text)
                self._stream.flush()
            except (BrokenPipeError, ValueError):
                pass  # host gone; stdin EOF will stop us


def _claim_stdout() -> IO[str]:
    channel_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(channel_fd, "w", encoding="utf-8", buffering=1 << 16)


def _read_commands(commands: queue.Queue[str | None], wake: Callable[[], None]) -> None:
    """The stdin reader thread: queue each command and wake the blocked loop."""
    for line in sys.stdin:
        if line.strip():
            commands.put(line)
            wake()
    commands.put(None)  # EOF: the host is gone
    wake()


def _seconds(text: str) -> int:
    """A whole number of seconds 0..86400, for argparse (its error is one line)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"must be 0..86400 seconds, got {value}")
    return value


def _max_calls(text: str) -> int:
    """Call slots 1..1024, for argparse (pjsua lowers it to its build's PJSUA_MAX_CALLS)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of calls: {text!r}") from None
    if not 1 <= value <= 1024:
        raise argparse.ArgumentTypeError(f"must be 1..1024 calls, got {value}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from telephony.capacity import DEFAULT_MAX_CALLS  # no pjsua2 import: fd 1 is not ours yet

    ap = argparse.ArgumentParser(prog="kuty-engine", description="Kuty SIP engine process")
    ap.add_argument("--listen", default="127.0.0.1:5060")
    ap.add_argument("--recordings", required=True)
    ap.add_argument("--seat", default="seat")
    ap.add_argument("--region", default="UA")
    ap.add_argument("--audio-device", default=None)
    ap.add_argument("--headset-max-lag-ms", type=int, default=120)
    ap.add_argument(
        "--audio-backend",
        choices=("portaudio", "pjmedia"),
        default=os.environ.get("KUTY_AUDIO_BACKEND", "portaudio"),
        help="who moves headset audio: PortAudio (default) or pjmedia's ALSA (ADR 0011)",
    )
    ap.add_argument("--media-port", type=int, default=0)
    ap.add_argument("--stun-check-s", type=float, default=30.0)
    ap.add_argument("--gateway", default="", help="HOST:PORT of an unregistered SIP trunk")
    ap.add_argument("--reserve-mb", type=int, default=1000)
    ap.add_argument("--auto-answer", action="store_true")
    # issue 11: agent state, call waiting, ring alert, no recording no conversation
    ap.add_argument("--agent-state", choices=("ready", "not_ready"), default="ready")
    ap.add_argument("--not-ready-reason", default="")
    ap.add_argument("--acw-s", type=_seconds, default=0, help="after-call work limit, 0: none")
    ap.add_argument("--not-ready-code", type=int, choices=(486, 480), default=486)
    ap.add_argument("--second-call", choices=("call_waiting", "busy"), default="call_waiting")
    ap.add_argument("--ringer-device", default=None, help="second output for the ringtone")
    ap.add_argument("--no-ring-tone", action="store_true")
    ap.add_argument("--record-all", action="store_true", help="refuse calls not recordable")
    # issue 15: capacity
    ap.add_argument(
        "--max-calls",
        type=_max_calls,
        default=DEFAULT_MAX_CALLS,
        help="call slots (pjsua caps at its build's)",
    )
    ap.add_argument(
        "--auto-answer-all", action="store_true", help="auto-answer calls while others are up"
    )
    # issue 12: the seat's regulation has no voice channel (KZP-30-8); RULES for the row
    ap.add_argument(
        "--no-voice", nargs="?", const="", default=None, metavar="RULES",
        help="refuse every call with 403 before ringing (a policy row citing RULES)",
    )  # fmt: skip
    ap.add_argument("--chat", action="store_true", help="take SIP MESSAGE as chat (issue 12)")
    ap.add_argument("--chat-max-bytes", type=int, default=64 * 1024, help="413 above this body")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # Before any thread (they inherit both): the loop must run the moment a packet wakes
    # it, not after whatever holds the core (telephony/latency.py, issue 15)
    undo_inherited_batch()
    request_short_slice()
    args = parse_args(argv)
    channel = _claim_stdout()
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="engine %(levelname)s %(name)s: %(message)s"
    )
    # The bridge's Python port waits for the GIL every 20 ms (PJSUA2-NOTES "Threads").
    sys.setswitchinterval(0.001)

    emit = EventWriter(channel)
    try:
        return _run(args, emit)
    finally:
        emit.flush()  # the last events (EngineStopped) are never left in the buffer


def _run(args: argparse.Namespace, emit: EventWriter) -> int:
    from desk.settings import SettingsError, parse_listen
    from telephony import protocol as p
    from telephony.engine import CommandError, Engine, EngineConfig, error_text

    try:
        host, port = parse_listen(args.listen)
    except SettingsError as exc:
        emit(p.EngineStopped(reason=str(exc)))
        return 2
    config = EngineConfig(
        host=host,
        port=port,
        recordings_root=Path(args.recordings),
        seat=args.seat,
        region=args.region,
        audio_device=args.audio_device,
        headset_max_lag_ms=args.headset_max_lag_ms,
        audio_backend=args.audio_backend,
        media_port=args.media_port,
        auto_answer=args.auto_answer,
        stun_check_s=args.stun_check_s,
        reserve_mb=args.reserve_mb,
        gateway=args.gateway,
        record_all=args.record_all,
        agent_state=args.agent_state,
        not_ready_reason=args.not_ready_reason,
        acw_s=args.acw_s,
        not_ready_code=args.not_ready_code,
        second_call=args.second_call,
        ring_tone=not args.no_ring_tone,
        ringer_device=args.ringer_device,
        max_calls=args.max_calls,
        auto_answer_all=args.auto_answer_all,
        voice=args.no_voice is None,
        voice_rules=args.no_voice or "",
        chat=args.chat,
        chat_max_bytes=max(1, args.chat_max_bytes),
    )
    engine = Engine(config, emit)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        engine.start()
    except Exception as exc:
        reason = error_text(exc)
        logging.getLogger("engine").error("start failed: %s", reason)
        emit(p.EngineStopped(reason=f"engine could not start: {reason}"))
        return 3
    commands: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read_commands, args=(commands, engine.wake), daemon=True).start()
    if engine.waker is not None:  # SIGTERM/SIGINT end the blocking poll too
        signal.set_wakeup_fd(engine.waker.fileno(), warn_on_full_buffer=False)
    reason = "shutdown"
    while not stop.is_set():
        emit.flush()  # this step's events, before the loop blocks again
        engine.poll()
        while not commands.empty():  # checked first: this runs for every RTP packet too
            try:
                line = commands.get_nowait()
            except queue.Empty:
                break
            if line is None:
                reason = "host closed the channel"
                stop.set()
                break
            try:
                cmd = p.decode_command(line)
            except p.ProtocolError:
                # Never echo the line: an add_account command carries a password.
                emit(p.CommandFailed(command="?", message="unreadable command line"))
                continue
            if cmd.cmd is p.CommandName.SHUTDOWN:
                stop.set()
                break
            try:
                _dispatch(engine, cmd)
            except CommandError as exc:
                emit(p.CommandFailed(command=cmd.cmd.value, message=str(exc), call_id=cmd.call_id))
            except Exception as exc:  # a pjsua2 error on one call must not stop the seat
                emit(
                    p.CommandFailed(
                        command=cmd.cmd.value, message=error_text(exc), call_id=cmd.call_id
                    )
                )
    if engine.waker is not None:
        signal.set_wakeup_fd(-1)  # before shutdown closes its socket: the fd may be reused
    engine.shutdown(reason)
    return 0


def _dispatch(engine: Any, cmd: Any) -> None:
    from telephony.engine import CommandError
    from telephony.protocol import CommandName as C

    match cmd.cmd:
        case C.ANSWER:
            engine.control.answer(cmd.call_id, hold_others=_flag(cmd.args.get("hold_others", True)))
        case C.SET_AGENT_STATE:
            engine.agent.command(cmd.args.get("state", ""), cmd.args.get("reason", ""))
        case C.REJECT:
            engine.control.reject(cmd.call_id, int(cmd.args.get("code", 486)))
        case C.HANGUP:
            engine.control.hangup(
                cmd.call_id,
                closing_phrase=str(cmd.args.get("closing_phrase") or ""),
                max_s=float(cmd.args.get("max_s", 5.0)),
            )
        case C.ADD_ACCOUNT:
            from telephony.accounts import AccountError, AccountSpec

            try:
                engine.add_account(AccountSpec.from_args(dict(cmd.args)))
            except AccountError as exc:
                raise CommandError(f"account: {exc}") from exc
        case C.REMOVE_ACCOUNT:
            engine.remove_account(str(cmd.args.get("account_id", "")))
        case C.HOLD:
            engine.control.hold(cmd.call_id, True)
        case C.RESUME:
            engine.control.hold(cmd.call_id, False)
        case C.MUTE:
            engine.control.mute(bool(cmd.args.get("on", True)))
        case C.DTMF:
            engine.control.dtmf(cmd.call_id, str(cmd.args.get("digits", "")))
        case C.DIAL:
            engine.control.dial(str(cmd.args.get("uri", "")))
        case C.TRANSFER | C.CONSULT | C.COMPLETE_TRANSFER:
            engine.transfers.command(cmd)
        case C.LISTEN | C.LISTEN_ACCEPT | C.LISTEN_REFUSE | C.LISTEN_MODE | C.LISTEN_STOP:
            engine.listening.command(cmd)  # issue 13
        case C.PING:
            pass


def _flag(value: Any) -> bool:
    """A JSON boolean, or the words a person typing commands would use."""
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "off", "")
    return bool(value)


if __name__ == "__main__":
    sys.exit(main())
