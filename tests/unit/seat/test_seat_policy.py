"""The seat's regulation is a setting read in one place (issue 12): `policy = "kzp"` in
settings.toml makes a KZP seat with no flag anywhere: no voice (KZP-30-8), no recording
rule of KUTY (KUTY-1.1 is Kuty's), KZP's agent rules, and KZP for the console's panels."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.services import ConsoleServices
from desk.policy import seat_policy
from desk.settings import Settings, SettingsError, load_settings
from seat.cli import build_parser
from seat.launch import engine_command, policy_refuses_voice


def _settings(tmp_path: Path, policy: str | None) -> Settings:
    cfg = tmp_path / "settings.toml"
    cfg.write_text(f'policy = "{policy}"\n' if policy else "", encoding="utf-8")
    return load_settings(data_dir=tmp_path, env={}, config_file=cfg)


def _flag(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv else None


def test_kzp_30_8_a_kzp_seat_refuses_voice_without_any_flag(tmp_path: Path) -> None:
    settings = _settings(tmp_path, "kzp")
    assert seat_policy(settings).regulation == "KZP"
    argv = engine_command(settings, operator_seat=True)
    assert _flag(argv, "--no-voice") == "KZP-30-8"
    assert "--record-all" not in argv  # KUTY-1.1's rule is not KZP's
    assert _flag(argv, "--second-call") == "busy" and _flag(argv, "--acw-s") == "60"
    services = ConsoleServices(settings=settings, sessions=None, worker=None)  # type: ignore[arg-type]
    assert services.policy.name == "kzp"


def test_kuty_default_takes_and_records_every_call(tmp_path: Path) -> None:
    settings = _settings(tmp_path, None)
    argv = engine_command(settings)
    assert "--no-voice" not in argv and "--record-all" in argv  # KUTY-1.1
    assert policy_refuses_voice(settings) is None


def test_csc_2_5_written_only_cites_its_rules(tmp_path: Path) -> None:
    assert policy_refuses_voice(_settings(tmp_path, "csc")) == "CSC-2.1, CSC-2.5"


def test_serve_policy_defaults_to_the_settings_and_unknown_is_refused(tmp_path: Path) -> None:
    args = build_parser().parse_args(["serve"])
    assert args.policy is None  # `kuty serve` reads settings.policy
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--policy", "nope"])
    with pytest.raises(SettingsError, match="policy must be one of"):
        _settings(tmp_path, "nope")
