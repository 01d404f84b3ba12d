from __future__ import annotations

from pathlib import Path

import pytest

from desk.settings import SettingsError, load_settings, parse_listen


def test_defaults_put_everything_in_the_data_dir(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")
    assert s.database == f"sqlite:///{tmp_path / 'kuty.sqlite3'}"
    assert s.recordings_root == tmp_path / "recordings"
    assert s.language == "uk"  # Ukrainian by default


def test_precedence_file_env_override(tmp_path: Path) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text('listen = "127.0.0.1:6000"\nlanguage = "en"\nauto_answer = true\n')
    env = {"KUTY_LISTEN": "127.0.0.1:7000"}
    s = load_settings(data_dir=tmp_path, env=env, config_file=cfg, listen="127.0.0.1:8000")
    assert s.listen_port == 8000 and s.language == "en" and s.auto_answer is True
    s = load_settings(data_dir=tmp_path, env=env, config_file=cfg)
    assert s.listen_port == 7000


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('listen = "nope"', "HOST:PORT"),
        ('listen = "h:99999"', "0-65535"),
        ('language = "de"', "language"),
        ("bogus = 1", "unknown setting"),
        ("auto_answer = 'perhaps'", "true/false"),
        ("listen = [", "cannot read"),
        ("stun_check_s = 1", "stun_check_s must be 5..3600"),
        ("stun_check_s = 'often'", "whole number"),
        ("recordings_reserve_mb = -1", "recordings_reserve_mb must be 0..10000000 MB"),
        ("recordings_reserve_mb = 'lots'", "whole number"),
        ("repair_every_s = -5", "repair_every_s must be 0..86400"),
    ],
)
def test_bad_settings_name_the_problem(tmp_path: Path, text: str, needle: str) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text(text)
    with pytest.raises(SettingsError, match=needle):
        load_settings(data_dir=tmp_path, env={}, config_file=cfg)


def test_parse_listen_ipv6() -> None:
    assert parse_listen("[::1]:5060") == ("::1", 5060)
