"""The JSON export's profile objects one at a time, without the whole tree in memory.

`json.loads` of the whole file kept the text and every object at once (859 MB for 53 MB)
and died with a RecursionError traceback on an array nested 100,000 deep. Here the top
level (``[...]`` or ``{"profiles": [...], ...}``) is walked by hand and each element is
decoded on its own with `json.JSONDecoder.raw_decode`, so memory is bounded by
`MAX_ITEM_CHARS` plus the records kept, and nesting deeper than Python's C decoder
allows (about 1000 levels; a profile needs 3) is a one-line error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from verification.import_rows import ProfileImportError

__all__ = ["MAX_ITEM_CHARS", "json_items"]

MAX_ITEM_CHARS = 1_000_000
"""Largest single profile object: names, phones and 20 applications fit 50 times over."""

_WS = " \t\r\n"


class _Stream:
    """A sliding window over text chunks that knows the line/column of its first char."""

    def __init__(self, chunks: Iterator[str], name: str, max_item: int) -> None:
        self.chunks = chunks
        self.name = name
        self.max_item = max_item
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1  # of buf[0]
        self.col = 1
        self.decoder = json.JSONDecoder()

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = next(self.chunks, "")
        if not chunk:
            self.eof = True
            return False
        self._drop()
        self.buf += chunk
        return True

    def _drop(self) -> None:
        """Forget what was consumed, keeping the position of what is left."""
        done = self.buf[: self.pos]
        newlines = done.count("\n")
        if newlines:
            self.line += newlines
            self.col = len(done) - done.rfind("\n")
        else:
            self.col += len(done)
        self.buf = self.buf[self.pos :]
        self.pos = 0

    def where(self, index: int) -> tuple[int, int]:
        before = self.buf[:index]
        newlines = before.count("\n")
        if newlines:
            return self.line + newlines, index - before.rfind("\n")
        return self.line, self.col + index

    def error(self, index: int, msg: str) -> ProfileImportError:
        line, col = self.where(index)
        return ProfileImportError(
            f"{self.name}: not valid JSON at line {line} column {col}: {msg}",
            code="import.bad_json",
            line=line,
        )

    def peek(self) -> str:
        """The next non-blank character ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def expect(self, chars: str, what: str) -> str:
        char = self.peek()
        if not char or char not in chars:
            raise self.error(self.pos, f"expected {what}")
        self.pos += 1
        return char

    def value(self, unit: str, index: int) -> Any:
        """Decode one JSON value at the cursor, reading more text while it is cut off."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except RecursionError:
                raise ProfileImportError(
                    f"{self.name}: {unit} {index} is nested too deeply (a profile needs "
                    "3 levels; Python's JSON decoder stops at about 1000)",
                    code="import.too_deep",
                    unit=unit,
                    index=index,
                ) from None
            except json.JSONDecodeError as exc:
                if exc.pos - self.pos >= self.max_item:
                    raise ProfileImportError(
                        f"{self.name}: {unit} {index} is longer than {self.max_item} "
                        "characters (the limit)",
                        code="import.item_too_large",
                        unit=unit,
                        index=index,
                        limit=self.max_item,
                    ) from None
                if len(self.buf) - self.pos <= self.max_item and self._more():
                    continue
                raise self.error(exc.pos, exc.msg) from None
            self.pos = end
            return value


def json_items(chunks: Iterator[str], name: str, max_item: int = MAX_ITEM_CHARS) -> Iterator[Any]:
    """Each element of the top-level array, or of ``"profiles"`` in a top-level object.

    Raises:
        ProfileImportError: not valid JSON (names line and column), not that shape, an
            element nested too deeply or longer than `max_item` characters.
    """
    stream = _Stream(chunks, name, max_item)
    first = stream.peek()
    if first == "[":
        yield from _array(stream, "item")
    elif first == "{":
        stream.pos += 1
        members, profiles = 0, False
        while stream.peek() != "}":
            if members:
                stream.expect(",", "',' or '}'")
            key = stream.value("key", members + 1)
            stream.expect(":", "':'")
            if key == "profiles" and stream.peek() == "[":
                profiles = True
                yield from _array(stream, "item")
            else:
                stream.value("member", members + 1)  # another member: read and dropped
            members += 1
        stream.pos += 1
        if not profiles:
            raise ProfileImportError(
                f"{name}: expected a JSON array of profile objects", code="import.not_array"
            )
    elif first:
        raise ProfileImportError(
            f"{name}: expected a JSON array of profile objects", code="import.not_array"
        )
    else:
        raise stream.error(stream.pos, "Expecting value")
    if stream.peek():
        raise stream.error(stream.pos, "Extra data")


def _array(stream: _Stream, unit: str) -> Iterator[Any]:
    stream.expect("[", "'['")
    index = 0
    while stream.peek() != "]":
        if index:
            stream.expect(",", "',' or ']'")
        index += 1
        yield stream.value(unit, index)
    stream.pos += 1
