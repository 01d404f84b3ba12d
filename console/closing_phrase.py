"""The pre-recorded closing phrase played before an incident hang-up (issue 4, policy option).

The phrase is synthesised once with espeak-ng and converted by sox to 16 kHz mono 16-bit
(the engine's bridge rate, so pjmedia need not resample) into the data dir. It is made
ahead of the first press, on the database worker, because a press must never wait for
synthesis: if the file is not ready the call is hung up without it (KUTY-3.1 first).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PHRASE = "Розмову завершено у зв'язку з порушенням правил спілкування"
FILE_NAME = "closing-phrase.wav"
RATE = 16000


def phrase_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def ready_phrase(data_dir: Path) -> Path | None:
    """The phrase file if it already exists (the press-time check; no synthesis here)."""
    path = phrase_path(data_dir)
    return path if path.is_file() and path.stat().st_size > 44 else None


def ensure_closing_phrase(data_dir: Path) -> Path | None:
    """Make the phrase WAV if missing; None (logged) when espeak-ng or sox is absent.

    Written to a temporary name and renamed, so a half-written file is never played.
    """
    existing = ready_phrase(data_dir)
    if existing is not None:
        return existing
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            log.warning("cannot make the closing phrase: %s is not installed", tool)
            return None
    target = phrase_path(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = target.with_suffix(".espeak.wav")
    tmp = target.with_suffix(".partial.wav")
    try:
        subprocess.run(
            ["espeak-ng", "-v", "uk", "-w", str(raw), PHRASE], check=True, capture_output=True
        )
        subprocess.run(
            ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer",
             str(tmp)],
            check=True,
            capture_output=True,
        )  # fmt: skip
        tmp.replace(target)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("cannot make the closing phrase: %s", exc)
        return None
    finally:
        raw.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    return target
