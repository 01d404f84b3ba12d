"""SIP account settings: validated before they reach the engine; passwords never printed."""

from __future__ import annotations

import pytest

from telephony.accounts import AccountError, AccountSpec, SrtpUse, Transport


def spec(**changes: object) -> AccountSpec:
    values: dict[str, object] = {"account_id": "desk", "registrar": "pbx.kuty.example:5060",
                                 "user": "101", "password": "таємниця-42"}  # fmt: skip
    values.update(changes)
    return AccountSpec.from_args(values)


def test_round_trip_and_uris() -> None:
    s = spec(transport="tls", srtp="mandatory", proxy="proxy.kuty.example:5061")
    assert AccountSpec.from_args(s.to_args()) == s
    assert s.transport is Transport.TLS and s.srtp is SrtpUse.MANDATORY
    assert s.registrar_uri == "sips:pbx.kuty.example:5060;transport=tls"
    assert s.proxy_uri == "sips:proxy.kuty.example:5061;transport=tls;lr"
    assert s.aor == "sip:101@pbx.kuty.example"
    assert "таємниця" not in repr(s)  # passwords never reach logs through repr


@pytest.mark.parametrize(
    ("changes", "needle"),
    [
        ({"account_id": "bad id!"}, "account_id"),
        ({"registrar": ""}, "registrar is required"),
        ({"registrar": "pbx;evil=1"}, "registrar must be host[:port]"),
        ({"user": "a b"}, "user must be"),
        ({"reg_timeout_s": 5}, "reg_timeout_s"),
        ({"transport": "sctp"}, "sctp"),
        ({"stun_servers": ["stun.example:3478", "stun.example:3478"]}, "listed twice"),
        ({"stun_servers": ["stun example"]}, "stun_servers"),
        ({"stun_servers": [f"s{i}.example" for i in range(5)]}, "at most 4 STUN"),
        ({"stun_servers": [3478]}, "stun_servers"),
        ({"colour": "red"}, "unknown account field"),
    ],
)
def test_bad_settings_are_refused_with_the_field_named(
    changes: dict[str, object], needle: str
) -> None:
    with pytest.raises(AccountError, match=needle.replace("[", r"\[").replace("]", r"\]")):
        spec(**changes)


def test_stun_servers_round_trip_and_dial_uri() -> None:
    s = spec(stun_servers=["stun.kuty.example:3478", "[2001:db8::1]:3478"], ice=True)
    assert s.stun_servers == ("stun.kuty.example:3478", "[2001:db8::1]:3478")
    assert AccountSpec.from_args(s.to_args()) == s
    assert s.to_args()["stun_servers"] == ["stun.kuty.example:3478", "[2001:db8::1]:3478"]
    # numbers dialled through a registered account go to its PBX, with its transport
    assert s.call_uri("+380501234567") == "sip:+380501234567@pbx.kuty.example:5060"
    assert spec(domain="kuty.example").call_uri("101") == "sip:101@kuty.example"
    tls = spec(transport="tls")
    # TLS to the PBX, but not sips: (a sips: target needs a sips: Contact from the callee)
    assert tls.call_uri("101") == "sip:101@pbx.kuty.example:5060;transport=tls"
