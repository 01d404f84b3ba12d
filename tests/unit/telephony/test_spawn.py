"""Child processes start the same way from a checkout and from the bundle (issue 14).

In a checkout a child is `python -m MODULE`; frozen (PyInstaller sets `sys.frozen`) it is
the bundle's `kuty _run MODULE`, because the bundle's program has no `-m`. The frozen
branch is run for real by tests/packaging/; here both branches' argv, and the hidden
sub-command itself, run through `python -m seat.cli` as the bundle's `kuty` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desk.settings import load_settings
from seat.launch import engine_command
from telephony.spawn import RUNNABLE, bundle_cli, module_command

ROOT = Path(__file__).resolve().parents[3]


def test_in_a_checkout_a_child_is_python_dash_m() -> None:
    assert module_command("telephony.engine_main") == [
        sys.executable,
        "-m",
        "telephony.engine_main",
    ]


def test_frozen_a_child_is_the_bundles_kuty_with_the_hidden_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever of the bundle's programs runs (the GUI here), the child is its sibling
    `kuty`, and the engine's own options follow the module name unchanged."""
    gui = tmp_path / "kuty-console" / "kuty-console"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui))
    kuty = str(tmp_path / "kuty-console" / "kuty")
    assert bundle_cli() == Path(kuty)
    assert module_command("telephony.simcall") == [kuty, "_run", "telephony.simcall"]
    settings = load_settings(data_dir=tmp_path / "data", env={}, config_file=tmp_path / "no")
    argv = engine_command(settings, record_all=True)
    assert argv[:3] == [kuty, "_run", "telephony.engine_main"]
    assert argv[3:5] == ["--listen", settings.listen]


def test_a_module_nobody_listed_is_refused_in_both_branches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValueError, match="not a runnable module"):
        module_command("os")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(ValueError, match="not a runnable module"):
        module_command("telephony.engine")


def _kuty(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "seat.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def test_hidden_run_runs_the_module_as_main_with_its_arguments() -> None:
    """`kuty _run telephony.versions` is the probe `kuty --version` starts in the bundle:
    its JSON line names our PJSIP build; `_run telephony.simcall --help` shows that the
    arguments reach the module's own parser."""
    res = _kuty("_run", "telephony.versions")
    assert res.returncode == 0, res.stderr
    probe = json.loads([line for line in res.stdout.splitlines() if line.startswith("{")][-1])
    assert probe["pjsip"].startswith("2.16"), probe
    helped = _kuty("_run", "telephony.simcall", "--help")
    assert helped.returncode == 0, helped.stderr
    assert "--say" in helped.stdout


def test_hidden_run_refuses_other_modules_with_one_line() -> None:
    for args in (("_run", "os"), ("_run",)):
        res = _kuty(*args)
        assert res.returncode == 2, res
        assert res.stdout == ""
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kuty _run: "), res.stderr
        assert "Traceback" not in res.stderr
        assert all(m in lines[0] for m in RUNNABLE)
