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

from desk.errors import UserFacingError

APP_NAME = "kuty-console"


SECOND_CALL_CHOICES = ("call_waiting", "busy")
IMAP_SECURITY_CHOICES = ("imaps", "starttls")
MAX_ACW_S = 3600
MAX_CALLS = 1024  # the engine's limit of `--max-calls`; pjsua caps lower (issue 15)


class SettingsError(UserFacingError, ValueError):
    """A setting has a value that cannot be used; the message names the setting.

    A `UserFacingError`: the admin fixes it, so `kuty` and the settings dialog show the
    message as is (it is still a ValueError for callers that catch that).
    """


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str = ""  # empty: SQLite file in data_dir
    recordings_dir: str = ""  # empty: data_dir/recordings
    listen: str = "127.0.0.1:5060"  # SIP and media bind address (local listening, no registrar)
    media_port_start: int = 0  # 0: let pjsua pick (4000+)
    audio_device: str = ""  # sounddevice name or index; empty: system default, "none": no headset
    headset_max_lag_ms: int = 120  # ring-buffer cap for clock drift; 0 disables the cap
    language: str = "uk"  # "uk" (default), "en", "ru" or "kk" (unset: the policy's, issue 12)
    policy: str = "kuty"
    """The seat's regulation (issue 12): a profile in desk/policies/ ("kuty", "kzp", "eep",
    "csc"), or the path of a profile file of its own (a desk's amended regulation; checked
    as strictly as the shipped ones). Read in one place, `desk.policy.seat_policy`."""
    seat: str = ""  # empty: hostname; names this console in sidecars (multi-seat safe repair)
    auto_answer: bool = False
    default_region: str = "UA"
    log_level: str = "INFO"
    retention_days: int = 1095  # delete recordings after 3 years (not held); 0 = keep all
    transcription_engine: str = "pocketsphinx"  # or "faster-whisper" (Ukrainian)
    transcription_model_dir: str = ""  # faster-whisper CTranslate2 model folder (offline)
    stun_check_s: int = 30  # how often the STUN servers are checked (issue 6); 5..3600
    # Free space kept for recordings (KUTY-1.1): about 2 h of calls (two 16 kHz tracks and
    # their stereo mix); below it every seat warns before the disk is full. 0: not watched.
    recordings_reserve_mb: int = 1000
    # How often a running seat repairs recordings whose engine died (kernel lock free).
    repair_every_s: int = 60
    # The operator's working day (issue 11), passed to the engine:
    ringer_device: str = ""  # a second output for the ringtone (desk speakers); empty: none
    ring_tone: bool = True  # ringtone in the headset while a call rings
    second_call: str = "call_waiting"  # a call while talking: "call_waiting" or "busy"
    sip_gateway: str = ""
    """HOST:PORT of a SIP trunk that takes calls from this seat's address without
    registration (IP-authenticated, as many PBX and provider trunks are): numbers dialled
    while no account is registered go there. Empty: dialling a number needs an account."""
    acw_s: int = -1
    """After-call work limit in seconds: -1 the seat policy's (`[agent] after_call_work_s`)
    in the console and none in `kuty serve` (nobody wraps up there); 0 none; N seconds."""
    max_calls: int = 0
    """Calls the engine holds at once (issue 15): 0 the host's default (the console 16, an
    operator's seat; `kuty serve` 32, an unattended recorder). pjsua caps it at its build's
    PJSUA_MAX_CALLS (64 in ours, ADR 0008) and refuses more with 486, each a call-log row."""
    # Written contacts (issue 12). The IMAP password is in the keyring ("imap:<user>").
    mail_attachment_max_mb: int = 25  # larger attachments are listed, not kept
    mail_message_max_mb: int = 50  # larger messages keep only this much of their bytes
    imap_host: str = ""  # empty: no desk mailbox
    imap_port: int = 0  # 0: 993 for imaps, 143 for starttls
    imap_security: str = "imaps"  # "imaps" (TLS from the start) or "starttls"
    imap_user: str = ""
    imap_mailbox: str = "INBOX"
    imap_ca_file: str = ""  # PEM CA bundle for the server's certificate; empty: system CAs
    # A short chime when a supervisor gets a new incident notice (issue 13); a supervisor
    # may also mute it in the queue (kept per user in the seat's console-layout.ini).
    notice_sound: bool = True

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'kuty.sqlite3'}"

    @property
    def recordings_root(self) -> Path:
        return Path(self.recordings_dir) if self.recordings_dir else self.data_dir / "recordings"

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
    if not 5 <= settings.stun_check_s <= 3600:
        raise SettingsError(f"stun_check_s must be 5..3600 seconds, got {settings.stun_check_s}")
    if not 0 <= settings.recordings_reserve_mb <= 10_000_000:
        raise SettingsError(
            f"recordings_reserve_mb must be 0..10000000 MB, got {settings.recordings_reserve_mb}"
        )
    if not 0 <= settings.repair_every_s <= 86_400:
        raise SettingsError(
            f"repair_every_s must be 0..86400 seconds (0: only at start), "
            f"got {settings.repair_every_s}"
        )
    if settings.second_call not in SECOND_CALL_CHOICES:
        raise SettingsError(
            f"second_call must be 'call_waiting' or 'busy', got {settings.second_call!r}"
        )
    if settings.sip_gateway:
        try:
            _host, gateway_port = parse_listen(settings.sip_gateway)
        except SettingsError:
            raise SettingsError(
                f"sip_gateway must be HOST:PORT, got {settings.sip_gateway[:80]!r}"
            ) from None
        if not gateway_port:
            raise SettingsError(f"sip_gateway needs a port, got {settings.sip_gateway[:80]!r}")
    if not -1 <= settings.acw_s <= MAX_ACW_S:
        raise SettingsError(
            f"acw_s must be -1..{MAX_ACW_S} seconds (-1: the policy's, 0: none), "
            f"got {settings.acw_s}"
        )
    if not 0 <= settings.max_calls <= MAX_CALLS:
        raise SettingsError(
            f"max_calls must be 0..{MAX_CALLS} (0: the default), got {settings.max_calls}"
        )
    if any(ord(c) < 32 for c in settings.ringer_device) or len(settings.ringer_device) > 200:
        raise SettingsError("ringer_device must be a device name or index (one short line)")
    if not 1 <= settings.mail_attachment_max_mb <= settings.mail_message_max_mb <= 2048:
        raise SettingsError(
            "mail_attachment_max_mb and mail_message_max_mb must be 1..2048 MB, the "
            f"attachment limit at most the message limit, got "
            f"{settings.mail_attachment_max_mb} and {settings.mail_message_max_mb}"
        )
    if settings.imap_security not in IMAP_SECURITY_CHOICES:
        raise SettingsError(
            f"imap_security must be 'imaps' or 'starttls', got {settings.imap_security[:40]!r}"
        )
    if not 0 <= settings.imap_port <= 65535:
        raise SettingsError(f"imap_port must be 0-65535, got {settings.imap_port}")
    from desk.policy import available_policies

    if settings.policy not in available_policies() and not _policy_file(settings.policy):
        raise SettingsError(
            f"policy must be one of {', '.join(available_policies())} or a .toml profile "
            f"file, got {settings.policy[:80]!r}"
        )
    if "language" not in values:  # no explicit choice: the policy's language (issue 12)
        settings = dataclasses.replace(settings, language=policy_ui_language(settings.policy))
    if settings.language not in UI_LANGUAGES:
        raise SettingsError(
            f"language must be one of {', '.join(UI_LANGUAGES)}, got {settings.language[:40]!r}"
        )
    return settings


UI_LANGUAGES = ("uk", "en", "ru", "kk")
"""The console's UI languages (console/i18n/kuty_<language>.qm; English is the source)."""


def _policy_file(value: str) -> bool:
    """A desk's own profile: an existing .toml file that loads (a bad one is refused here,
    with the loader's message naming the key, not at the first call)."""
    from desk.policy import PolicyError, load_policy

    path = Path(value).expanduser()
    if path.suffix != ".toml" or not path.is_file():
        return False
    try:
        load_policy(path)
    except PolicyError as exc:
        raise SettingsError(f"policy file {path}: {exc}") from None
    return True


def policy_ui_language(policy: str) -> str:
    """The UI language of a seat that did not choose one: its policy's when the console
    has it in Russian or Kazakh (CSC: ru; KZP, EEP: kk), Ukrainian otherwise (issue 12)."""
    from desk.policy import PolicyError, load_policy

    try:
        language = load_policy(policy).language
    except PolicyError:
        return "uk"
    return language if language in {"ru", "kk"} else "uk"


def with_changes(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, **changes)


def settings_file(env: dict[str, str] | None = None) -> Path:
    """The settings file `load_settings` reads: `KUTY_CONFIG`, else the user config dir."""
    env = dict(os.environ if env is None else env)
    return Path(env.get("KUTY_CONFIG", "") or default_config_file())


def toml_value(value: Any) -> str:
    """One TOML value for the simple types Kuty writes (str, int, bool, lists of str).

    A JSON string is a valid TOML basic string, so `json.dumps` does the escaping; this
    avoids a TOML-writing dependency for a handful of scalar keys.
    """
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def write_private_text(path: Path, text: str) -> None:
    """Write a config file atomically (temp file + rename), readable by its owner only.

    Atomic so that a crash mid-write never leaves a half file that stops the next start.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings that differ from the defaults to `path` (default: `settings_file()`).

    Only non-default values are written so that a later release can change a default
    without every saved file pinning the old one. `data_dir` is written when it is not the
    user data dir. `language` is written when it is not the policy's (what loading gives
    a file without it), so a Ukrainian chosen on a CSC seat stays Ukrainian and the
    policy's own language keeps following the policy (issue 12). Secrets are never
    settings; a database URL carrying a password is refused here too, because this file
    is plain text.

    Raises:
        SettingsError: the database URL contains a password.
    """
    from desk.secrets import PasswordInUrl, reject_password_in_url

    try:
        reject_password_in_url(settings.database_url)
    except PasswordInUrl as exc:
        raise SettingsError(str(exc)) from exc
    path = path or settings_file()
    defaults = Settings(data_dir=default_data_dir())
    lines = ["# Kuty console settings. Passwords are kept in the keyring, never here.\n"]
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if f.name == "language":  # unset means the policy's (issue 12): "uk" on CSC is a choice
            if value == policy_ui_language(settings.policy):
                continue
        elif value == getattr(defaults, f.name):
            continue
        text = str(value) if isinstance(value, Path) else value
        lines.append(f"{f.name} = {toml_value(text)}\n")
    write_private_text(path, "".join(lines))
    return path


def validated(settings: Settings) -> Settings:
    """`settings` as the next start will read them: saved to a scratch file, then read back
    with `load_settings` (issue 13), so the settings dialog refuses what a start would.

    Raises:
        SettingsError: a value `load_settings` refuses (the message names the setting).
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kuty-settings-") as scratch:
        path = Path(scratch) / "settings.toml"
        save_settings(settings, path)
        return load_settings(data_dir=settings.data_dir, config_file=path, env={})


# ------------------------------------------------------------------ recordings folder

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"}
)


@dataclass(frozen=True)
class FolderCheck:
    """Whether a recordings folder can be used, and whether it is on a network share."""

    writable: bool
    error: str = ""  # the OS's words when not writable
    network_fs: str = ""  # file system type when it is a network share, else ""


def _mount_type(path: Path, mounts: Path = Path("/proc/mounts")) -> str:
    """File system type of the mount holding `path` (longest matching mount point)."""
    try:
        lines = mounts.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    resolved = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, parts[2]
    return kind


def check_recordings_folder(path: Path) -> FolderCheck:
    """Create the folder if needed and prove a file can be written and removed there.

    A network share is allowed (several seats share one recordings root) but reported:
    recordings are written there live, so a slow or dropped share fails recordings.
    """
    path = Path(path).expanduser()
    probe = path / ".kuty-write-test"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"kuty")
        probe.unlink()
    except OSError as exc:
        return FolderCheck(False, exc.strerror or str(exc))
    kind = _mount_type(path)
    return FolderCheck(True, "", kind if kind in NETWORK_FILESYSTEMS else "")
