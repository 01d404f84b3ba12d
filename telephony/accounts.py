"""SIP account settings as plain data (no pjsua2), validated before they reach the engine.

The host builds an `AccountSpec` from settings plus the password from keyring and sends
it to the engine as an `add_account` command over the private stdin pipe: passwords
never appear in argv (visible in `ps`), settings files or logs (`__repr__` hides them).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from dataclasses import dataclass, field
from typing import Any


class Transport(enum.StrEnum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpUse(enum.StrEnum):
    DISABLED = "disabled"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


class AccountError(ValueError):
    """An account setting cannot be used; the message names the field."""


MAX_STUN_SERVERS = 4  # pjsua tries them in order; more only slows a failure down
_HOSTPORT = re.compile(r"^[A-Za-z0-9.\-\[\]:]{1,255}$")
_USER = re.compile(r"^[A-Za-z0-9_.!~*'()&=+$,;?/%\-+]{1,64}$")


@dataclass(frozen=True)
class AccountSpec:
    """One SIP account: a registration with a registrar or PBX (issue 6)."""

    account_id: str
    registrar: str  # host[:port] of the registrar/PBX, e.g. "pbx.kuty.example:5060"
    user: str  # extension / user part of the AOR
    domain: str = ""  # AOR domain; default: registrar host
    auth_user: str = ""  # default: user
    password: str = field(default="", repr=False)
    realm: str = "*"
    transport: Transport = Transport.UDP
    proxy: str = ""  # outbound proxy host[:port]
    srtp: SrtpUse = SrtpUse.DISABLED
    reg_timeout_s: int = 300
    retry_interval_s: int = 30
    ca_file: str = ""  # custom CA for TLS; empty: system CAs
    verify_server: bool = True  # TLS: refuse a certificate that does not verify
    default: bool = True
    # NAT (issue 6). STUN finds the public address for SIP (UDP) and media; pjsua keeps one
    # STUN list per endpoint, so the engine uses the union of every account's servers.
    stun_servers: tuple[str, ...] = ()
    ice: bool = False  # ICE candidates in SDP; needs a non-loopback media address

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_\-]{1,32}", self.account_id):
            raise AccountError("account_id must be 1-32 letters, digits, '-' or '_'")
        for name in ("registrar", "proxy", "domain"):
            value = getattr(self, name)
            if value and not _HOSTPORT.match(value):
                raise AccountError(f"{name} must be host[:port], got {value[:80]!r}")
        if not self.registrar:
            raise AccountError("registrar is required")
        if not _USER.match(self.user):
            raise AccountError(f"user must be a SIP user part, got {self.user[:80]!r}")
        if not 20 <= self.reg_timeout_s <= 86400:
            raise AccountError("reg_timeout_s must be 20..86400")
        if not 5 <= self.retry_interval_s <= 3600:
            raise AccountError("retry_interval_s must be 5..3600")
        if len(self.stun_servers) > MAX_STUN_SERVERS:
            raise AccountError(f"at most {MAX_STUN_SERVERS} STUN servers")
        for server in self.stun_servers:
            if not isinstance(server, str) or not _HOSTPORT.match(server):
                raise AccountError(f"stun_servers: each must be host[:port], got {server!r:.80}")
        if len(set(self.stun_servers)) != len(self.stun_servers):
            raise AccountError("stun_servers: the same server is listed twice")

    @property
    def host(self) -> str:
        return (
            self.registrar.rsplit(":", 1)[0] if self.registrar.count(":") == 1 else (self.registrar)
        )

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{self.domain or self.host}"

    def _uri(self, hostport: str) -> str:
        scheme = "sips" if self.transport is Transport.TLS else "sip"
        params = "" if self.transport is Transport.UDP else f";transport={self.transport.value}"
        return f"{scheme}:{hostport}{params}"

    def call_uri(self, user: str) -> str:
        """Where a dialled number goes: the AOR domain, else the registrar itself.

        Over TLS it is `sip:...;transport=tls`, not `sips:`: TLS is this seat's hop to its
        PBX, and a `sips:` target makes pjsip require a `sips:` Contact from whoever
        answers (its secure-dialog check, ticket #1735: BYE and 480 at once). Seats
        register `sip:` Contacts so that callers on plain SIP behind the PBX (a PSTN
        gateway) can still reach them, so a `sips:` call from seat to seat would fail."""
        _scheme, _, rest = self._uri(self.domain or self.registrar).partition(":")
        return f"sip:{user}@{rest}"

    @property
    def registrar_uri(self) -> str:
        return self._uri(self.registrar)

    @property
    def proxy_uri(self) -> str:
        return self._uri(self.proxy) + ";lr" if self.proxy else ""

    def to_args(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["transport"] = self.transport.value
        data["srtp"] = self.srtp.value
        data["stun_servers"] = list(self.stun_servers)
        return data

    @classmethod
    def from_args(cls, data: dict[str, Any]) -> AccountSpec:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise AccountError(f"unknown account field(s): {', '.join(unknown)}")
        values = dict(data)
        try:
            if "transport" in values:
                values["transport"] = Transport(values["transport"])
            if "srtp" in values:
                values["srtp"] = SrtpUse(values["srtp"])
            if "stun_servers" in values:
                values["stun_servers"] = tuple(values["stun_servers"])
            return cls(**values)
        except (TypeError, ValueError) as exc:
            if isinstance(exc, AccountError):
                raise
            raise AccountError(str(exc)) from exc
