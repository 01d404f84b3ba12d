"""`kuty`: the command line for unattended seats, scripting and recovery.

Every subcommand takes `--data-dir DIR` (default: the user data dir), has `--help`, and
on failure exits non-zero with one line on stderr saying why (no tracebacks for
expected problems such as a dead database or a bad address).
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from desk.actors import print_json
from desk.errors import CliError, UserFacingError, one_line
from desk.policy import available_policies
from desk.settings import Settings, load_settings
from telephony.spawn import RUN_COMMAND, run_module


def _settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    return load_settings(data_dir=args.data_dir, **overrides)


def _open_calllog(settings: Settings) -> Any:
    from db.session import open_database
    from incidents.config import load_config
    from seat.calllog import CallLog

    # Who gets supervisor notices of a recording alert: this seat's incidents.toml.
    return CallLog(
        open_database(settings.database),
        settings.seat_name,
        incidents_config=lambda: load_config(settings.data_dir),
    )


# ------------------------------------------------------------------------ commands


def cmd_serve(args: argparse.Namespace) -> int:
    from seat.host import EngineHost

    settings = _settings(
        args,
        listen=args.listen,
        auto_answer=args.auto_answer or None,
        audio_device=args.audio_device,
        headset_max_lag_ms=args.headset_max_lag_ms,
        seat=args.seat,
        max_calls=args.max_calls,
        policy=args.policy,
    )
    calllog = _open_calllog(settings)
    out_lock = threading.Lock()

    def printer(event: dict[str, Any]) -> None:
        with out_lock:
            sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
            sys.stdout.flush()

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    from db.session import open_database
    from incidents.retention import RetentionJob

    def report_retention(report: Any) -> None:
        if report.deleted:
            printer(
                {
                    "event": "retention",
                    "deleted": len(report.deleted),
                    "kept": len(report.kept_held),
                }
            )

    database = open_database(settings.database)  # the supervisor anchors the audit head
    retention = RetentionJob(database, settings.retention_days, on_report=report_retention)
    host = EngineHost(
        settings,
        calllog,
        printer,
        agent_state=args.agent_state,
        not_ready_reason=args.not_ready_reason,
    )
    mail = _mail_job(args, settings, database, printer)  # before the engine: fail fast
    sweep = _case_sweep_job(args, settings, database, printer)
    host.start()
    retention.start()
    if sweep is not None:
        sweep.start()
    if mail is not None:
        mail.start()
    if not host.wait_ready(30) or host.start_failure:
        if mail is not None:
            mail.stop()
        if sweep is not None:
            sweep.stop()
        host.stop()
        raise CliError(host.start_failure or "engine did not become ready in 30 s")
    if not sys.stdin.isatty():
        threading.Thread(target=_forward_commands, args=(host, printer), daemon=True).start()
    while not stop.wait(0.5):
        pass
    if mail is not None:
        mail.stop()
    if sweep is not None:
        sweep.stop()
    retention.stop()
    host.stop()
    return 0


def _case_sweep_job(
    args: argparse.Namespace,
    settings: Settings,
    database: Any,
    printer: Callable[[dict[str, Any]], None],
) -> Any:
    """EEP-15's closing sweep every minute (seat/case_sweep_job.py), or None for a policy
    without the rule; the writer is told when incidents.toml has `[smtp]` and the seat
    stores mail as `--mail-as USER`."""
    from desk.actors import actor_for
    from desk.policy import seat_policy
    from incidents.config import load_config
    from incidents.mailstore import mail_limits
    from seat.case_sweep_job import CaseSweepJob

    policy = seat_policy(settings)
    job = CaseSweepJob(
        database, policy, smtp=load_config(settings.data_dir).smtp,
        limits=mail_limits(settings), on_report=lambda report: printer(report.event()),
        mail_actor=actor_for(database, args.mail_as) if args.mail_as else None,
    )  # fmt: skip
    return job if job.needed else None


def _mail_job(
    args: argparse.Namespace,
    settings: Settings,
    database: Any,
    printer: Callable[[dict[str, Any]], None],
) -> Any:
    """The desk mailbox synced in the background as `--mail-as USER` (issue 12), or None.

    Checked before the engine starts, so a missing mailbox, user or password is one line
    at once, not a seat that answers calls while its e-mail silently never arrives.
    """
    if not args.mail_as:
        return None
    from desk.actors import actor_for
    from desk.policy import seat_policy
    from incidents.config import load_config
    from incidents.imap_sync import ImapError
    from seat.accounts_cli import _keyring
    from seat.mail_job import MailSyncJob

    if not settings.imap_host:
        raise CliError("--mail-as needs the desk mailbox: set imap_host and imap_user first")
    actor = actor_for(database, args.mail_as)
    _keyring()

    def report(sync: Any) -> None:
        printer({"event": "mail_synced", "summary": sync.summary(),
                 "problems": list(sync.problems)})  # fmt: skip

    def problem(text: str, retry_s: float) -> None:
        printer({"event": "mail_problem", "message": text, "retry_s": retry_s})

    job = MailSyncJob(
        settings, database, actor, seat_policy(settings), load_config(settings.data_dir),
        on_report=report, on_problem=problem,
    )  # fmt: skip
    try:
        job.check()
    except ImapError as exc:
        raise CliError(str(exc)) from exc
    return job


def _forward_commands(host: Any, printer: Callable[[dict[str, Any]], None]) -> None:
    """Scripting: JSON command lines on serve's stdin go to the engine (protocol.Command)."""
    from telephony.protocol import ProtocolError, decode_command

    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            host.submit(decode_command(line))
        except ProtocolError as exc:
            printer({"event": "command_failed", "command": "?", "message": str(exc)})


def cmd_calls_list(args: argparse.Namespace) -> int:
    calllog = _open_calllog(_settings(args))
    day = date.fromisoformat(args.day) if args.day else None
    calls = calllog.list_calls(day=day, limit=args.limit)
    if args.json:
        print_json([c.to_json_dict() for c in calls])
    else:
        for c in calls:
            d = c.to_json_dict()
            print(_call_line(d))
    return 0


def _call_line(d: dict[str, Any]) -> str:
    """One call as a text line; the wrap-up, incidents and transfer when there are any."""
    extra = [
        str(v)
        for v in (
            d.get("category"),
            d.get("registration_number"),
            ",".join(d.get("incident_kinds") or ()),
            f"-> {d['transfer_target']}" if d.get("transfer_target") else None,
        )
        if v
    ]
    return (
        f"{d.get('ring_at', '')[:19]}  {d.get('direction', ''):8}  "
        f"{d.get('number') or '-':16}  {d.get('end_reason') or 'active'}"
        + (f"  {'  '.join(extra)}" if extra else "")
    )


def cmd_calls_missed(args: argparse.Namespace) -> int:
    """The call-back list (issue 11): missed and refused calls nobody has talked to since."""
    if args.hours < 1:
        raise CliError("--hours must be at least 1")
    calllog = _open_calllog(_settings(args))
    since = datetime.now(UTC) - timedelta(hours=args.hours)
    calls = calllog.missed_calls(since=since, seat=args.seat)
    if args.json:
        print_json([c.to_json_dict() for c in calls])
    else:
        for c in calls:
            print(_call_line(c.to_json_dict()))
    return 0


def cmd_recordings_list(args: argparse.Namespace) -> int:
    calllog = _open_calllog(_settings(args))
    recs = calllog.list_recordings(limit=args.limit)
    if args.json:
        print_json([r.to_json_dict() for r in recs])
    else:
        for r in recs:
            d = r.to_json_dict()
            print(
                f"{d.get('status', ''):9} {d.get('duration_s') or 0:7.1f}s  "
                f"{d.get('mixed_path') or d.get('caller_path')}"
            )
    return 0


def cmd_recordings_reconcile(args: argparse.Namespace) -> int:
    from seat.reconcile import reconcile_root

    settings = _settings(args)
    calllog = _open_calllog(settings)
    report = reconcile_root(
        calllog, settings.recordings_root, settings.seat_name, days=None if args.all else 3
    )
    print_json(
        {
            "repaired": [d.get("directory") for d in report.repaired],
            "upserted": report.upserted,
            "closed_calls": report.closed_calls,
            "errors": report.errors,
        }
    )
    return 1 if report.errors else 0


# ------------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data directory (database, recordings); default: user data dir",
    )
    ap = argparse.ArgumentParser(
        prog="kuty", description="Kuty help-desk console tools", parents=[common]
    )
    # Listed for --help only; main() answers --version before parsing (see version_text).
    ap.add_argument(
        "--version", action="store_true", help="app, PJSIP and OpenSSL versions, then exit"
    )
    sub = ap.add_subparsers(dest="command", required=True)

    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="run the SIP engine and storage without the GUI (JSON events)",
    )
    serve.add_argument("--listen", default=None, help="SIP/RTP bind address HOST:PORT")
    serve.add_argument("--auto-answer", action="store_true", help="answer every call")
    serve.add_argument("--audio-device", default=None, help="headset device; 'none' for none")
    serve.add_argument("--headset-max-lag-ms", type=int, default=None)
    serve.add_argument("--seat", default=None, help="name of this seat (default: hostname)")
    serve.add_argument(
        "--agent-state",
        choices=("ready", "not_ready"),
        default="ready",
        help="start Ready (calls ring) or Not ready (calls get 486); "
        'change it with {"cmd": "set_agent_state", "state": "ready"} on stdin',
    )
    serve.add_argument("--not-ready-reason", default="", help="reason code when not_ready")
    serve.add_argument(
        "--max-calls",
        type=int,
        default=None,
        help="calls at once (default 32; the pjsua2 build caps it, engine_ready says how)",
    )
    serve.add_argument(
        "--mail-as",
        default=None,
        metavar="USER",
        help="also sync the desk mailbox (settings imap_*) in the background, stored as USER",
    )
    serve.add_argument(
        "--policy",
        default=None,
        choices=available_policies(),
        help="the seat's regulation for calls and written contacts (default: the settings' "
        "policy); e.g. kzp refuses voice calls (KZP-30-8)",
    )
    serve.set_defaults(func=cmd_serve)

    calls = sub.add_parser("calls", help="call history").add_subparsers(dest="sub", required=True)
    cl = calls.add_parser("list", parents=[common], help="list calls")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--day", default=None, help="only this UTC day, YYYY-MM-DD")
    cl.add_argument("--limit", type=int, default=1000)
    cl.set_defaults(func=cmd_calls_list)
    cm = calls.add_parser(
        "missed", parents=[common], help="missed calls not yet called back (call-back list)"
    )
    cm.add_argument("--json", action="store_true")
    cm.add_argument("--hours", type=int, default=24, help="look back this many hours")
    cm.add_argument("--seat", default=None, help="only calls that rang at this seat")
    cm.set_defaults(func=cmd_calls_missed)

    recs = sub.add_parser("recordings", help="stored recordings").add_subparsers(
        dest="sub", required=True
    )
    rl = recs.add_parser("list", parents=[common], help="list recordings")
    rl.add_argument("--json", action="store_true")
    rl.add_argument("--limit", type=int, default=1000)
    rl.set_defaults(func=cmd_recordings_list)
    rr = recs.add_parser(
        "reconcile", parents=[common], help="repair interrupted recordings and restore missing rows"
    )
    rr.add_argument("--all", action="store_true", help="scan every date folder, not 3 days")
    rr.set_defaults(func=cmd_recordings_reconcile)
    from recordings.cli import add_recording_commands

    add_recording_commands(recs, common)

    from incidents.cli import add_commands as add_incident_commands

    add_incident_commands(sub, common)
    from recordings.cli import add_commands as add_records_commands
    from seat.audit_cli import add_commands as add_admin_commands

    add_records_commands(sub, common)
    add_admin_commands(sub, common)
    from recordings.transcripts.cli import add_commands as add_transcript_commands

    add_transcript_commands(sub, common)
    from verification.cli import add_commands as add_profile_commands

    add_profile_commands(sub, common)
    from seat.accounts_cli import add_commands as add_account_commands

    add_account_commands(sub, common)
    from seat.mail_cli import add_commands as add_mail_commands

    add_mail_commands(sub, common)

    # Listed for --help only; main() hands `simcall` to telephony.simcall before parsing.
    sub.add_parser("simcall", help="simulated caller (pjsua2) speaking Ukrainian")
    return ap


def _expected_errors() -> tuple[type[BaseException], ...]:
    """What `kuty` prints as one line instead of a traceback.

    `UserFacingError` is the rule: every layer's expected failures derive from it
    (db's DatabaseUnavailable, settings, permissions, imports, evidence, transcription,
    export, users). OSError and ValueError stay: a full disk or a bad date argument is the
    user's to fix. A cancelled transcription (Ctrl+C) is not an error but ends the same way.
    """
    from recordings.transcripts.engines import TranscriptionCancelled

    return (UserFacingError, TranscriptionCancelled, OSError, ValueError)


def error_line(command: str, error: BaseException) -> str:
    """`kuty <command>: <why>` as one line, whatever the message holds (a driver's
    multi-line text, a model's install instructions, a quoted key)."""
    why = one_line(str(error))
    if len(why) >= 2 and why[0] == why[-1] and why[0] in "'\"":
        why = why[1:-1]  # a KeyError's repr, not a message that ends in a quoted name
    why = why or type(error).__name__
    return f"kuty {command}: {why}"


def version_text() -> str:
    """What `kuty --version` prints: this app, the engine's PJSIP and the OpenSSL it links.

    The PJSIP and OpenSSL lines come from the binding itself, probed in a child process
    (telephony.versions): the library actually loaded is what decides TLS 1.3 and which
    ciphers a seat offers, and this process stays free of pjsua2 (fast, no device probing).
    """
    from importlib.metadata import PackageNotFoundError, version

    from telephony.versions import engine_versions

    try:
        app = version("kuty-console")
    except PackageNotFoundError:
        app = "unknown (not installed)"
    found = engine_versions()
    lines = [f"kuty-console {app}"]
    if found.pjsip:
        lines.append(f"PJSIP {found.pjsip} (pjsua2: {found.pjsua2_path})")
    if found.openssl:
        lines.append(f"{found.openssl} ({found.openssl_path})")
    if found.error:
        lines.append(f"engine: {found.error}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format="kuty %(levelname)s %(name)s: %(message)s"
    )
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [RUN_COMMAND]:  # hidden: the bundle's `python -m` (telephony/spawn.py)
        return run_module(argv[1:])
    if argv[:1] == ["--version"]:  # before build_parser(): it imports every layer
        print(version_text())
        return 0
    if argv[:1] == ["simcall"]:  # its own parser (it is also `python -m telephony.simcall`)
        from telephony.simcall import main as simcall_main

        return simcall_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not isinstance(exc, _expected_errors()):
            raise  # a bug: the traceback is what a developer needs
        print(error_line(args.command, exc), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
