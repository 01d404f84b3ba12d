"""Errors shared by the command line and services.

`CliError` lives here, not in seat/cli.py: `python -m seat.cli` runs that file as
`__main__`, and a class defined there would not be the one other modules raise.
"""

from __future__ import annotations


class CliError(Exception):
    """An expected failure of a `kuty` command: printed as one line, exit status 1."""


class NotFound(LookupError):
    """The incident, notification, message, complaint or recording does not exist."""
