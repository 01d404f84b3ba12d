"""Errors meant for people, shared by every layer (STYLE: Electrum's `UserFacingException`).

A service raises a `UserFacingError` (or a subclass) when the failure is the user's to
fix or to know: bad input, a missing permission, a full disk. Both front ends render it
the same way, as one line in the user's language: `kuty` through its `main()`, the console
through its default background-job failure. Anything else is a bug: logged with its
traceback, shown to the user only as a generic one-line message.

`message` is the English text (logs, the English UI, the CLI); `code` names the message in
the translation tables, and `params` fill its placeholders, so a front end can show it in
Ukrainian without parsing English.

`CliError` lives here, not in seat/cli.py: `python -m seat.cli` runs that file as
`__main__`, and a class defined there would not be the one other modules raise.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CliError", "NotFound", "UserFacingError", "one_line"]

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

    def __init__(self, message: str, *, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return one_line(self.message)


class CliError(UserFacingError):
    """An expected failure of a `kuty` command: printed as one line, exit status 1."""


class NotFound(UserFacingError, LookupError):
    """The incident, notification, message, complaint or recording does not exist."""
