"""A throw-away PKI for TLS tests: a test CA, a server certificate for an IP, a rogue CA.

Made with the `openssl` command line (no Python crypto dependency). The server
certificate carries the address as an IP subjectAltName, which is what a SIP client
checks when it connects to `sips:127.0.0.2:PORT`. The second CA never signed anything
the server presents: a client that trusts only it must refuse the server.
RSA 2048 / SHA-256: every peer here accepts it (the old pjsua2 wheel's OpenSSL 1.0.2 had
no Ed25519; our own build links the system's OpenSSL 3, ADR 0008).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = "openssl not found: apt-get install openssl"


class CertError(RuntimeError):
    """openssl is missing or failed; the message carries its stderr."""


@dataclass(frozen=True)
class TestPki:
    """Paths of the generated PEM files.

    Attributes:
        ca_cert: the CA that signed the server certificate (trust this to connect).
        server_cert: certificate for `ip`, signed by `ca_cert`.
        server_key: its private key (unencrypted).
        rogue_ca_cert: an unrelated CA (trust only this: the server must be refused).
        ip: the address in the server certificate's subjectAltName.
    """

    __test__ = False  # not a pytest test class despite the name

    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    rogue_ca_cert: Path
    ip: str


def _openssl(*args: str, cwd: Path) -> None:
    if shutil.which("openssl") is None:
        raise CertError(INSTALL_HINT)
    result = subprocess.run(
        ["openssl", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    if result.returncode != 0:
        raise CertError(f"openssl {' '.join(args)} failed: {result.stderr.strip()}")


def _make_ca(directory: Path, name: str, common_name: str) -> tuple[Path, Path]:
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30",
        "-keyout", str(key), "-out", str(cert), "-subj", f"/O=Kuty tests/CN={common_name}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    return cert, key


def make_pki(directory: Path, ip: str = "127.0.0.2") -> TestPki:
    """Create the CA, a server certificate for `ip` and a rogue CA under `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = _make_ca(directory, "ca", "Kuty test CA")
    rogue_cert, _ = _make_ca(directory, "rogue-ca", "Kuty rogue CA")
    key, csr, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    ext.write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth,clientAuth\n"
        f"subjectAltName=IP:{ip}\n",
        encoding="ascii",
    )
    _openssl(
        "req", "-new", "-newkey", "rsa:2048", "-nodes", "-sha256",
        "-keyout", str(key), "-out", str(csr), "-subj", f"/O=Kuty tests/CN={ip}",
        cwd=directory,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key),
        "-CAcreateserial", "-days", "30", "-sha256", "-extfile", str(ext), "-out", str(cert),
        cwd=directory,
    )  # fmt: skip
    return TestPki(
        ca_cert=ca_cert,
        ca_key=ca_key,
        server_cert=cert,
        server_key=key,
        rogue_ca_cert=rogue_cert,
        ip=ip,
    )
