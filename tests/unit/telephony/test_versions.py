"""`kuty --version` names the PJSIP and the OpenSSL the engine really loads (issue 14).

The point of building pjsua2 ourselves is TLS on the system's OpenSSL 3 (the PyPI wheel
bundled 1.0.2): this fails when `make` installed some other binding.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from telephony.versions import mapped_libraries

ROOT = Path(__file__).resolve().parents[3]


def test_kuty_version_shows_app_pjsip_216_and_openssl_3() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "seat.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert re.fullmatch(r"kuty-console \d+\.\d+\.\d+\S*", lines[0]), res.stdout
    assert any(re.match(r"PJSIP 2\.16\b", line) for line in lines), res.stdout
    assert any(re.match(r"OpenSSL 3\.\d+\.\d+", line) for line in lines), res.stdout
    assert not any(line.startswith("engine:") for line in lines), res.stdout


def test_version_does_not_load_pjsua2_in_the_calling_process() -> None:
    """The probe runs in a child: the CLI stays quick and a broken binding cannot crash it."""
    code = (
        "import sys; from seat.cli import main; main(['--version']); "
        "assert 'pjsua2' not in sys.modules, 'pjsua2 imported'"
    )
    res = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert res.returncode == 0, res.stderr


def test_mapped_libraries_reads_paths_once_in_order(tmp_path: Path) -> None:
    maps = tmp_path / "maps"
    maps.write_text(
        "7f00-7f01 r--p 00000000 08:01 11 /usr/lib/x86_64-linux-gnu/libcrypto.so.3\n"
        "7f01-7f02 r-xp 00001000 08:01 11 /usr/lib/x86_64-linux-gnu/libcrypto.so.3\n"
        "7f02-7f03 rw-p 00000000 00:00 0 \n"
        "7f03-7f04 r--p 00000000 08:01 12 /usr/lib/x86_64-linux-gnu/libssl.so.3\n"
        "7ffd-7ffe rw-p 00000000 00:00 0 [stack]\n",
        encoding="utf-8",
    )
    assert mapped_libraries("libcrypto", maps) == ["/usr/lib/x86_64-linux-gnu/libcrypto.so.3"]
    assert mapped_libraries("libssl", maps) == ["/usr/lib/x86_64-linux-gnu/libssl.so.3"]
    assert mapped_libraries("libnone", maps) == []
    assert mapped_libraries("libcrypto", tmp_path / "missing") == []
