"""The argv that starts one of our modules in a child process, in a checkout or a bundle.

Hosts start the engine (`telephony.engine_main`), the demo starts a simulated caller
(`telephony.simcall`) and a second seat (`seat.cli`), and `kuty --version` probes the
binding (`telephony.versions`), each as `python -m MODULE`. In the PyInstaller bundle
(issue 14) `sys.executable` is the bundle's own program and has no `-m`: there the child is
the bundle's `kuty` with the hidden sub-command `_run MODULE ARGS...`, which runs that
module as `__main__` (`run_module`, called first thing by `seat.cli.main`).

Only the modules in `RUNNABLE` can be started that way: the hidden sub-command is not a
general "run any code in the bundle" door, and a spawn site naming a module nobody listed
fails at once in a checkout too, not only in the shipped bundle.

Kept in telephony/ (free of pjsua2) because telephony/versions.py uses it and telephony may
not import seat/; seat/ and console/ import it from here.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

RUN_COMMAND = "_run"
"""The hidden `kuty` sub-command that runs a module of `RUNNABLE` (bundle only)."""

RUNNABLE = (
    "telephony.engine_main",
    "telephony.simcall",
    "telephony.versions",
    "seat.cli",
)
"""Modules a child process may be started as; each ends in `sys.exit(main())`."""

CLI_NAME = "kuty"


def is_frozen() -> bool:
    """Whether this process is the PyInstaller bundle (its bootloader sets `sys.frozen`)."""
    return bool(getattr(sys, "frozen", False))


def bundle_cli(executable: str | None = None) -> Path:
    """The bundle's `kuty` program: beside whichever of the bundle's programs runs now
    (`kuty-console` and `kuty` share one folder and one `_internal`)."""
    exe = Path(executable or sys.executable)
    return exe.with_name(CLI_NAME + (".exe" if os.name == "nt" else ""))


def module_command(module: str) -> list[str]:
    """`[python, "-m", module]`, or in the bundle `[<bundle>/kuty, "_run", module]`.

    Raises:
        ValueError: `module` is not in `RUNNABLE` (a programming error: list it there).
    """
    if module not in RUNNABLE:
        raise ValueError(f"{module!r} is not a runnable module (telephony.spawn.RUNNABLE)")
    if is_frozen():
        return [str(bundle_cli()), RUN_COMMAND, module]
    return [sys.executable, "-m", module]


def run_module(argv: list[str]) -> int:
    """`kuty _run MODULE ARGS...`: run MODULE as `__main__` with ARGS as its arguments.

    Returns the module's exit status; a module outside `RUNNABLE` (or none) gets one line
    on stderr and status 2, as argparse does for a bad command line.
    """
    if not argv or argv[0] not in RUNNABLE:
        what = repr(argv[0]) if argv else "no module"
        print(
            f"{CLI_NAME} {RUN_COMMAND}: {what} cannot be run; one of: {', '.join(RUNNABLE)}",
            file=sys.stderr,
        )
        return 2
    module, args = argv[0], argv[1:]
    saved = sys.argv
    sys.argv = [module, *args]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        return _exit_status(exc.code)
    finally:
        sys.argv = saved
    return 0


def _exit_status(code: object) -> int:
    """`SystemExit.code` as a process status (None is 0; a message is printed and is 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
