"""The PyInstaller bundle runs on its own (issue 14): `kuty --help`, `kuty --version`, what
it carries, the hidden `_run`, and a transcription model folder configured after install.

Every program runs from the bundle with a clean HOME and no Python of ours on the path.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, Package, clean_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def run(program: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=clean_env(home, **env),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_make_package_printed_its_progress(package: Package) -> None:
    for step in range(1, 6):
        assert f"package: [{step}/5]" in package.log, package.log[-2000:]
    assert "package: deb: wrote " in package.log


def test_kuty_help_and_version_from_the_bundle(package: Package, tmp_path: Path) -> None:
    """--version: the app, PJSIP 2.16 from the bundled binding, and OpenSSL 3 loaded from
    the *system* (the spec leaves libssl to the seat's apt upgrades, ADR 0008)."""
    helped = run(package.kuty, "--help", home=tmp_path)
    assert helped.returncode == 0, helped.stderr
    for command in ("serve", "calls", "recordings", "transcripts", "users"):
        assert command in helped.stdout
    assert "_run" not in helped.stdout  # hidden: not a user's command
    res = run(package.kuty, "--version", home=tmp_path)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert lines[0] == f"kuty-console {version}", res.stdout  # metadata copied into the bundle
    pjsip = next(line for line in lines if line.startswith("PJSIP "))
    assert re.match(r"PJSIP 2\.16\b", pjsip), res.stdout
    assert f"(pjsua2: {package.bundle}/_internal/_pjsua2" in pjsip, res.stdout
    ssl = re.search(r"^OpenSSL (3\.\d+\.\d+)\S* .*\((/\S+)\)$", res.stdout, re.M)
    assert ssl, res.stdout
    assert not ssl[2].startswith(str(package.bundle)), ssl[2]
    assert not any(line.startswith("engine:") for line in lines), res.stdout


def test_the_bundle_carries_data_and_leaves_system_libraries_to_the_system(
    package: Package,
) -> None:
    internal = package.bundle / "_internal"
    assert sorted(p.name for p in package.bundle.iterdir()) == ["_internal", "kuty", "kuty-console"]
    for needed in (
        "console/i18n/kuty_uk.qm",
        "console/i18n/kuty_ru.qm",  # issue 12
        "console/i18n/kuty_kk.qm",
        "db/alembic.ini",
        "db/migrations/env.py",
        "db/migrations/versions/0001_initial.py",
        "desk/policies/kuty.toml",
        "telephony/data/not_recorded_uk.wav",
        "pocketsphinx/model/en-us/en-us/mdef",
    ):
        assert (internal / needed).is_file(), needed
    # the dashboards' plots (issue 13): pyqtgraph with its data, and numpy's extensions
    assert (internal / "pyqtgraph" / "colors").is_dir() and (internal / "numpy").is_dir()
    # the metadata `kuty --version` reads: a dist-info, or the egg-info an editable
    # install (`make bootstrap`) leaves in the clone, which is found first on the path
    metadata = [*internal.glob("kuty_console-*.dist-info/METADATA")]
    metadata += internal.glob("kuty_console.egg-info/PKG-INFO")
    assert len(metadata) == 1, metadata
    assert list(internal.glob("_pjsua2*.so"))
    names = {p.name for p in internal.rglob("*.so*")}
    for system in ("libssl.so.3", "libcrypto.so.3", "libopus.so.0", "libasound.so.2"):
        assert system not in names, f"{system} bundled; the seat's own must be used"


def test_hidden_run_refuses_what_is_not_listed(package: Package, tmp_path: Path) -> None:
    res = run(package.kuty, "_run", "code", home=tmp_path)
    assert res.returncode == 2
    assert res.stderr.strip().count("\n") == 0 and res.stderr.startswith("kuty _run: ")
    probe = run(package.kuty, "_run", "telephony.versions", home=tmp_path)
    assert probe.returncode == 0 and '"pjsip": "2.16' in probe.stdout, probe.stderr


def test_the_bundle_finds_a_model_folder_configured_after_installation(
    package: Package, tmp_path: Path
) -> None:
    """The admin copies a faster-whisper folder and sets `transcription_model_dir` in the
    user's settings (HOME/.config/kuty-console/settings.toml) after installing: the
    installed program reads it and checks the folder itself."""
    home = tmp_path / "home"
    home.mkdir()
    shipped = run(package.kuty, "transcripts", "model", home=home)
    assert shipped.returncode == 0, shipped.stderr
    assert f"{package.bundle}/_internal/pocketsphinx/model" in shipped.stdout
    model = tmp_path / "models" / "whisper-small"
    model.mkdir(parents=True)
    config = home / ".config" / "kuty-console" / "settings.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        f'transcription_engine = "faster-whisper"\ntranscription_model_dir = "{model}"\n',
        encoding="utf-8",
    )
    empty = run(package.kuty, "transcripts", "model", home=home)
    assert empty.returncode == 1 and f"model folder  {model}" in empty.stdout, empty.stdout
    assert "missing model.bin, config.json, tokenizer.json" in empty.stdout
    assert "Traceback" not in empty.stderr
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.json"):
        (model / name).write_bytes(b"{}")
    found = run(package.kuty, "transcripts", "model", home=home)
    assert "model         complete" in found.stdout, found.stdout + found.stderr
    bundled = "package       faster-whisper " in found.stdout
    assert found.returncode == (0 if bundled else 1), found.stdout + found.stderr
    assert bundled == ("faster-whisper found: bundling it" in package.log)
