"""Policy as data: every shipped regulation loads; bad keys are named (DESIGN.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk.policy import PolicyError, available_policies, load_policy


def test_every_shipped_policy_loads() -> None:
    names = available_policies()
    assert names == ["csc", "eep", "kuty", "kzp"]
    for name in names:
        policy = load_policy(name)
        assert policy.name == name
        assert all(r.startswith(policy.regulation + "-") for c in policy.channels for r in c.rules)


def test_kuty_verification_limits_and_incidents() -> None:
    kuty = load_policy("kuty")
    v = kuty.verification
    assert (v.per_call_failures, v.per_profile_failures, v.per_profile_window_hours) == (3, 5, 24)
    assert v.required_for_detailed_help and "KUTY-2.2" in v.rules
    assert v.factors == ("caller_number", "surname", "first_name", "key_phrase")
    assert kuty.channel_kinds == ("voice", "email")
    threat = kuty.incident("threat", "voice")
    assert threat is not None and threat.notify == ("management", "police")
    assert threat.action == "end_contact" and threat.rules == ("KUTY-3.2",)
    abuse_mail = kuty.incident("abuse", "email")
    assert abuse_mail is not None and abuse_mail.action == "may_end_contact"
    assert kuty.record_all_calls and not kuty.blocking.allowed
    assert {c.id for c in kuty.categories if not c.in_scope} >= {"legal_question", "queue_position"}


def test_kazakh_policies_express_their_rules() -> None:
    kzp, eep, csc = load_policy("kzp"), load_policy("eep"), load_policy("csc")
    assert kzp.channel_kinds == ("chat",) and kzp.blocking.allowed
    assert "password" in kzp.verification.never_ask
    assert eep.response.no_response_close_hours == 8
    assert [s.id for s in eep.sla_levels] == ["basic", "vip"]
    assert eep.allows_channel("callback", "vip") and not eep.allows_channel("callback", "basic")
    assert eep.allows_channel("email", "basic")
    assert eep.registration_number is not None
    assert eep.registration_number.make(42, date(2025, 1, 2)) == "EEP-2025-000042"
    assert csc.response.answer_within_minutes == 60 and csc.response.answer_target_extendable
    assert not csc.allows_channel("voice") and csc.blocking.allowed


def test_hours_in_the_policy_time_zone() -> None:
    csc = load_policy("csc")
    monday_0730_utc = datetime(2025, 3, 3, 3, 30, tzinfo=UTC)  # 08:30 in Astana (UTC+5)
    window = csc.hours.window_at(monday_0730_utc)
    assert window is not None and window.mode == "full"
    saturday = csc.hours.window_at(datetime(2025, 3, 8, 6, 0, tzinfo=UTC))
    assert saturday is not None and saturday.mode == "duty"
    assert csc.hours.window_at(datetime(2025, 3, 8, 13, 0, tzinfo=UTC)) is None


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = (Path(__file__).resolve().parents[3] / "desk/policies/kuty.toml").read_text("utf-8")
    assert old in text
    path = tmp_path / "variant.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("per_call_failures = 3", 'per_call_failures = "3"', r"verification\.per_call_failures"),
        ("per_call_failures = 3", "per_call_failures = 0", r"per_call_failures: .*>= 1"),
        (
            "per_call_failures = 3",
            "per_cal_failures = 3",
            r"verification\.per_cal_failures: unknown",
        ),
        ('kind = "voice"', 'kind = "fax"', r"channels\[0\]\.kind: 'fax'"),
        ('time_zone = "Europe/Kyiv"', 'time_zone = "Mars/Base"', r"hours\.time_zone"),
        ('rules = ["KUTY-3.1"]', 'rules = ["EEP-16"]', r"incidents\[0\]\.rules: 'EEP-16'"),
        ('end = "18:00"', 'end = "08:00"', r"hours\.windows\[0\]\.end"),
        ('"first_name", "key_phrase"]', '"first_name"]', r"verification\.factors"),
        ("{seq:05d}", "{sequence}", r"registration_number\.format"),
        ('name = "kuty"', "name = [", r"not valid TOML"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        load_policy(_variant(tmp_path, old, new))


def test_unknown_policy_name_lists_the_shipped_ones() -> None:
    with pytest.raises(PolicyError, match="csc, eep, kuty, kzp"):
        load_policy("nowhere")
