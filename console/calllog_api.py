"""What the console needs from the call log, as a structural type.

The console depends on this shape rather than importing `seat.calllog` in its type hints,
so tests can hand in a recording fake where the database is not the thing under test,
and the GUI modules keep importing cleanly while the database layer evolves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from telephony.protocol import Event


class CallLogLike(Protocol):
    def apply(self, event: Event) -> Any: ...

    def audit(
        self, kind: str, actor: Any, payload: dict[str, Any], call_id: str | None = None
    ) -> Any: ...

    def list_calls(self, day: dt.date | None = None, limit: int = 200) -> Sequence[Any]: ...
