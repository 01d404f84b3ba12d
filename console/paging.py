"""Keyset paging for the lists that search calls (recordings browser, call picker).

The queries return a page and the cursor of the next one (recordings/search.py); going
back needs the cursors of the pages already seen, so both lists keep the same small
stack. Qt-free on purpose: it is only bookkeeping.
"""

from __future__ import annotations


class CursorPages:
    """The cursor of every page seen (the last is the current page) and the next one's."""

    def __init__(self) -> None:
        self._cursors: list[str | None] = [None]
        self.next: str | None = None

    @property
    def current(self) -> str | None:
        return self._cursors[-1]

    @property
    def number(self) -> int:
        """The current page's number, from 1."""
        return len(self._cursors)

    @property
    def has_next(self) -> bool:
        return self.next is not None

    @property
    def has_previous(self) -> bool:
        return len(self._cursors) > 1

    def first(self) -> None:
        """Back to the newest page (new criteria)."""
        self._cursors = [None]

    def forward(self) -> bool:
        """To the next page, if there is one (then the caller loads it)."""
        if self.next is None:
            return False
        self._cursors.append(self.next)
        return True

    def back(self) -> bool:
        """To the previous page, if there is one (then the caller loads it)."""
        if len(self._cursors) < 2:
            return False
        self._cursors.pop()
        return True
