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

from db.errors import UserFacingError, one_line

__all__ = ["CliError", "NotFound", "UserFacingError", "one_line"]


class CliError(UserFacingError):
    """An expected failure of a `kuty` command: printed as one line, exit status 1."""


class NotFound(UserFacingError, LookupError):
    """The incident, notification, message, complaint or recording does not exist."""
