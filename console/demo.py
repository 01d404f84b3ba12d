"""`make demo`: the console with a demo database and a simulated caller.

With a display it opens the real window and lets a simulated caller ring it; the person
watching answers with the mouse or F5. Without one (CI, ssh) it runs the same scenario
offscreen, clicking the real widgets: the call rings (the ringtone is measured in what the
headset and the desk speakers played, ALSA file devices), Answer, verification, Hang up,
the wrap-up with a call-back saved in after-call work, Ready again, and the call-back
placed from the call-back list to the caller's phone; what happened is printed with PNG
screenshots. The "phone network" is a second seat (`kuty serve --auto-answer`) that the
console reaches as its SIP gateway (an unregistered trunk, setting `sip_gateway`).
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

from telephony.spawn import is_frozen, module_command

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


def default_demo_dir() -> Path:
    """`demo-data` beside the checkout for `make demo`; from the installed bundle
    (`kuty-console --demo`, whose working folder is anyone's) a folder of the user's own
    beside, never inside, the real data dir."""
    if is_frozen():
        from desk.settings import default_data_dir

        return default_data_dir().with_name("kuty-console-demo")
    return Path("demo-data")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="kuty-demo", description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=default_demo_dir())
    ap.add_argument(
        "--headless",
        nargs="?",
        const="yes",
        choices=("auto", "yes", "no"),
        default="auto",
        help="run offscreen, clicking the widgets itself (bare --headless: yes)",
    )
    ap.add_argument("--language", choices=("uk", "en", "ru", "kk"), default="uk")
    ap.add_argument("--timeout", type=float, default=150.0, help="give up after (headless)")
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
    gateway_port = free_port()
    network = start_phone_network(gateway_port, data_dir / "phone-network")
    try:
        return run_demo(
            data_dir=data_dir,
            port=free_port(),
            headless=headless,
            language=args.language,
            timeout_s=args.timeout,
            gateway=f"127.0.0.1:{gateway_port}",
        )
    finally:
        stop_process(network)


def simcall_argv(port: int, talk_s: float | None) -> list[str]:
    argv = [
        *module_command("telephony.simcall"),
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


def start_phone_network(port: int, data_dir: Path) -> subprocess.Popen[Any]:
    """The callers' phones as the console's gateway sees them: a second seat that answers
    whatever it is sent (and records it, as any Kuty seat does)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    argv = [*module_command("seat.cli"), "serve", "--listen", f"127.0.0.1:{port}"]
    argv += ["--data-dir", str(data_dir), "--auto-answer", "--audio-device", "none"]
    argv += ["--seat", "phone-network"]
    env = {**os.environ, "KUTY_CONFIG": str(data_dir / "no-settings.toml")}
    return subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def stop_process(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


if __name__ == "__main__":
    sys.exit(main())
