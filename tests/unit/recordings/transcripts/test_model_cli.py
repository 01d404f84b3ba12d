"""`kuty transcripts model`: what an admin runs after copying a faster-whisper folder.

Run as the admin would (`python -m seat.cli` in a subprocess, the settings file the
program reads); the bundle runs the same command in tests/packaging/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
WHISPER_FILES = ("model.bin", "config.json", "tokenizer.json", "vocabulary.json")


def _kuty(config: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUTY_")}
    env["KUTY_CONFIG"] = str(config)
    return subprocess.run(
        [sys.executable, "-m", "seat.cli", "transcripts", "model", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_default_engine_reports_the_shipped_english_model(tmp_path: Path) -> None:
    res = _kuty(tmp_path / "no-settings.toml")
    assert res.returncode == 0, res.stderr
    assert "engine        pocketsphinx (English)" in res.stdout
    folder = res.stdout.split("model folder  ", 1)[1].split(" (shipped", 1)[0]
    assert (Path(folder) / "en-us" / "en-us" / "mdef").is_file(), res.stdout


def test_a_whisper_folder_set_later_is_found_and_its_gaps_named(tmp_path: Path) -> None:
    """Configured after installation: the same command first names what the folder lacks,
    then, once the admin has copied the files, reports it complete."""
    model = tmp_path / "models" / "whisper-small"
    model.mkdir(parents=True)
    config = tmp_path / "settings.toml"
    config.write_text(
        f'transcription_engine = "faster-whisper"\ntranscription_model_dir = "{model}"\n',
        encoding="utf-8",
    )
    (model / "config.json").write_text("{}", encoding="utf-8")
    res = _kuty(config)
    assert res.returncode == 1
    assert f"model folder  {model}" in res.stdout
    assert "missing model.bin, tokenizer.json, vocabulary.json" in res.stdout
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kuty transcripts: no complete"), res.stderr
    for name in WHISPER_FILES:
        (model / name).write_bytes(b"{}")
    res = _kuty(config)
    assert "model         complete" in res.stdout, res.stdout
    installed = "package       faster-whisper " in res.stdout
    assert res.returncode == (0 if installed else 1), res.stdout + res.stderr
    if not installed:
        assert "install the `whisper` extra" in res.stderr and "Traceback" not in res.stderr
