"""Helpers of the tests that place many calls at once (issue 15): per-call caller numbers
for one sipp process, and waiting for the n-th event of a kind."""

from __future__ import annotations

from pathlib import Path

from tests.support.serve import Event, ServeProcess


def numbers_file(directory: Path, numbers: list[str]) -> Path:
    """A sipp injection file: call n takes line n as [field0] (its From user)."""
    path = directory / "numbers.csv"
    path.write_text("SEQUENTIAL\n" + "".join(f"{n};\n" for n in numbers), encoding="ascii")
    return path


def wait_count(serve: ServeProcess, name: str, count: int, since: int) -> list[Event]:
    """The first `count` events `name` after `since` (waits for the last of them)."""
    mark = since
    for _ in range(count):
        event = serve.wait_for(name, since=mark, timeout=30)
        mark = serve.events.index(event, mark) + 1
    return serve.find(name, since=since)[:count]
