#!/usr/bin/env bash
# Build the pjsua2 Python binding (PJSIP 2.16) from source, once per machine (ADR 0008).
#
# Why: the PyPI wheel (pjsua2-python 2.15.1) bundles OpenSSL 1.0.2 (TLS 1.2 at most), has
# no Opus and no sound devices, and caps pjsua at its compiled-in PJSUA_MAX_CALLS. This
# builds the official 2.16 release against Debian's OpenSSL 3, libopus and ALSA, with the
# limits below raised, and caches the wheel outside the clone so a fresh clone or a CI run
# reuses it (the build takes minutes, the cache lookup milliseconds).
#
# Usage: packaging/build_pjsua2.sh PYTHON
#   PYTHON: the interpreter the wheel is for (the venv's; it needs setuptools and wheel).
#   Prints progress on stderr and the wheel's path as the only line on stdout.
# Environment:
#   KUTY_CACHE_DIR          cache root (default ${XDG_CACHE_HOME:-~/.cache}/kuty-console)
#   KUTY_PJPROJECT_TARBALL  a pjproject-2.16.tar.gz to use instead of looking for one
#   KUTY_PJSUA2_NO_DOWNLOAD=1  never download (offline machines: fail with the hint)
set -euo pipefail

PJ_VERSION=2.16
# SHA-256 of the *uncompressed* tar stream of the 2.16 tag: a `git archive` of the tag
# (our offline copy) and GitHub's tag archive share it even when their gzip bytes differ.
PJ_TAR_SHA256=5729eff10478f7803744eebc3fd6c66e57430ba508e9c5bb8dc1c3c77402c80a
PJ_URL="https://github.com/pjsip/pjproject/archive/refs/tags/${PJ_VERSION}.tar.gz"

say() { echo "pjsua2: $*" >&2; }
die() { echo "pjsua2: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: $0 PYTHON"
PY=$1
[ -x "$PY" ] || PY=$(command -v "$PY") || die "no python at $1"
# Absolute, but not through its symlink: the venv's python finds the venv's setuptools.
PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
CACHE=${KUTY_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kuty-console}
DOWNLOAD="$CACHE/downloads/pjproject-${PJ_VERSION}.tar.gz"

# The cache key: the source (by its tar hash), this script (flags, config_site.h), the
# Python ABI the extension is compiled for and the OS release whose libssl/libopus it links.
py_id=$("$PY" -c 'import sys, sysconfig; print(sys.implementation.cache_tag, sys.version.split()[0], sysconfig.get_platform())')
os_id=$(. /etc/os-release 2>/dev/null && echo "${ID:-?}-${VERSION_ID:-?}")
shopt -s nullglob
PATCHES=("$HERE"/pjsip/*.patch)  # ours, applied in name order (ADR 0008 addendum)
shopt -u nullglob
key=$( { echo "$PJ_TAR_SHA256"; cat "${BASH_SOURCE[0]}" "${PATCHES[@]}"; echo "$py_id"; echo "$os_id"; } \
	| sha256sum | cut -c1-16)
OUT="$CACHE/pjsua2-$key"

cached_wheel() { ls "$OUT"/pjsua2-*.whl 2>/dev/null | head -n1; }
if [ -f "$OUT/.complete" ] && [ -n "$(cached_wheel)" ]; then
	cached_wheel
	exit 0
fi

mkdir -p "$CACHE"
# Two makes at once (two clones, make -j) build once: the second waits for the first.
exec 9>"$CACHE/.lock-$key"
flock 9
if [ -f "$OUT/.complete" ] && [ -n "$(cached_wheel)" ]; then
	cached_wheel
	exit 0
fi

tar_sha() { gzip -dc "$1" 2>/dev/null | sha256sum | cut -d' ' -f1; }

find_tarball() {
	local c
	for c in "${KUTY_PJPROJECT_TARBALL:-}" "$REPO/../shared/vendor/pjproject-${PJ_VERSION}.tar.gz" \
		"$DOWNLOAD"; do
		[ -n "$c" ] && [ -f "$c" ] || continue
		if [ "$(tar_sha "$c")" = "$PJ_TAR_SHA256" ]; then
			echo "$c"
			return 0
		fi
		say "ignoring $c: its tar stream is not pjproject $PJ_VERSION's"
	done
	return 1
}

download() {
	[ "${KUTY_PJSUA2_NO_DOWNLOAD:-}" = 1 ] && return 1
	command -v curl >/dev/null || return 1
	mkdir -p "$(dirname "$DOWNLOAD")"
	say "downloading $PJ_URL"
	curl -fsSL --connect-timeout 15 --max-time 300 -o "$DOWNLOAD.part" "$PJ_URL" || return 1
	[ "$(tar_sha "$DOWNLOAD.part")" = "$PJ_TAR_SHA256" ] || {
		say "the download is not pjproject $PJ_VERSION (tar stream hash differs)"
		rm -f "$DOWNLOAD.part"
		return 1
	}
	mv "$DOWNLOAD.part" "$DOWNLOAD"
}

TARBALL=$(find_tarball) || { download && TARBALL=$(find_tarball); } ||
	die "no pjproject $PJ_VERSION source: fetch $PJ_URL and put it at $DOWNLOAD"

for tool in gcc g++ make swig pkg-config patch; do
	command -v $tool >/dev/null || die "$tool missing (the Makefile's APT_PACKAGES install it)"
done
"$PY" -c 'import setuptools, wheel' 2>/dev/null ||
	die "$PY lacks setuptools/wheel (pip install -e '.[dev]' first)"

BUILD=$(mktemp -d "$CACHE/build-$key.XXXXXX")
LOG="$BUILD/build.log"
trap 'status=$?; if [ $status -ne 0 ]; then tail -n 30 "$LOG" >&2 2>/dev/null;
	say "build failed; full log: $LOG"; fi' EXIT
started=$SECONDS
jobs=$(nproc 2>/dev/null || echo 2)
step() { say "[$1/5] $2 ($((SECONDS - started)) s)"; }

step 1 "unpacking $(basename "$TARBALL") into $BUILD"
tar -xzf "$TARBALL" -C "$BUILD"
SRC="$BUILD/pjproject-$PJ_VERSION"
[ -d "$SRC" ] || die "the tarball has no pjproject-$PJ_VERSION/ folder"
# Our few changes to PJSIP, each a patch in packaging/pjsip/ that says why (ADR 0008);
# they are part of the cache key above, so changing one rebuilds.
for patch in "${PATCHES[@]}"; do
	(cd "$SRC" && patch -p1 --forward --quiet) <"$patch" >>"$LOG" 2>&1 ||
		die "$(basename "$patch") does not apply to pjproject $PJ_VERSION"
done

# Limits sized for a seat that may carry many calls: every call has two recorders
# (caller, operator) and may have a player (the looped silence feeding recorders, the
# closing phrase); its RTP and RTCP sockets count against the ioqueue's handles.
cat >"$SRC/pjlib/include/pj/config_site.h" <<'EOF'
/* Written by kuty-console packaging/build_pjsua2.sh (ADR 0008). */
#define PJSUA_MAX_CALLS 64
#define PJSUA_MAX_RECORDERS 160
#define PJSUA_MAX_PLAYERS 96
#define PJSUA_MAX_CONF_PORTS 512
#define PJ_IOQUEUE_MAX_HANDLES 512
#include <pj/config_site_sample.h>
EOF

step 2 "configure (OpenSSL 3, Opus, G.722, SRTP, ALSA; static libraries, no video)"
# Static pj libraries (no --enable-shared) linked into _pjsua2.so: no LD_LIBRARY_PATH and
# no rpath, and the extension exports pjsip's C API that telephony/sip_guard.py calls.
# OpenSSL and Opus are autodetected and checked below: `--enable-opus` would skip the
# detection and leave Opus out, and a bare `--with-ssl` is taken as the prefix "yes".
(cd "$SRC" && CFLAGS="-fPIC -O2" CXXFLAGS="-fPIC -O2" ./configure \
	--disable-video --disable-v4l2 --disable-libyuv --disable-libwebrtc --disable-sdl \
	--disable-ffmpeg --disable-openh264 --disable-vpx --disable-upnp) >>"$LOG" 2>&1
grep -Eq '^#[[:space:]]*define PJ_HAS_SSL_SOCK 1' "$SRC/pjlib/include/pj/compat/os_auto.h" ||
	die "configure found no OpenSSL (apt-get install libssl-dev)"
grep -Eq '^#[[:space:]]*define PJMEDIA_HAS_OPUS_CODEC 1' "$SRC/pjmedia/include/pjmedia-codec/config_auto.h" ||
	die "configure found no Opus (apt-get install libopus-dev)"

step 3 "compiling the pjproject libraries on $jobs cores (about 1.5 min on 2)"
(cd "$SRC" && make dep && make -j"$jobs" lib) >>"$LOG" 2>&1

step 4 "SWIG Python binding and wheel for $py_id (about 2.5 min)"
(cd "$SRC/pjsip-apps/src/swig/python" && make PYTHON_EXE="$PY" wheel) >>"$LOG" 2>&1
WHEEL=$(ls "$SRC"/pjsip-apps/src/swig/python/dist/pjsua2-*.whl | head -n1)

step 5 "checking the wheel"
CHECK="$BUILD/check"
"$PY" -m zipfile -e "$WHEEL" "$CHECK"
so=$(ls "$CHECK"/_pjsua2*.so)
! ldd "$so" | grep -q 'libpj' || die "_pjsua2 links pj libraries dynamically"
ldd "$so" | grep -q 'libssl\.so\.3' || die "_pjsua2 does not link OpenSSL 3"
version=$(cd "$CHECK" && "$PY" -c 'import pjsua2; print(pjsua2.Endpoint().libVersion().full)')
[ "$version" = "$PJ_VERSION" ] || die "the built binding says PJSIP $version"

mkdir -p "$OUT"
cp "$WHEEL" "$OUT/"
cp "$SRC/pjlib/include/pj/config_site.h" "$LOG" "$OUT/"
touch "$OUT/.complete"
trap - EXIT
rm -rf "$BUILD"
say "built in $((SECONDS - started)) s, cached in $OUT"
cached_wheel
