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


# ------------------------------------------------------------ issue 11: agent and scripts


def test_kuty_agent_rules_and_refusal_scripts() -> None:
    kuty = load_policy("kuty")
    assert kuty.agent.not_ready_reasons == ("break", "lunch", "training", "other")
    assert kuty.agent.after_call_work_s == 120 and kuty.agent.second_call == "call_waiting"
    refusals = {s.rules[0]: s for s in kuty.scripts if s.kind == "refusal"}
    assert sorted(refusals) == ["KUTY-2.3", "KUTY-2.4", "KUTY-2.5", "KUTY-2.6", "KUTY-2.7"]
    for rule, script in refusals.items():
        category = kuty.category(script.category or "")
        # Each refusal names the out-of-scope category of the same rule: one click fills
        # the wrap-up's category and out-of-scope rule together.
        assert category is not None and not category.in_scope and rule in category.rules
        assert any("\u0400" <= ch <= "\u04ff" for ch in script.text), script.id  # Ukrainian
        assert "\\" not in script.text and "  " not in script.text  # TOML joins cleanly
    conduct = [s for s in kuty.scripts if s.kind == "conduct"]
    assert [s.rules[0] for s in conduct] == ["KUTY-2.8"]


def test_every_desk_brings_its_own_scripts_citing_its_own_rules() -> None:
    for name in available_policies():
        policy = load_policy(name)
        assert policy.scripts, name
        for script in policy.scripts:
            assert script.rules and all(r.startswith(policy.regulation + "-") for r in script.rules)
            assert script.title and script.text
    kzp = load_policy("kzp")
    passwords = kzp.script("never_asks_passwords")
    assert passwords is not None and passwords.rules == ("KZP-30-11",)
    assert "құпиясөз" in passwords.text  # Kazakh: "password"
    assert load_policy("csc").agent.second_call == "busy"  # CSC-2.5: no phone service


def test_registration_numbers_where_the_regulations_want_them() -> None:
    eep, kuty, kzp = load_policy("eep"), load_policy("kuty"), load_policy("kzp")
    assert eep.wants_registration_number("error")  # EEP-13
    assert not eep.wants_registration_number("consultation")
    assert kuty.wants_registration_number("registration")  # DESIGN.md step 7: the case
    assert not kuty.wants_registration_number("queue_position")  # refused, no case opened
    assert not kuty.wants_registration_number("no_such_category")
    assert not kzp.wants_registration_number("portal_use")  # KZP has no numbers at all
    assert kuty.category("legal_question") is not None and kuty.category("x") is None


_KUTY_LEGAL = 'id = "legal_advice"\nkind = "refusal"\ncategory = "legal_question"'


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("after_call_work_s = 120", "after_call_work_s = -1", r"agent\.after_call_work_s: .*>= 0"),
        ("after_call_work_s = 120", "after_call_work_s = 7200", r"agent\.after_call_work_s"),
        ("after_call_work_s = 120", 'after_call_work_s = "2m"', r"agent\.after_call_work_s"),
        ('second_call = "call_waiting"', 'second_call = "queue"', r"agent\.second_call: 'queue'"),
        ('second_call = "call_waiting"', 'second_cal = "busy"', r"agent\.second_cal: unknown"),
        (
            'not_ready_reasons = ["break", "lunch", "training", "other"]',
            "not_ready_reasons = []",
            r"agent\.not_ready_reasons: must not be empty",
        ),
        (
            'not_ready_reasons = ["break", "lunch", "training", "other"]',
            'not_ready_reasons = ["Обід"]',
            r"agent\.not_ready_reasons: 'Обід' is not a code",
        ),
        (
            'not_ready_reasons = ["break", "lunch", "training", "other"]',
            'not_ready_reasons = ["lunch", "lunch"]',
            r"agent\.not_ready_reasons: has a duplicate",
        ),
        (_KUTY_LEGAL, _KUTY_LEGAL.replace('"refusal"', '"joke"'), r"scripts\[0\]\.kind: 'joke'"),
        (
            _KUTY_LEGAL,
            _KUTY_LEGAL.replace("legal_question", "registration"),
            r"scripts\[0\]\.category: 'registration' is in scope",
        ),
        (
            _KUTY_LEGAL,
            _KUTY_LEGAL.replace("legal_question", "weather"),
            r"scripts\[0\]\.category: 'weather' is not a category",
        ),
        (
            _KUTY_LEGAL,
            _KUTY_LEGAL.replace('category = "legal_question"', ""),
            r"scripts\[0\]\.category: a refusal names",
        ),
        ('rules = ["KUTY-2.3"]\n\n[[scripts]]', 'rules = ["KZP-30-11"]\n\n[[scripts]]',
         r"scripts\[0\]\.rules: 'KZP-30-11' is not a KUTY rule id"),
        ('rules = ["KUTY-2.3"]\n\n[[scripts]]', "rules = []\n\n[[scripts]]",
         r"scripts\[0\]\.rules: a script must cite"),
        ('title = "Юридична консультація"', 'title = "  "', r"scripts\[0\]\.title: must not be"),
        ('title = "Юридична консультація"', 'titel = "x"', r"scripts\[0\]\.title: missing"),
        ('id = "queue_order"', 'id = "legal_advice"', r"scripts\[1\]\.id: duplicate script"),
        (_KUTY_LEGAL, _KUTY_LEGAL + '\nvoice = "calm"', r"scripts\[0\]\.voice: unknown key"),
        (
            'id = "registration"\nregistration_number = true',
            'id = "registration"\nregistration_number = "yes"',
            r"categories\[0\]\.registration_number: expected true or false",
        ),
    ],
)  # fmt: skip
def test_bad_agent_and_script_values_name_the_key(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    with pytest.raises(PolicyError, match=message):
        load_policy(_variant(tmp_path, old, new))


def test_a_category_wanting_numbers_needs_a_format(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[3] / "desk/policies/kuty.toml").read_text("utf-8")
    start = text.index("[registration_number]")
    end = text.index("[blocking]")
    path = tmp_path / "no-format.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(PolicyError, match=r"categories\[0\]\.registration_number: needs a"):
        load_policy(path)


def test_a_policy_without_agent_table_gets_safe_defaults(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[3] / "desk/policies/kzp.toml").read_text("utf-8")
    path = tmp_path / "old.toml"
    path.write_text(text[: text.index("[agent]")], encoding="utf-8")
    policy = load_policy(path)
    assert policy.agent.after_call_work_s == 0 and policy.agent.second_call == "busy"
    assert policy.agent.not_ready_reasons == ("break", "lunch", "training", "other")
    assert policy.scripts == ()


def test_the_seat_policy_is_a_setting_read_in_one_place(tmp_path: Path) -> None:
    """Issue 12: `policy = "kzp"` in settings.toml makes the seat a KZP desk; a name that is
    not a shipped profile is refused with the list of those that are."""
    from desk.policy import seat_policy
    from desk.settings import SettingsError, load_settings

    config = tmp_path / "settings.toml"
    config.write_text('policy = "kzp"\n', encoding="utf-8")
    settings = load_settings(tmp_path, config_file=config, env={})
    assert seat_policy(settings).regulation == "KZP"
    assert seat_policy(load_settings(tmp_path, config_file=tmp_path / "none", env={})).name == (
        "kuty"
    )
    config.write_text('policy = "moon"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="policy must be one of csc, eep, kuty, kzp"):
        load_settings(tmp_path, config_file=config, env={})


def test_reply_templates_are_parsed_strictly(tmp_path: Path) -> None:
    source = (Path(__file__).parents[3] / "desk/policies/csc.toml").read_text(encoding="utf-8")
    good = source + '\n[[templates]]\nid = "thanks"\ntitle = "Спасибо"\ntext = "Спасибо."\n'
    path = tmp_path / "csc.toml"
    path.write_text(good + 'rules = ["CSC-2.5"]\n', encoding="utf-8")
    template = load_policy(path).template("thanks")
    assert template is not None and template.rules == ("CSC-2.5",)
    path.write_text(good, encoding="utf-8")
    with pytest.raises(PolicyError, match=r"templates.*rules"):
        load_policy(path)
