"""The error base every layer raises for people (STYLE: Electrum's `UserFacingException`).

It lives in the lowest layer so that `db/` itself (an unreachable database) can raise
one; `desk.errors` re-exports it with the errors of the layers above. What it is for, and
how the front ends render it: see desk/errors.py.
"""

from __future__ import annotations

from typing import Any

__all__ = ["UserFacingError", "one_line"]

_MAX_LINE = 2000


def one_line(text: str, limit: int = _MAX_LINE) -> str:
    """Fold whitespace and control characters to one printable line of at most `limit`."""
    folded = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


class UserFacingError(Exception):
    """A failure a person should read: one line, never a traceback.

    Args:
        message: English, complete and specific ("line 3: the number +38044 is too short").
        code: key of the translated text (e.g. ``"import.too_deep"``); empty for none.
        params: values for the translated text's ``{placeholders}``.
    """

    def __init__(self, message: str = "", *, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return one_line(self.message)
