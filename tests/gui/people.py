"""The desk's people in console tests: Olena operates, Petro supervises (KUTY-3.3's
"report to management" needs an in-app recipient)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from db.models import Operator, OperatorRole
from desk.roles import Actor

OLENA = Actor("olena", OperatorRole.OPERATOR, 1)
PETRO = Actor("petro", OperatorRole.SUPERVISOR, 2)


def add_people(sessions: sessionmaker[Session]) -> None:
    """An operator and a supervisor, so wrap-ups, agent states and incidents name them."""
    with sessions.begin() as s:
        s.add(Operator(id=1, username="olena", display_name="Олена Ш.",
                       role=OperatorRole.OPERATOR))  # fmt: skip
        s.add(Operator(id=2, username="petro", display_name="Петро К.",
                       role=OperatorRole.SUPERVISOR))  # fmt: skip
