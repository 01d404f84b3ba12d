"""One typed settings schema, read in one place.

Values come from (later wins): defaults, `<config dir>/settings.toml`, environment variables
`KUTY_<FIELD>` (used by tests and `make demo`), then explicit overrides (CLI flags).
Secrets are never settings: SIP/SMTP/database passwords live in `keyring` only.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "kuty-console"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str = ""  # empty: SQLite file in data_dir
    recordings_dir: str = ""  # empty: data_dir/recordings
    listen: str = "127.0.0.1:5060"  # SIP and media bind address (local listening, no registrar)
    media_port_start: int = 0  # 0: let pjsua pick (4000+)
    audio_device: str = ""  # sounddevice name or index; empty: system default, "none": no headset
    headset_max_lag_ms: int = 120  # ring-buffer cap for clock drift; 0 disables the cap
    language: str = "uk"  # "uk" (default) or "en"
    seat: str = ""  # empty: hostname; names this console in sidecars (multi-seat safe repair)
    auto_answer: bool = False
    default_region: str = "UA"
    log_level: str = "INFO"
    transcription_engine: str = "pocketsphinx"  # or "faster-whisper" (Ukrainian)
    transcription_model_dir: str = ""  # faster-whisper CTranslate2 model folder (offline)

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'kuty.sqlite3'}"

    @property
    def recordings_root(self) -> Path:
        return Path(self.recordings_dir) if self.recordings_dir else self.data_dir / "recordings"

    @property
    def listen_host(self) -> str:
        return parse_listen(self.listen)[0]

    @property
    def listen_port(self) -> int:
        return parse_listen(self.listen)[1]

    @property
    def seat_name(self) -> str:
        return self.seat or os.uname().nodename


def parse_listen(value: str) -> tuple[str, int]:
    """Parse `HOST:PORT` (IPv4 or `[v6]:port`); raise SettingsError with the bad value."""
    host, sep, port_text = value.rpartition(":")
    if not sep or not host:
        raise SettingsError(f"listen address must be HOST:PORT, got {value!r}")
    host = host.strip("[]")
    try:
        port = int(port_text)
    except ValueError as exc:
        raise SettingsError(f"listen port must be a number, got {port_text!r}") from exc
    if not 0 <= port <= 65535:
        raise SettingsError(f"listen port must be 0-65535, got {port}")
    return host, port


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def _coerce(name: str, kind: Any, raw: Any) -> Any:
    if kind in (bool, "bool"):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off", ""}:
            return False
        raise SettingsError(f"setting {name} must be true/false, got {raw!r}")
    if kind in (int, "int"):
        try:
            return int(raw)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"setting {name} must be a whole number, got {raw!r}") from exc
    if kind in (Path, "Path"):
        return Path(str(raw)).expanduser()
    return str(raw)


def load_settings(
    data_dir: str | Path | None = None,
    config_file: Path | None = None,
    env: dict[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build the effective settings; see the module docstring for precedence."""
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    path = config_file or Path(env.get("KUTY_CONFIG", "") or default_config_file())
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
    for f in fields(Settings):
        key = f"KUTY_{f.name.upper()}"
        if env.get(key):
            values[f.name] = env[key]
    values.update({k: v for k, v in overrides.items() if v is not None})
    if data_dir is not None:
        values["data_dir"] = data_dir
    values.setdefault("data_dir", default_data_dir())
    known = {f.name: f.type for f in fields(Settings)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
    coerced = {k: _coerce(k, known[k], v) for k, v in values.items()}
    settings = Settings(**coerced)
    parse_listen(settings.listen)
    if settings.language not in {"uk", "en"}:
        raise SettingsError(f"language must be 'uk' or 'en', got {settings.language!r}")
    return settings


def with_changes(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, **changes)
