"""`kuty simcall` refuses values that would reach SIP text malformed, before pjsua2 runs.

Fault 6, item 1: `--from 'a b<>"'` and `--from ''` ended in a `pjsua2.Error` traceback and
`--from $'1\\r\\nX-Injected: yes'` put a header into the INVITE.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from telephony import simcall

ROOT = Path(__file__).resolve().parents[3]
TO = "sip:operator@127.0.0.1:5060"


@pytest.fixture
def no_call(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stand-ins for espeak-ng/sox and pjsua2: reaching them records the arguments."""
    reached: list[Any] = []

    def fake_speech(text: str, out_wav: Path, *a: object, **k: object) -> Path:
        return out_wav

    def fake_call(args: Any, audio: Path, duration: float) -> int:
        reached.append(args)
        return 0

    monkeypatch.setattr(simcall, "make_speech", fake_speech)
    monkeypatch.setattr(simcall, "_call", fake_call)
    return reached


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--from", 'a b<>"'], "--from: 'a b<>\"' is neither a SIP user part"),
        (["--from", ""], "--from: is empty"),
        (["--from", "1\r\nX-Injected: yes"], "--from: contains a control character (U+000D)"),
        (["--from", "1\x00"], "--from: contains a control character (U+0000)"),
        (["--from", "sip:a b@host"], "--from: 'sip:a b@host' is not a sip: or sips: URI"),
        (["--from", "+38050\u202e"], "--from: contains a control character (U+202E)"),
        (["--from", "x" * 300], "--from: is 300 characters long; the limit is 256"),
        (["--to", "sip:op@host\r\nX-Injected: yes"], "--to: contains a control character"),
        (["--to", "sip:op@host?X-Injected=yes"], "--to: 'sip:op@host?X-Injected=yes' is not"),
        (["--to", "sip:op@[1::2::3]"], "--to: [1::2::3] is not an IPv6 address"),
        (["--to", "sip:op@127.0.0.1:99999"], "--to: port 99999 is not 1-65535"),
        (["--to", "http://example.invalid"], "--to: 'http://example.invalid' is not a sip:"),
        (["--pai", "<sip:x@y>"], "--pai: '<sip:x@y>' is not a sip:, sips: or tel: URI"),
        (["--pai", "sip:x@y\nX-Injected: yes"], "--pai: contains a control character (U+000A)"),
        (["--bind", "127.0.0.1 x"], "--bind: '127.0.0.1 x' is not an address or host name"),
        (["--dtmf", "12\r\n"], "--dtmf: contains a control character (U+000D)"),
        (["--dtmf", "12x"], "--dtmf: '12x' has characters other than 0-9 A-D * #"),
        (["--duration", "inf"], "--duration: inf is not a number of seconds >= 0"),
        (["--answer-timeout", "nan"], "--answer-timeout: nan is not a number of seconds"),
    ],
)
def test_bad_value_is_one_line_before_pjsua2(
    no_call: list[Any], capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    argv = ["--to", TO, *argv] if argv[0] != "--to" else argv
    assert simcall.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"kuty simcall: {expected}"), err
    assert "\r" not in err and "X-Injected: yes\n" not in err
    assert no_call == []


@pytest.mark.parametrize(
    ("argv", "id_uri"),
    [
        (["--from", "+380501234567"], "+380501234567"),
        (["--from", "0931234567", "--pai", "tel:+380931234567"], "0931234567"),
        (["--from", "anonymous"], "anonymous"),
        (["--from", "sips:alice%20b@example.org;user=phone"], "sips:alice%20b@example.org"),
        (["--from", "100", "--pai", "sip:+380501234567@10.0.0.1:5061;user=phone"], "100"),
        (["--to", "sip:[::1]:5060;transport=tcp", "--bind", "::1"], "+380501234567"),
        (["--to", "sip:operator@seat-3.example.org", "--dtmf", "12*#A"], "+380501234567"),
    ],
)
def test_good_values_reach_the_call(no_call: list[Any], argv: list[str], id_uri: str) -> None:
    argv = ["--to", TO, *argv] if argv[0] != "--to" else argv
    assert simcall.main([*argv, "--duration", "1"]) == 0
    [args] = no_call
    assert args.from_number.startswith(id_uri)


@pytest.mark.parametrize("value", ['a b<>"', "", "1\r\nX-Injected: yes"])
def test_kuty_simcall_bad_from_is_one_line_without_traceback(value: str) -> None:
    """The real entry point, with pjsua2 and espeak-ng installed: nothing gets that far."""
    res = subprocess.run(
        [sys.executable, "-m", "seat.cli", "simcall", "--to", TO, "--from", value,
         "--answer-timeout", "1", "--duration", "0"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    [line] = res.stderr.splitlines()
    assert line.startswith("kuty simcall: --from: "), res.stderr
    assert res.stdout == ""
