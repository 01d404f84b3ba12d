"""Incident settings, read from `<data_dir>/incidents.toml`.

`desk.settings` refuses unknown top-level keys and may not grow an `[incidents]` table
without touching that schema, so incident handling keeps its own small file next to the
database. Every key is optional; a missing file means "in-app notifications only, no
e-mail". Passwords are never read from here: the SMTP password lives in `keyring`
(service "kuty-console", user `smtp:<username>`).

Example::

    supervisor_emails = ["chief@kuty.example", "deputy@kuty.example"]
    closing_phrase = true          # play the closing phrase before hanging up
    auto_reject_blocked = false    # KZP-30-19 / CSC-2.12: reject, not only flag
    packages_dir = "/srv/kuty/police"   # default: <data_dir>/police-packages

    [smtp]
    host = "smtp.kuty.example"
    port = 587
    tls = "starttls"               # "starttls", "tls" (implicit, 465) or "plain" (loopback)
    username = "kuty-desk"         # empty: no AUTH
    sender = "kuty-desk@kuty.example"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from desk.errors import UserFacingError

__all__ = [
    "CONFIG_NAME",
    "IncidentsConfig",
    "IncidentsConfigError",
    "SmtpConfig",
    "load_config",
    "save_smtp",
]

CONFIG_NAME = "incidents.toml"
TlsMode = Literal["starttls", "tls", "plain"]
_TLS_MODES = ("starttls", "tls", "plain")


class IncidentsConfigError(UserFacingError, ValueError):
    """`incidents.toml` has a value that cannot be used; the message names it."""


@dataclass(frozen=True)
class SmtpConfig:
    """Where incident e-mails go out; `host` empty means e-mail is not configured."""

    host: str = ""
    port: int = 587
    tls: TlsMode = "starttls"
    username: str = ""
    sender: str = "kuty-console@localhost"
    timeout_s: float = 20.0
    ca_file: str = ""  # extra CA to trust (an internal relay); the certificate is always checked

    @property
    def configured(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class IncidentsConfig:
    packages_dir: Path
    supervisor_emails: tuple[str, ...] = ()
    closing_phrase: bool = False
    auto_reject_blocked: bool = False
    smtp: SmtpConfig = field(default_factory=SmtpConfig)


def _str_list(name: str, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and "@" in x for x in raw):
        raise IncidentsConfigError(f"{name} must be a list of e-mail addresses")
    return tuple(x.strip() for x in raw)


def _bool(name: str, raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise IncidentsConfigError(f"{name} must be true or false, got {raw!r}")
    return raw


def _smtp(raw: Any) -> SmtpConfig:
    if not isinstance(raw, dict):
        raise IncidentsConfigError("[smtp] must be a table")
    known = {"host", "port", "tls", "username", "sender", "timeout_s", "ca_file"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise IncidentsConfigError(f"unknown smtp setting(s): {', '.join(unknown)}")
    tls = raw.get("tls", "starttls")
    if tls not in _TLS_MODES:
        raise IncidentsConfigError(f"smtp.tls must be one of {_TLS_MODES}, got {tls!r}")
    port = raw.get("port", 465 if tls == "tls" else 587)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise IncidentsConfigError(f"smtp.port must be 1-65535, got {port!r}")
    return SmtpConfig(
        host=str(raw.get("host", "")),
        port=port,
        tls=cast(TlsMode, tls),
        username=str(raw.get("username", "")),
        sender=str(raw.get("sender", SmtpConfig.sender)),
        timeout_s=float(raw.get("timeout_s", SmtpConfig.timeout_s)),
        ca_file=str(raw.get("ca_file", "")),
    )


def load_config(data_dir: Path) -> IncidentsConfig:
    """Read `<data_dir>/incidents.toml`; defaults when it does not exist.

    Raises:
        IncidentsConfigError: the file is not TOML or a value is unusable.
    """
    path = Path(data_dir) / CONFIG_NAME
    raw: dict[str, Any] = {}
    if path.is_file():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise IncidentsConfigError(f"cannot read {path}: {exc}") from exc
    known = {"supervisor_emails", "closing_phrase", "auto_reject_blocked", "packages_dir", "smtp"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise IncidentsConfigError(f"unknown setting(s) in {path}: {', '.join(unknown)}")
    packages = raw.get("packages_dir")
    return IncidentsConfig(
        packages_dir=Path(str(packages)).expanduser()
        if packages
        else Path(data_dir) / "police-packages",
        supervisor_emails=_str_list("supervisor_emails", raw.get("supervisor_emails", [])),
        closing_phrase=_bool("closing_phrase", raw.get("closing_phrase", False)),
        auto_reject_blocked=_bool("auto_reject_blocked", raw.get("auto_reject_blocked", False)),
        smtp=_smtp(raw.get("smtp", {})),
    )


def _toml(value: Any) -> str:
    from desk.settings import toml_value

    if isinstance(value, float):
        return repr(value)
    return toml_value(str(value) if isinstance(value, Path) else value)


def save_smtp(data_dir: Path, smtp: SmtpConfig) -> Path:
    """Replace the [smtp] table of `<data_dir>/incidents.toml`, keeping its other keys.

    The settings dialog's path (issue 13). Only values that differ from `SmtpConfig`'s
    defaults are written; the result is read back through the same checks as
    `load_config` before it replaces the file, so a bad value never lands there. Comments
    in the file are not kept (it is rewritten whole, atomically).

    Raises:
        IncidentsConfigError: the current file is unreadable, or a value is unusable.
    """
    from desk.settings import write_private_text

    load_config(data_dir)  # never rewrite a file that does not parse: its keys would go
    path = Path(data_dir) / CONFIG_NAME
    raw: dict[str, Any] = {}
    if path.is_file():
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    defaults = SmtpConfig()
    table = {
        name: getattr(smtp, name)
        for name in ("host", "port", "tls", "username", "sender", "timeout_s", "ca_file")
        if getattr(smtp, name) != getattr(defaults, name)
    }
    lines = [f"{key} = {_toml(value)}\n" for key, value in raw.items() if key != "smtp"]
    if table:
        lines.append("\n[smtp]\n")
        lines += [f"{key} = {_toml(value)}\n" for key, value in table.items()]
    text = "".join(lines)
    _smtp(tomllib.loads(text).get("smtp", {}))  # the checks of load_config, before writing
    write_private_text(path, text)
    return path
