"""Integration fixtures: a running `kuty serve` with auto-answer on a private data dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.audio import require_tools
from tests.support.serve import ServeProcess


@pytest.fixture(scope="session", autouse=True)
def _peer_tools() -> None:
    """No skips: a missing peer program is a broken test machine (`make test-deps`)."""
    require_tools("sipp", "baresip", "sox", "espeak-ng")


@pytest.fixture
def serve(tmp_data_dir: Path) -> Iterator[ServeProcess]:
    """`kuty serve --auto-answer` without a headset; stopped (and checked: exit 0) after."""
    with ServeProcess(tmp_data_dir, auto_answer=True) as proc:
        yield proc
