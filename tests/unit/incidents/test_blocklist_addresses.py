"""The blocklist takes a writer's e-mail address as well as a number (issue 12, KUTY-3.3
and 3.4: block the sender of an abusive or threatening message)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desk.roles import Actor
from incidents.blocklist import block_number, is_blocked, normalise, unblock_number


def test_an_address_is_blocked_whatever_its_case(
    sessions: sessionmaker[Session], supervisor: Actor
) -> None:
    entry = block_number(sessions, supervisor, " Sirko@Example.ORG ", "Погрози (KUTY-3.4)")
    assert is_blocked(sessions, "sirko@example.org") and is_blocked(sessions, "SIRKO@example.org")
    assert not is_blocked(sessions, "other@example.org")
    assert block_number(sessions, supervisor, "sirko@example.org", "again") == entry
    assert unblock_number(sessions, supervisor, "SIRKO@EXAMPLE.ORG")
    assert not is_blocked(sessions, "sirko@example.org")


@pytest.mark.parametrize(
    "bad",
    [
        "sirko",
        "sirko@",
        "@example.org",
        "a b@example.org",
        "<a@example.org>",
        "a@example",
        "a@@example.org",
        "x" * 300 + "@example.org",
        "",
    ],
)
def test_what_is_neither_a_number_nor_an_address_is_refused_in_one_line(
    sessions: sessionmaker[Session], supervisor: Actor, bad: str
) -> None:
    assert normalise(bad) is None
    with pytest.raises(ValueError, match=r"not an E\.164 number or an e-mail address") as err:
        block_number(sessions, supervisor, bad, "reason")
    assert "\n" not in str(err.value)


def test_an_operator_may_not_block_an_address(
    sessions: sessionmaker[Session], operator: Actor
) -> None:
    from desk.roles import PermissionDenied

    with pytest.raises(PermissionDenied):
        block_number(sessions, operator, "sirko@example.org", "reason")
