"""Which PJSIP and which OpenSSL the SIP engine runs on (`kuty --version`, ADR 0008).

The engine's TLS is only as good as the libssl its `_pjsua2` extension links (the PyPI
wheel bundled OpenSSL 1.0.2; our build links the system's OpenSSL 3), so support needs to
see the library actually loaded, not the one a package claims. pjsua2 does not expose it,
so `probe()` imports pjsua2 and reads the libcrypto mapped into the process
(/proc/self/maps), asking that very library for its version string.

`engine_versions()` runs the probe in a child interpreter: `kuty --version` then stays
fast (no pjsua2 import, no sound-device probing in the caller) and a broken binding shows
as a line of text instead of crashing the command.
"""

from __future__ import annotations

import ctypes
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from telephony.spawn import module_command


@dataclass(frozen=True)
class EngineVersions:
    """What the probe found; `error` says why a field is empty."""

    pjsip: str = ""
    pjsua2_path: str = ""
    openssl: str = ""
    openssl_path: str = ""
    error: str = ""


def mapped_libraries(name_prefix: str, maps: Path = Path("/proc/self/maps")) -> list[str]:
    """Paths of shared objects whose file name starts with `name_prefix`, in map order."""
    found: list[str] = []
    try:
        text = maps.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return found
    for line in text.splitlines():
        fields = line.split(maxsplit=5)  # address perms offset dev inode [path]
        path = fields[5] if len(fields) == 6 else ""
        if path.startswith("/") and Path(path).name.startswith(name_prefix) and path not in found:
            found.append(path)
    return found


def openssl_version_of(path: str) -> str:
    """The version string of the libcrypto at `path` (already loaded: same handle)."""
    lib = ctypes.CDLL(path)
    for func, arg in (("OpenSSL_version", 0), ("SSLeay_version", 0)):  # 1.1+ / 1.0.x
        fn = getattr(lib, func, None)
        if fn is not None:
            fn.restype = ctypes.c_char_p
            fn.argtypes = [ctypes.c_int]
            value: bytes | None = fn(arg)
            return value.decode("ascii", "replace") if value else ""
    return ""


def linked_openssl() -> tuple[str, str]:
    """(version, path) of the libcrypto in this process; ("", "") when none is loaded."""
    for path in mapped_libraries("libcrypto"):
        version = openssl_version_of(path)
        if version:
            return version, path
    return "", ""


def probe() -> EngineVersions:
    """In this process: import pjsua2 and report its PJSIP and the OpenSSL it loaded."""
    import pjsua2 as pj

    pjsip = pj.Endpoint().libVersion().full  # static: no libCreate, no sound devices
    openssl, openssl_path = linked_openssl()
    extension = getattr(pj, "_pjsua2", None)
    return EngineVersions(
        pjsip=str(pjsip),
        pjsua2_path=str(getattr(extension, "__file__", "")),
        openssl=openssl,
        openssl_path=openssl_path,
        error="" if openssl else "the binding loaded no libcrypto (built without TLS?)",
    )


def engine_versions(command: list[str] | None = None, timeout: float = 20.0) -> EngineVersions:
    """`probe()` in a child process (default: `telephony.spawn.module_command`, so the
    bundle probes its own bundled binding); never raises."""
    try:
        res = subprocess.run(
            command or module_command("telephony.versions"),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return EngineVersions(error=f"version probe failed: {exc}")
    lines = [line for line in res.stdout.splitlines() if line.startswith("{")]
    if res.returncode != 0 or not lines:
        why = (res.stderr.strip().splitlines() or [f"exit {res.returncode}"])[-1]
        return EngineVersions(error=f"pjsua2 unavailable: {why}")
    try:
        return EngineVersions(**json.loads(lines[-1]))
    except (TypeError, ValueError) as exc:
        return EngineVersions(error=f"version probe said something else: {exc}")


def main() -> int:
    """Print `probe()` as one JSON line (pjsua2's own noise may precede it)."""
    from dataclasses import asdict

    print(json.dumps(asdict(probe())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
