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
        ("second_call = 'queue'", "second_call must be 'call_waiting' or 'busy'"),
        ("acw_s = -2", "acw_s must be -1..3600 seconds"),
        ("acw_s = 7200", "acw_s must be -1..3600 seconds"),
        ("acw_s = 'a bit'", "whole number"),
        ("ring_tone = 'loud'", "true/false"),
        ('ringer_device = "a\\u0007b"', "ringer_device must be a device name"),
    ],
)
def test_bad_settings_name_the_problem(tmp_path: Path, text: str, needle: str) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text(text)
    with pytest.raises(SettingsError, match=needle):
        load_settings(data_dir=tmp_path, env={}, config_file=cfg)


def test_parse_listen_ipv6() -> None:
    assert parse_listen("[::1]:5060") == ("::1", 5060)


def test_working_day_settings_reach_the_engine_argv(tmp_path: Path) -> None:
    """Issue 11: ringer, ring tone, second call and ACW go to the engine's command line."""
    from seat.launch import engine_command, with_agent_state

    cfg = tmp_path / "settings.toml"
    cfg.write_text(
        'ringer_device = "speakers"\nring_tone = false\nsecond_call = "busy"\nacw_s = 30\n'
    )
    s = load_settings(data_dir=tmp_path, env={}, config_file=cfg)
    assert (s.ringer_device, s.ring_tone, s.second_call, s.acw_s) == ("speakers", False, "busy", 30)
    argv = engine_command(s, agent_state="not_ready", not_ready_reason="lunch", record_all=True)
    joined = " ".join(argv)
    for part in (
        "--ringer-device speakers",
        "--no-ring-tone",
        "--second-call busy",
        "--acw-s 30",
        "--agent-state not_ready --not-ready-reason lunch",
        "--record-all",
    ):
        assert part in joined, (part, argv)
    assert "--record-all" not in engine_command(s, record_all=False)
    # kuty's policy records every call (KUTY-1.1): by default the engine refuses unrecorded
    assert "--record-all" in engine_command(s)
    back = with_agent_state(argv, "ready")
    assert "--not-ready-reason" not in back and back[-2:] == ["--agent-state", "ready"]
    assert back.count("--agent-state") == 1
    with pytest.raises(ValueError, match="ready or not_ready"):
        engine_command(s, agent_state="after_call_work")


def test_working_day_defaults(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")
    assert (s.ringer_device, s.ring_tone, s.second_call, s.acw_s) == ("", True, "call_waiting", -1)


def test_an_operator_seat_takes_the_policy_after_call_work_and_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11: the console's engine gets the policy's ACW limit (kuty: 120 s) unless the
    settings name one; `kuty serve` has none; a policy saying "busy" wins over call waiting."""
    import dataclasses

    from desk.policy import load_policy
    from seat import launch
    from seat.launch import engine_command

    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")

    def flag(argv: list[str], name: str) -> str:
        return argv[argv.index(name) + 1]

    kuty = load_policy("kuty").agent
    console = engine_command(s, operator_seat=True, record_all=True)
    assert flag(console, "--acw-s") == str(kuty.after_call_work_s) == "120"
    assert flag(console, "--second-call") == "call_waiting"
    assert flag(engine_command(s, record_all=True), "--acw-s") == "0"  # kuty serve
    explicit = dataclasses.replace(s, acw_s=0)
    assert flag(engine_command(explicit, operator_seat=True, record_all=True), "--acw-s") == "0"

    busy = load_policy("csc").agent  # a written-only desk: a second call is busy (CSC-2.5)
    monkeypatch.setattr(launch, "policy_agent_rules", lambda policy_name="kuty": busy)
    argv = engine_command(s, operator_seat=True, record_all=True)
    assert flag(argv, "--second-call") == "busy" and flag(argv, "--acw-s") == "60"


@pytest.mark.parametrize("bad", ["nohost", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:99999"])
def test_a_bad_sip_gateway_is_named(tmp_path: Path, bad: str) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text(f'sip_gateway = "{bad}"\n')
    with pytest.raises(SettingsError, match="sip_gateway"):
        load_settings(data_dir=tmp_path, env={}, config_file=cfg)


def test_a_sip_gateway_reaches_the_engine(tmp_path: Path) -> None:
    """Numbers go to an IP-authenticated trunk when no account is registered (issue 11)."""
    from seat.launch import engine_command

    cfg = tmp_path / "settings.toml"
    cfg.write_text('sip_gateway = "127.0.0.1:5090"\n')
    argv = engine_command(load_settings(data_dir=tmp_path, env={}, config_file=cfg))
    assert argv[argv.index("--gateway") + 1] == "127.0.0.1:5090"


def test_validated_reads_back_what_would_be_saved(tmp_path: Path) -> None:
    """Issue 13: the settings dialog checks a draft through the file, as a start would."""
    import dataclasses

    from desk.settings import Settings, SettingsError, validated

    base = Settings(data_dir=tmp_path)
    good = dataclasses.replace(base, policy="kzp", retention_days=400, imap_port=10993)
    again = validated(good)
    assert (again.policy, again.retention_days, again.imap_port) == ("kzp", 400, 10993)
    with pytest.raises(SettingsError, match="policy must be one of"):
        validated(dataclasses.replace(base, policy="nope"))
    with pytest.raises(SettingsError, match="mail_attachment_max_mb"):
        validated(dataclasses.replace(base, mail_attachment_max_mb=60, mail_message_max_mb=50))
    assert not any(tmp_path.iterdir())  # the scratch file is not in the data folder


def test_a_desk_may_run_its_own_profile_file(tmp_path: Path) -> None:
    """Issue 12: `policy` is a shipped name or the path of a profile file, which is loaded
    (strictly) when the settings are read, so a typo in it stops the seat at once."""
    from desk.policy import POLICY_DIR, seat_policy

    own = tmp_path / "desk.toml"
    own.write_text((POLICY_DIR / "kuty.toml").read_text(encoding="utf-8"), encoding="utf-8")
    settings = load_settings(tmp_path, config_file=tmp_path / "none", env={"KUTY_POLICY": str(own)})
    assert seat_policy(settings).regulation == "KUTY"
    own.write_text("name = 'x'\nregulation = 'KUTY'\nbogus = 1\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"policy file .*desk\.toml"):
        load_settings(tmp_path, config_file=tmp_path / "none", env={"KUTY_POLICY": str(own)})
