"""`make demo`: the console with a demo database and a simulated caller.

With a display it opens the real window and lets a simulated caller ring it; the person
watching answers with the mouse or F5. Without one (CI, ssh) it runs the same scenario
offscreen: the real Answer button is clicked, the call runs a few seconds, the real
Hang-up button is clicked, and what happened is printed with a PNG screenshot.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

DEMO_TEXT = (
    "Добрий день. Мене звати Олена Коваленко. Я подала заяву в чергу до дитячого садка "
    "і хочу дізнатися, як змінити дані в заяві."
)
DEMO_CALLER = "+380501234567"
TALK_SECONDS = 6.0


def free_port() -> int:
    """A port free for both UDP and TCP on loopback (the engine binds both)."""
    for _ in range(50):
        with closing(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) as udp:
            udp.bind(("127.0.0.1", 0))
            port = int(udp.getsockname()[1])
            with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as tcp:
                try:
                    tcp.bind(("127.0.0.1", port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free port on 127.0.0.1")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="kuty-demo", description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("demo-data"))
    ap.add_argument("--headless", choices=("auto", "yes", "no"), default="auto")
    ap.add_argument("--language", choices=("uk", "en"), default="uk")
    ap.add_argument("--timeout", type=float, default=90.0, help="give up after (headless)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    headless = args.headless == "yes" or (
        args.headless == "auto"
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from console.demo_run import run_demo

    data_dir = args.data_dir.absolute()
    data_dir.mkdir(parents=True, exist_ok=True)
    return run_demo(
        data_dir=data_dir,
        port=free_port(),
        headless=headless,
        language=args.language,
        timeout_s=args.timeout,
    )


def simcall_argv(port: int, talk_s: float | None) -> list[str]:
    argv = [
        sys.executable,
        "-m",
        "telephony.simcall",
        "--to",
        f"sip:operator@127.0.0.1:{port}",
        "--from",
        DEMO_CALLER,
        "--say",
        DEMO_TEXT,
        "--answer-timeout",
        "120",
    ]
    if talk_s is not None:
        argv += ["--duration", str(talk_s + 30)]  # the operator hangs up first
    return argv


def start_caller(port: int, talk_s: float | None) -> subprocess.Popen[Any]:
    return subprocess.Popen(
        simcall_argv(port, talk_s), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


if __name__ == "__main__":
    sys.exit(main())
