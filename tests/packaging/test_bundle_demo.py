"""`kuty-console --demo --headless` from the bundle, as a person with a fresh account runs
it (issue 14): the same scenario as `make demo`, the engine, the simulated caller and the
phone network all started as the bundle's `kuty _run ...` (no Python, no checkout).

Asserted on what it leaves behind, not only its exit status: the call log and the
recording's rows as the bundle's own `kuty` reads them, and both tracks on disk matching
the hashes the demo printed.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from tests.packaging.conftest import Package, clean_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_headless_demo_from_the_bundle_answers_and_records(
    package: Package, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    res = subprocess.run(
        [str(package.console), "--demo", "--headless"],
        env=clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    out = res.stdout
    assert res.returncode == 0, out[-3000:] + res.stderr[-3000:]
    assert "Traceback" not in res.stderr
    assert "clicking 'Відповісти'" in out  # answered through the real (Ukrainian) button
    assert "VERIFIED: Коваленко Олена; 1 application(s)" in out
    assert "caller      +380501234567" in out
    ring = re.search(r"ringtone    ([\d.]+) s in the headset, ([\d.]+) s on the ringer", out)
    assert ring and float(ring[1]) >= 0.5 and float(ring[2]) >= 0.5, out[-3000:]
    data = home / ".local" / "share" / "kuty-console-demo"  # platformdirs, XDG unset
    assert f"demo: data dir {data} " in out, out[:2000]
    mixed = re.search(r"^recording   (\S+) \[complete\]$", out, re.M)
    assert mixed, out[-3000:]
    folder = Path(mixed[1]).parent
    assert folder.is_relative_to(data / "recordings")
    printed = dict(
        (label, digest)
        for digest, label in re.findall(r"^sha256      (\w+)  \S+ \((\w+)\)$", out, re.M)
    )
    for track in ("caller", "operator", "mixed"):
        path = folder / f"{track}.wav"
        with wave.open(str(path)) as w:
            channels = 2 if track == "mixed" else 1  # mixed.wav is stereo
            assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, channels, 2)
            assert w.getnframes() > 16000, f"{track}: under a second"
            pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(float)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == printed[track], track
        if track == "caller":  # the simulated caller spoke (espeak-ng): not silence
            assert float(np.sqrt(np.mean(pcm**2))) > 200, "caller track is silent"

    def kuty(*args: str) -> list[dict[str, object]]:
        got = subprocess.run(
            [str(package.kuty), *args, "--json", "--data-dir", str(data)],
            env=clean_env(home, KUTY_CONFIG=str(data / "settings.toml")),
            cwd=home,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert got.returncode == 0, got.stderr
        return list(json.loads(got.stdout))

    recordings = kuty("recordings", "list")
    ours = [r for r in recordings if str(r.get("mixed_path", "")).startswith(str(folder))]
    assert len(ours) == 1, recordings
    row = ours[0]
    assert row["status"] == "complete", row
    assert row["caller_sha256"] == printed["caller"]
    assert row["operator_sha256"] == printed["operator"]
    calls = kuty("calls", "list")
    answered = [c for c in calls if c.get("number") == "+380501234567" and c.get("answer_at")]
    assert len(answered) >= 2, calls  # the call and the operator's call-back
