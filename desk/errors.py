"""Errors shared by the command line and services.

`CliError` lives here, not in desk/cli.py: `python -m desk.cli` runs that file as
`__main__`, and a class defined there would not be the one other modules raise.
"""

from __future__ import annotations


class CliError(Exception):
    """An expected failure of a `kuty` command: printed as one line, exit status 1."""
