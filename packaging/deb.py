"""Make the seat's .deb from the PyInstaller bundle (`make package`, step 5; issue 14).

    python packaging/deb.py --bundle dist/kuty-console --out dist

The package installs the bundle to /opt/kuty-console/, links /usr/bin/kuty and
/usr/bin/kuty-console to its two programs, and installs the desktop entry and the icon
(hicolor: the SVG and PNGs rendered from it, packaging/icons.py). dpkg-deb builds it with
--root-owner-group, so no fakeroot or debhelper is needed.

`Depends:` is derived, not written by hand: every ELF file of the bundle is run through
ldd (with the bundle's own folders on the loader path, as its bootloader sets them), every
library that resolves outside the bundle, plus those the spec deliberately left to the
system (packaging/kuty-console.spec writes them beside the bundle), and the programs the
console runs by name (ffmpeg, espeak-ng, sox), are mapped to their Debian package with
dpkg -S. A library no package provides, or one ldd cannot find, stops the build: a .deb
whose program cannot load on a seat is worse than none. Packages Debian renamed in the
64-bit time_t transition get the other name as an alternative (`libssl3 | libssl3t64`),
so one .deb installs on Debian 12 and on releases after the rename.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "kuty-console"
PREFIX = Path("opt") / NAME
PROGRAMS = ("kuty", "kuty-console")
RUN_TOOLS = ("ffmpeg", "espeak-ng", "sox")
"""Run by name at run time (export formats, closing phrase, simulated caller)."""
RECOMMENDS = ("fonts-dejavu-core",)
T64_RENAMED = (
    "libasound2",
    "libglib2.0-0",
    "libgdbm6",
    "libgdbm-compat4",
    "libpng16-16",
    "libreadline8",
    "libssl3",
    "libtirpc3",
)
"""Libraries among ours that Debian renamed to `<name>t64` (64-bit time_t, 2024)."""
SYSTEM_LIBS_FILE = f"{NAME}.system-libs"
"""Written by the spec beside the bundle: system libraries it found and did not copy."""


def say(text: str) -> None:
    print(f"package: deb: {text}", flush=True)


def fail(text: str) -> None:
    raise SystemExit(f"package: deb: {text}")


def project_version() -> str:
    """The project's version (pyproject.toml), as Debian's version of the package."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def bundle_elves(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def linked_libraries(bundle: Path, elves: list[Path]) -> tuple[set[str], dict[str, set[str]]]:
    """(system library paths the bundle's ELF files load, {missing soname: {needed by}})."""
    dirs = sorted({str(p.parent) for p in elves})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(dirs)}
    bundle_dir = str(bundle.resolve())

    def ldd(elf: Path) -> tuple[Path, str]:
        res = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        return elf, res.stdout

    found: set[str] = set()
    missing: dict[str, set[str]] = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        for elf, text in pool.map(ldd, elves):
            for line in text.splitlines():
                m = LDD_LINE.match(line)
                if not m:
                    continue
                soname, where = m.groups()
                if where == "not found":
                    missing.setdefault(soname, set()).add(str(elf.relative_to(bundle)))
                elif not os.path.realpath(where).startswith(bundle_dir):
                    found.add(where)
    return found, missing


def _twins(path: str) -> list[str]:
    """`path`, its real path, and their merged-/usr twins (dpkg records either)."""
    out = [path, os.path.realpath(path)]
    out += [p[4:] if p.startswith("/usr/") else "/usr" + p for p in list(out)]
    return list(dict.fromkeys(out))


def owning_packages(paths: list[str]) -> tuple[dict[str, str], list[str]]:
    """({path: the Debian package that installed it}, [paths no package owns]), from one
    `dpkg -S` over every candidate (one call: dpkg reads its database once)."""
    candidates = sorted({twin for path in paths for twin in _twins(path)})
    res = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True)
    owner_of: dict[str, str] = {}
    for line in res.stdout.splitlines():
        if line.startswith("diversion ") or ": " not in line:
            continue
        packages, owned = line.split(": ", 1)
        owner_of[owned.strip()] = packages.split(",")[0].strip().split(":")[0]
    owners: dict[str, str] = {}
    unowned: list[str] = []
    for path in paths:
        owner = next((owner_of[t] for t in _twins(path) if t in owner_of), None)
        if owner is None:
            unowned.append(path)
        else:
            owners[path] = owner
    return owners, unowned


def glibc_floor() -> str:
    """`libc6 (>= X)`: the bundle's Python and wheels were linked against this glibc."""
    res = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True, text=True
    )
    version = res.stdout.strip().split("-")[0]
    return f"libc6 (>= {version})" if version else "libc6"


def depends(bundle: Path, system_libs: list[str]) -> list[str]:
    """The `Depends:` alternatives, sorted, derived as the module docstring says."""
    elves = bundle_elves(bundle)
    say(f"ldd over {len(elves)} ELF files of the bundle")
    found, missing = linked_libraries(bundle, elves)
    if missing:
        lines = [f"{so} (needed by {', '.join(sorted(by)[:3])})" for so, by in missing.items()]
        fail(
            "libraries ldd cannot find here; install their packages and build again: "
            + "; ".join(sorted(lines))
        )
    paths = sorted(found | set(system_libs))
    for tool in RUN_TOOLS:
        where = shutil.which(tool)
        if where is None:
            fail(f"{tool} is not installed here, so its package cannot be named")
        paths.append(where)
    owners, unowned = owning_packages(paths)
    packages = set(owners.values())
    if unowned:
        fail(f"no Debian package owns {', '.join(unowned)}")
    packages.discard("libc6")
    out = [glibc_floor()]
    for package in sorted(packages):
        base = package.removesuffix("t64")
        if base in T64_RENAMED:
            out.append(f"{base} | {base}t64")
        else:
            out.append(package)
    return out


def read_system_libs(bundle: Path) -> list[str]:
    listing = bundle.parent / SYSTEM_LIBS_FILE
    if not listing.is_file():
        fail(f"{listing} is missing: build the bundle with packaging/kuty-console.spec")
    return [line for line in listing.read_text(encoding="utf-8").splitlines() if line]


def desktop_entry() -> str:
    text = (ROOT / "packaging" / f"{NAME}.desktop").read_text(encoding="utf-8")
    for key in ("Exec", "TryExec", "Icon"):
        if not re.search(rf"^{key}=", text, re.M):
            fail(f"packaging/{NAME}.desktop has no {key}=")
    return text


def control(version: str, arch: str, size_kb: int, deps: list[str]) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Kuty support desk technical administrator <desk@kuty.invalid>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(deps)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: comm\n"
        "Priority: optional\n"
        "Description: Kuty help-desk operator console (SIP softphone that records every call)\n"
        " The operator console of the Kuty community's kindergarten-queue support desk:\n"
        " calls over SIP (PJSIP 2.16 on the system's OpenSSL 3), every call recorded\n"
        " (KUTY-1.1), caller verification, incidents and recordings for supervisors.\n"
        " Installs kuty-console (the window) and kuty (the command line) from\n"
        " /opt/kuty-console.\n"
    )


def _link_or_copy(src: str, dst: str) -> None:
    """A hard link where the staging folder shares the bundle's file system (360 MB need
    not be copied to be archived), else a copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def stage(bundle: Path, root: Path) -> None:
    """The installed tree under `root` (without DEBIAN/)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from icons import render_icons

    shutil.copytree(bundle, root / PREFIX, symlinks=True, copy_function=_link_or_copy)
    bindir = root / "usr/bin"
    bindir.mkdir(parents=True)
    for program in PROGRAMS:
        if not (root / PREFIX / program).is_file():
            fail(f"the bundle has no {program} program")
        (bindir / program).symlink_to(Path("/") / PREFIX / program)  # across top-level dirs
    apps = root / "usr/share/applications"
    apps.mkdir(parents=True)
    (apps / f"{NAME}.desktop").write_text(desktop_entry(), encoding="utf-8")
    render_icons(root)
    doc = root / f"usr/share/doc/{NAME}"
    doc.mkdir(parents=True)
    (doc / "README").write_text(
        "Kuty help-desk console. Data: ~/.local/share/kuty-console (database, recordings);\n"
        "settings: ~/.config/kuty-console/settings.toml. See README, 'Install on a seat'.\n",
        encoding="utf-8",
    )


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH (build.sh sets it), else the last commit's time."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not value:
        res = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True
        )
        value = res.stdout.strip() or "0"
    return int(value)


def clamp_times(root: Path, epoch: int) -> None:
    """Every file's time is SOURCE_DATE_EPOCH: the same tree gives the same archive."""
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            os.utime(Path(dirpath) / name, (epoch, epoch), follow_symlinks=False)
    os.utime(root, (epoch, epoch))


def build_deb(bundle: Path, out: Path) -> Path:
    bundle = bundle.resolve()
    if not (bundle / "_internal").is_dir():
        fail(f"{bundle} is not a PyInstaller one-folder bundle")
    version = project_version()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    deps = depends(bundle, read_system_libs(bundle))
    say(f"Depends: {', '.join(deps)}")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{NAME}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="kuty-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        size_kb = sum(p.lstat().st_size for p in root.rglob("*")) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN/control").write_text(
            control(version, arch, size_kb, deps), encoding="utf-8"
        )
        epoch = source_date_epoch()
        clamp_times(root, epoch)
        say(f"dpkg-deb --build {target.name} ({size_kb // 1024} MiB installed)")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},  # the ar members' times
        )
    say(f"wrote {target}")
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="deb.py", description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, required=True, help="dist/kuty-console")
    ap.add_argument("--out", type=Path, required=True, help="folder for the .deb")
    args = ap.parse_args(argv)
    build_deb(args.bundle, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
