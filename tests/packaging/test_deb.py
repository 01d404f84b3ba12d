"""The .deb made from the bundle (issue 14): its files, its control data, and the program
run from a fresh directory root it was unpacked into (`dpkg -x`, as dpkg would install it
under /, without touching this machine's /)."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, Package, clean_env

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def dpkg_deb(*args: str) -> str:
    return subprocess.run(
        ["dpkg-deb", *args], capture_output=True, text=True, check=True, timeout=120
    ).stdout


def test_deb_control_names_the_version_and_derived_dependencies(package: Package) -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        version = tomllib.load(f)["project"]["version"]
    assert dpkg_deb("-f", str(package.deb), "Package").strip() == "kuty-console"
    assert dpkg_deb("-f", str(package.deb), "Version").strip() == version
    assert package.deb.name == f"kuty-console_{version}_amd64.deb"
    depends = [d.strip() for d in dpkg_deb("-f", str(package.deb), "Depends").split(",")]
    for needed in (
        "libssl3 | libssl3t64",  # what our pjsua2 and Python link (ADR 0008)
        "libasound2 | libasound2t64",
        "libopus0",
        "libportaudio2",  # the headset (opened by name, not linked)
        "ffmpeg",
        "espeak-ng",
        "sox",
        "libxcb-cursor0",  # Qt's xcb platform plugin
        "libxkbcommon-x11-0",
    ):
        assert needed in depends, (needed, depends)
    assert any(re.fullmatch(r"libc6 \(>= 2\.\d+\)", d) for d in depends), depends
    assert not any(d.startswith(("libgtk", "libtiff")) for d in depends), depends


def test_deb_lists_programs_links_desktop_entry_and_icons(package: Package) -> None:
    listing = dpkg_deb("-c", str(package.deb))
    for line in (
        r"\./usr/bin/kuty -> /opt/kuty-console/kuty$",
        r"\./usr/bin/kuty-console -> /opt/kuty-console/kuty-console$",
        r"\./usr/share/applications/kuty-console\.desktop$",
        r"\./usr/share/icons/hicolor/scalable/apps/kuty-console\.svg$",
        r"\./usr/share/icons/hicolor/48x48/apps/kuty-console\.png$",
        r"\./usr/share/icons/hicolor/256x256/apps/kuty-console\.png$",
        r"\./opt/kuty-console/_internal/_pjsua2\S*\.so$",
    ):
        assert re.search(line, listing, re.M), line
    owners = {m for m in re.findall(r"^\S+ (\S+/\S+) ", listing, re.M)}
    assert owners == {"root/root"}, owners


def test_deb_unpacked_into_a_fresh_root_runs_kuty_version(package: Package, tmp_path: Path) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(package.deb), str(root)], check=True, timeout=180)
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(root / "usr/share/applications/kuty-console.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "/usr/bin/kuty-console"
    assert os.readlink(root / "usr/bin/kuty-console") == "/opt/kuty-console/kuty-console"
    icon = root / f"usr/share/icons/hicolor/48x48/apps/{entry['Icon']}.png"
    assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    home = tmp_path / "home"
    home.mkdir()
    res = subprocess.run(
        [str(root / "opt/kuty-console/kuty"), "--version"],
        env=clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    assert re.search(r"^PJSIP 2\.16\b.*\(pjsua2: " + re.escape(str(root / "opt")), res.stdout, re.M)
    assert re.search(r"^OpenSSL 3\.\d+\.\d+", res.stdout, re.M), res.stdout


def test_apt_accepts_the_deb_and_its_depends_here(package: Package) -> None:
    """`apt install ./kuty-console_X_amd64.deb` as README says, simulated (nothing is
    installed): every Depends names a real package, and this machine satisfies them all,
    as it must, since they were derived from the libraries and tools found on it."""
    res = subprocess.run(
        ["apt-get", "install", "--simulate", "-q", str(package.deb)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-2000:]
    assert re.search(r"^Inst kuty-console \(", res.stdout, re.M), res.stdout[-2000:]
    assert not re.search(r"^Inst (?!kuty-console )", res.stdout, re.M), res.stdout[-2000:]
