"""`kuty-console --demo [--headless]` (issue 14): the bundle's way into `make demo`'s scenario.

The scenario itself runs from the bundle in tests/packaging/test_bundle_demo.py and from
the checkout in tests/gui/test_demo.py; here, what the options mean.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from console.demo import default_demo_dir, parse_args
from desk.settings import default_data_dir

ROOT = Path(__file__).resolve().parents[2]


def test_bare_headless_means_yes_and_the_default_stays_auto() -> None:
    assert parse_args(["--headless"]).headless == "yes"
    assert parse_args([]).headless == "auto"
    assert parse_args(["--headless", "no"]).headless == "no"


def test_the_demo_data_lives_beside_the_real_data_dir_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """From a checkout `demo-data/` as before; frozen, the user's own folder, never the
    real data dir (whose database and recordings the demo must not touch)."""
    assert default_demo_dir() == Path("demo-data")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    demo = default_demo_dir()
    assert demo.parent == default_data_dir().parent and demo.name == "kuty-console-demo"
    assert demo != default_data_dir()


def test_console_hands_demo_to_the_demo_with_its_own_options() -> None:
    """`--demo` anywhere on the line; the demo's parser answers the rest (so a console-only
    option is one argparse line, not a traceback)."""
    res = subprocess.run(
        [sys.executable, "-m", "console.app", "--demo", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("usage: kuty-demo") and "--headless" in res.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "console.app", "--listen", "x", "--demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines()[-1].startswith("kuty-demo: error: unrecognized")
