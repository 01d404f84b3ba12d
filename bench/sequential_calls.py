"""Sequential-call benchmark: setup time, memory growth and lost recordings over N calls.

    python bench/sequential_calls.py [--calls 200] [--peer kuty|baresip] [--warmup 10]

Starts the callee (`kuty serve --auto-answer`, or baresip auto-answering as a reference),
drives N one-at-a-time calls with sipp (PAI caller, ~2 s of Ukrainian speech each), and
prints exactly one line:

    [peer=baresip ]calls=N lost_recordings=N setup_ms_p50=X setup_ms_p95=X rss_growth_mb=X

Setup time is INVITE -> 200 OK as sipp measures it (`-trace_rtt`, millisecond
resolution). RSS is VmRSS of the callee (kuty: serve plus its engine child) after the
warm-up calls and again after the measured calls. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stats import percentile
from tests.support import baresip
from tests.support.audio import duration, make_speech, require_tools, to_ulaw
from tests.support.serve import ServeProcess, rss_kb
from tests.support.sipp import SippResult, run_sipp

SPEECH = "Добрий день, я щодо черги"
PER_CALL_OVERHEAD_S = 3.0


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def drive(target: str, calls: int, ulaw: Path, pause_ms: int, workdir: Path) -> SippResult:
    result = run_sipp(
        "uac_pai_speech",
        target,
        substitutions={"RTP_FILE": str(ulaw), "PAUSE_MS": str(pause_ms)},
        calls=calls,
        timeout=calls * (pause_ms / 1000 + PER_CALL_OVERHEAD_S) + 30,
        workdir=workdir,
        service="bench",
    )
    ok = result.stats.get("SuccessfulCall(C)", "?")
    failed = result.stats.get("FailedCall(C)", "?")
    log(f"sipp: {calls} calls, rc={result.returncode} successful={ok} failed={failed}")
    if result.returncode != 0:
        log(result.describe())
    return result


def bench_kuty(args: argparse.Namespace, ulaw: Path, pause_ms: int, root: Path) -> str:
    with ServeProcess(root / "data", auto_answer=True) as serve:
        drive(serve.listen, args.warmup, ulaw, pause_ms, root / "warmup")
        _wait_recordings(serve, args.warmup)
        before = serve.rss_kb()
        since = serve.mark()
        result = drive(serve.listen, args.calls, ulaw, pause_ms, root / "measured")
        answered = len(serve.find("call_answered", since=since))
        _wait_recordings(serve, args.warmup + answered)
        after = serve.rss_kb()
        measured_ids = {e["call_id"] for e in serve.find("call_answered", since=since)}
        complete = {
            row["call_id"]
            for row in serve.recordings_json()
            if row["status"] == "complete" and row["call_id"] in measured_ids
        }
        lost = len(measured_ids - complete) + max(0, args.calls - answered)
    return _line("", args.calls, lost, result.rtt_ms, after - before)


def _wait_recordings(serve: ServeProcess, count: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while len(serve.find("recording_finished")) < count and time.monotonic() < deadline:
        time.sleep(0.2)


def bench_baresip(args: argparse.Namespace, ulaw: Path, pause_ms: int, root: Path) -> str:
    config = baresip.make_config(root / "baresip", user="bench", auto_answer=True)
    proc = baresip.start(config)
    try:
        time.sleep(1.0)
        drive(config.listen, args.warmup, ulaw, pause_ms, root / "warmup")
        before = rss_kb(proc.pid)
        result = drive(config.listen, args.calls, ulaw, pause_ms, root / "measured")
        after = rss_kb(proc.pid)
        failed = int(result.stats.get("FailedCall(C)", "0") or 0)
        log(f"baresip failed calls: {failed}")
    finally:
        baresip.stop(proc)
    return _line("peer=baresip ", args.calls, 0, result.rtt_ms, after - before)


def _line(prefix: str, calls: int, lost: int, rtt_ms: list[float], growth_kb: int) -> str:
    if len(rtt_ms) != calls:
        log(f"warning: {len(rtt_ms)} setup times for {calls} calls")
    p50 = percentile(rtt_ms, 50)
    p95 = percentile(rtt_ms, 95)
    return (
        f"{prefix}calls={calls} lost_recordings={lost} setup_ms_p50={p50:.1f} "
        f"setup_ms_p95={p95:.1f} rss_growth_mb={growth_kb / 1024:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--calls", type=int, default=200)
    ap.add_argument("--peer", choices=("kuty", "baresip"), default="kuty")
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--speech-seconds", type=float, default=2.0, help="talk time per call")
    args = ap.parse_args(argv)
    require_tools("sipp", "sox", "espeak-ng", *(["baresip"] if args.peer == "baresip" else []))
    with tempfile.TemporaryDirectory(prefix="kuty-bench-") as tmp:
        root = Path(tmp)
        speech = make_speech(SPEECH, root / "speech.wav")
        ulaw = to_ulaw(speech, root / "speech_ulaw.wav")
        pause_ms = int(max(args.speech_seconds, duration(speech)) * 1000)
        log(f"peer={args.peer} calls={args.calls} warmup={args.warmup} talk={pause_ms} ms")
        bench = bench_kuty if args.peer == "kuty" else bench_baresip
        print(bench(args, ulaw, pause_ms, root), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
