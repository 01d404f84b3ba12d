"""kuty against baresip, interleaved in one run: call setup, CPU, idle cost, concurrency.

    python bench/peer_compare.py [--calls 60] [--block 10] [--idle-seconds 60]

Three callees auto-answer on loopback at the same time: `kuty serve --auto-answer` (the
real product: engine process, database, two-track recorder), baresip with a paced
`aufile` source and an `aubridge` player (no sound card, no busy loop: the `alsa,null`
config of tests/support/baresip.py spins a core per call, so its CPU figures mean
nothing), and the same baresip plus its `sndfile` recorder. sipp calls them in blocks of
`--block` one-at-a-time calls, kuty, baresip, baresip+recorder, kuty, ... so a change in
the machine's load hits all three alike. Then kuty alone: its idle CPU over
`--idle-seconds`, and 20 calls at once. Prints one line (progress goes to stderr):

    setup_p50_ratio=X setup_p95_ratio=X ring_p50_ratio=X cpu_per_call_ratio=X
    idle_cpu_s_per_min=X concurrent_ok=N first_audio_lost_ms=X

- setup: INVITE sent -> 200 received, ring: INVITE sent -> 180 received, microseconds from
  sipp's `-trace_msg` timestamps; ratios are kuty over baresip *with* its recorder (what
  kuty does: it records every call, KUTY-1.1).
- cpu per call: utime+stime from /proc over each block (kuty: serve plus its engine, and
  the block waits for kuty's recordings to be finalised and hashed), divided by the calls.
- idle: serve plus engine with no call, CPU seconds per minute.
- concurrent_ok: of 20 simultaneous calls, those answered whose recording is complete.
- first audio lost: the caller track of every kuty recording against the speech sipp
  sent (loudness-envelope cross-correlation, 10 ms steps): how much of its start is
  missing, worst call.

With `--detail` a second line per peer gives the raw figures (ms and s).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stats import percentile
from bench.wire_clock import WireClock
from tests.support import baresip
from tests.support.audio import best_correlation, duration, make_speech, require_tools, to_ulaw
from tests.support.serve import ServeProcess
from tests.support.sipp import run_sipp

SPEECH = "Добрий день, я щодо черги, мій номер заявки сорок два"
CONCURRENT = 20
TICK_S = 1.0 / 100  # /proc/PID/stat counts in USER_HZ, 100 on Linux
_HEADER = re.compile(r"^-{10,} (\d{4}-\d\d-\d\d)\s+(\d\d:\d\d:\d\d\.\d+)", re.M)


def log(message: str) -> None:
    print(f"[peer_compare] {message}", file=sys.stderr, flush=True)


def cpu_s(pids: list[int]) -> float:
    """utime + stime of these processes so far, in seconds."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
    return total * TICK_S


@dataclass
class Timings:
    """Per call (by Call-ID): when the INVITE left, the 180 and the 200 came, in µs."""

    invite: dict[str, float] = field(default_factory=dict)
    ringing: dict[str, float] = field(default_factory=dict)
    ok: dict[str, float] = field(default_factory=dict)

    def setup_ms(self) -> list[float]:
        return [(self.ok[c] - t) / 1000 for c, t in self.invite.items() if c in self.ok]

    def ring_ms(self) -> list[float]:
        return [(self.ringing[c] - t) / 1000 for c, t in self.invite.items() if c in self.ringing]


def parse_trace(workdir: Path, into: Timings) -> None:
    """sipp's `-trace_msg` log: each message after a line of dashes and its timestamp."""
    for log_file in workdir.glob("*_messages.log"):
        text = log_file.read_text("utf-8", "replace")
        marks = list(_HEADER.finditer(text))
        for i, mark in enumerate(marks):
            body = text[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(text)]
            stamp = datetime.fromisoformat(f"{mark.group(1)}T{mark.group(2)}").timestamp() * 1e6
            call = re.search(r"^\s*Call-ID:\s*(\S+)", body, re.M | re.I)
            if call is None:
                continue
            cid = call.group(1)
            if "message sent" in body and re.search(r"^\s*INVITE sip:", body, re.M):
                into.invite.setdefault(cid, stamp)
            elif "message received" in body and re.search(r"CSeq:\s*1 INVITE", body, re.I):
                if re.search(r"^\s*SIP/2\.0 180 ", body, re.M):
                    into.ringing.setdefault(cid, stamp)
                elif re.search(r"^\s*SIP/2\.0 200 ", body, re.M):
                    into.ok.setdefault(cid, stamp)


@dataclass
class Peer:
    name: str
    target: str
    pids: list[int]
    timings: Timings = field(default_factory=Timings)
    cpu: float = 0.0
    cpu_parts: list[float] = field(default_factory=list)  # per pid, same order
    calls: int = 0
    failed: int = 0


def run_block(peer: Peer, n: int, ulaw: Path, pause_ms: int, workdir: Path, wait: object) -> None:
    parts_before = [cpu_s([pid]) for pid in peer.pids]
    result = run_sipp(
        "uac_pai_speech",
        peer.target,
        substitutions={"RTP_FILE": str(ulaw), "PAUSE_MS": str(pause_ms)},
        calls=n,
        timeout=n * (pause_ms / 1000 + 3) + 30,
        workdir=workdir,
        service="bench",
    )
    if callable(wait):
        wait()
    if not all(Path(f"/proc/{pid}").exists() for pid in peer.pids):
        log(f"{peer.name}: a process died during the block (engine restart?): CPU not counted")
        parts_before = [cpu_s([pid]) for pid in peer.pids]
    parts = [cpu_s([pid]) - b for pid, b in zip(peer.pids, parts_before, strict=True)]
    peer.cpu += sum(parts)
    so_far = peer.cpu_parts or [0.0] * len(parts)
    peer.cpu_parts = [a + b for a, b in zip(so_far, parts, strict=True)]
    peer.calls += n
    peer.failed += int(result.stats.get("FailedCall(C)", "0") or 0)
    parse_trace(workdir, peer.timings)
    if result.returncode != 0:
        log(f"{peer.name}: sipp rc={result.returncode}\n{result.describe()}")


def baresip_config(directory: Path, source: Path, record: bool) -> baresip.BaresipConfig:
    """tests/support/baresip.py's config, with a paced bridge player instead of ALSA null."""
    config = baresip.make_config(
        directory, source_wav=source, user="bench", auto_answer=True, record=record
    )
    path = config.directory / "config"
    text = path.read_text(encoding="utf-8")
    text = text.replace("alsa,null", "aubridge,bench").replace("alsa.so", "aubridge.so")
    path.write_text(text, encoding="utf-8")
    return config


def wait_recordings(serve: ServeProcess, count: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while len(serve.find("recording_finished")) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def first_audio_lost_ms(serve: ServeProcess, speech: Path) -> float:
    """Worst start of speech missing from a caller track (0: the track holds it all)."""
    worst = 0.0
    for event in serve.find("recording_finished"):
        caller = event.get("caller_path")
        if event.get("status") != "complete" or not caller:
            continue
        r, lag = best_correlation(caller, speech, 1.0)
        if r < 0.5:
            log(f"weak match r={r:.2f} for {caller}")
            continue
        worst = max(worst, -lag * 1000)
    return max(0.0, worst)


def concurrent_calls(serve: ServeProcess, ulaw: Path, workdir: Path) -> int:
    """20 calls at once (10 new calls a second, each 8 s long): answered and recorded."""
    since = serve.mark()
    done_before = len(serve.find("recording_finished"))
    run_sipp(
        "uac_pai_speech",
        serve.listen,
        ["-l", str(CONCURRENT), "-r", "10"],
        substitutions={"RTP_FILE": str(ulaw), "PAUSE_MS": "8000"},
        calls=CONCURRENT,
        timeout=60,
        workdir=workdir,
        service="bench",
    )
    answered = {e["call_id"] for e in serve.find("call_answered", since=since)}
    wait_recordings(serve, done_before + len(answered))
    complete = {
        e["call_id"]
        for e in serve.find("recording_finished", since=since)
        if e.get("status") == "complete"
    }
    log(f"concurrent: {len(answered)} answered of {CONCURRENT}, {len(answered & complete)} rec")
    return len(answered & complete)


def describe(peer: Peer) -> str:
    setup, ring = peer.timings.setup_ms(), peer.timings.ring_ms()
    return (
        f"peer={peer.name} calls={peer.calls} failed={peer.failed} "
        f"setup_ms_p50={percentile(setup, 50):.2f} setup_ms_p95={percentile(setup, 95):.2f} "
        f"ring_ms_p50={percentile(ring, 50):.2f} cpu_s_per_call={peer.cpu / max(1, peer.calls):.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--calls", type=int, default=60, help="calls per peer")
    ap.add_argument("--block", type=int, default=10)
    ap.add_argument("--idle-seconds", type=float, default=60.0)
    ap.add_argument("--talk-ms", type=int, default=1500)
    ap.add_argument("--detail", action="store_true")
    args = ap.parse_args(argv)
    require_tools("sipp", "sox", "espeak-ng", "baresip")
    with tempfile.TemporaryDirectory(prefix="kuty-peers-") as tmp:
        root = Path(tmp)
        speech = make_speech(SPEECH, root / "speech.wav")
        ulaw = to_ulaw(speech, root / "speech_ulaw.wav")
        pause_ms = max(args.talk_ms, int(duration(speech) * 1000) + 200)
        plain = baresip_config(root / "baresip", speech, record=False)
        recording = baresip_config(root / "baresip-rec", speech, record=True)
        procs = [baresip.start(plain), baresip.start(recording)]
        wire = WireClock().__enter__()
        try:
            with ServeProcess(root / "kuty", auto_answer=True) as serve:
                time.sleep(1.0)
                kuty = Peer("kuty", serve.listen, [serve.pid, serve.engine_pid()])
                peers = [
                    kuty,
                    Peer("baresip", plain.listen, [procs[0].pid]),
                    Peer("baresip+rec", recording.listen, [procs[1].pid]),
                ]
                for peer in peers:  # warm-up, not counted
                    run_block(
                        Peer(peer.name, peer.target, []),
                        2,
                        ulaw,
                        pause_ms,
                        root / f"w-{peer.name}",
                        None,
                    )
                wait_recordings(serve, 2)
                finished = 2

                def kuty_done() -> None:
                    wait_recordings(serve, finished + args.block)

                for block in range(max(1, args.calls // args.block)):
                    for peer in peers:
                        wait = kuty_done if peer is kuty else None
                        run_block(
                            peer, args.block, ulaw, pause_ms, root / f"b{block}-{peer.name}", wait
                        )
                        if peer is kuty:
                            finished += args.block
                    log(f"block {block + 1}: " + "; ".join(describe(p) for p in peers))
                lost_ms = first_audio_lost_ms(serve, speech)
                time.sleep(3.0)  # the last call's clock and timers wind down
                idle_before = cpu_s(kuty.pids)
                time.sleep(args.idle_seconds)
                idle = (cpu_s(kuty.pids) - idle_before) * 60.0 / args.idle_seconds
                concurrent = concurrent_calls(serve, ulaw, root / "concurrent")
        finally:
            wire.__exit__()
            for proc in procs:
                baresip.stop(proc)
    clock = "sipp"
    if wire.working:  # kernel timestamps of the packets themselves (bench/wire_clock.py)
        clock = "wire"
        for peer in peers:
            sipp_times = peer.timings
            peer.timings = Timings()
            port = int(peer.target.rsplit(":", 1)[1])
            wire.fill(port, set(sipp_times.invite), peer.timings.invite,
                      peer.timings.ringing, peer.timings.ok)  # fmt: skip
    else:
        log(f"no packet socket ({wire.error}): setup and ring from sipp's own log times")
    ref = peers[2]
    k_setup, r_setup = kuty.timings.setup_ms(), ref.timings.setup_ms()
    k_ring, r_ring = kuty.timings.ring_ms(), ref.timings.ring_ms()
    ratio = (kuty.cpu / max(1, kuty.calls)) / max(1e-9, ref.cpu / max(1, ref.calls))
    print(
        f"setup_p50_ratio={percentile(k_setup, 50) / percentile(r_setup, 50):.2f} "
        f"setup_p95_ratio={percentile(k_setup, 95) / percentile(r_setup, 95):.2f} "
        f"ring_p50_ratio={percentile(k_ring, 50) / percentile(r_ring, 50):.2f} "
        f"cpu_per_call_ratio={ratio:.2f} idle_cpu_s_per_min={idle:.3f} "
        f"concurrent_ok={concurrent} first_audio_lost_ms={lost_ms:.0f}",
        flush=True,
    )
    if args.detail:
        for peer in peers:
            print(describe(peer), flush=True)
        serve_cpu, engine_cpu = kuty.cpu_parts or [0.0, 0.0]
        print(
            f"kuty cpu_s_per_call serve={serve_cpu / max(1, kuty.calls):.4f} "
            f"engine={engine_cpu / max(1, kuty.calls):.4f}",
            flush=True,
        )
        print(
            f"kuty idle_cpu_s_per_min={idle:.3f} load={Path('/proc/loadavg').read_text().strip()}"
            f" clock={clock}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
