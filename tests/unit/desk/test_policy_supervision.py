"""The `[supervision]` table (issue 13): who may be listened to, parsed strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.policy import PolicyError, load_policy

KUTY = Path(__file__).resolve().parents[3] / "desk/policies/kuty.toml"
TABLE = 'live_listening = true\nrules = ["KUTY-1.1", "KUTY-3.1"]'


def test_each_regulation_decides_live_listening() -> None:
    # KUTY: every call is recorded (KUTY-1.1) and management oversees calls (KUTY-3.x);
    # the Kazakh desks have no phone service to listen to (KZP-30-8, CSC-2.5) or grant no
    # monitoring of their VIP call-back (EEP-8, EEP-16).
    decided = {name: load_policy(name).supervision for name in ("kuty", "kzp", "csc", "eep")}
    assert decided["kuty"].live_listening is True
    assert decided["kuty"].rules == ("KUTY-1.1", "KUTY-3.1")
    assert [decided[n].live_listening for n in ("kzp", "csc", "eep")] == [False] * 3
    assert decided["kzp"].rules == ("KZP-30-8",)
    assert decided["csc"].rules == ("CSC-2.5",)
    assert decided["eep"].rules == ("EEP-8", "EEP-16")


def test_the_table_sits_right_after_agent_in_every_profile() -> None:
    for name in ("kuty", "kzp", "csc", "eep"):
        text = (KUTY.parent / f"{name}.toml").read_text("utf-8")
        tables = [line for line in text.splitlines() if line.startswith("[")]
        assert tables[tables.index("[agent]") + 1] == "[supervision]", name


def _variant(tmp_path: Path, new: str) -> Path:
    text = KUTY.read_text("utf-8")
    assert TABLE in text
    path = tmp_path / "variant.toml"
    path.write_text(text.replace(TABLE, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ('live_listening = "yes"\nrules = ["KUTY-1.1"]',
         r"supervision\.live_listening: expected true or false"),
        ('rules = ["KUTY-1.1"]', r"supervision\.live_listening: missing"),
        ("live_listening = true\nrules = []", r"supervision\.rules: must name the rules"),
        ("live_listening = true", r"supervision\.rules: must name the rules"),
        ('live_listening = true\nrules = ["EEP-8"]',
         r"supervision\.rules: 'EEP-8' is not a KUTY rule id"),
        ('live_listening = true\nrules = ["KUTY-1.1"]\nwhisper = false',
         r"supervision\.whisper: unknown key"),
    ],
)  # fmt: skip
def test_bad_supervision_values_name_the_key(tmp_path: Path, new: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        load_policy(_variant(tmp_path, new))


def test_a_policy_without_the_table_forbids_listening(tmp_path: Path) -> None:
    text = KUTY.read_text("utf-8")
    path = tmp_path / "old.toml"
    path.write_text(text.replace("[supervision]\n", "").replace(TABLE, ""), encoding="utf-8")
    policy = load_policy(path)
    assert policy.supervision.live_listening is False and policy.supervision.rules == ()
