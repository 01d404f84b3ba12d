"""Pure parts of telephony/registrations.py: when ICE can work, how STUN lists merge."""

from __future__ import annotations

import pytest

from telephony.registrations import StunStatus, ice_possible


@pytest.mark.parametrize(
    ("host", "possible"),
    [
        ("127.0.0.1", False),  # pjnath offers no loopback host candidate: calls would fail
        ("127.0.0.2", False),
        ("::1", False),
        ("[::1]", False),
        ("localhost", False),
        ("0.0.0.0", True),  # every interface
        ("192.0.2.10", True),
        ("2001:db8::5", True),
        ("seat1.kuty.example", True),
    ],
)
def test_ice_needs_a_non_loopback_address(host: str, possible: bool) -> None:
    assert ice_possible(host) is possible


def test_stun_lists_merge_in_order_without_duplicates() -> None:
    status = StunStatus(servers=("a.example:3478",))
    assert status.merged(["b.example:3478", "a.example:3478"]) == (
        "a.example:3478",
        "b.example:3478",
    )
    assert StunStatus().merged(["x:1"]) == ("x:1",)
