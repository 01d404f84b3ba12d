#!/usr/bin/env bash
# `make package`: the seat bundle (PyInstaller one-folder, packaging/kuty-console.spec) and
# the .deb made from it (packaging/deb.py). Issue 14; see packaging/README.md.
#
#   PY=.venv/bin/python  the Python whose site-packages are bundled (our pjsua2 build in it)
#   OUT=dist             where dist/kuty-console/ and the .deb go (tests pass a tmp dir)
#   BUILD=build          PyInstaller's work folder
#   WHISPER=1            install pyproject's `whisper` extra first, so faster-whisper is bundled
#
# Reproducible: a fixed PYTHONHASHSEED, SOURCE_DATE_EPOCH = the last commit's time (the
# .deb's file times), pinned PyInstaller (pyproject's `package` extra), a clean work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=$(realpath -m "${OUT:-dist}")
BUILD=$(realpath -m "${BUILD:-build}")
step() { echo "package: [$1/5] $2"; }

step 1 "PyInstaller (pyproject's package extra) in $PY"
extra() { "$PY" -c 'import sys, tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"][sys.argv[1]]))' "$1"; }
# shellcheck disable=SC2046  # one word per requirement
"$PY" -m pip install -q --disable-pip-version-check $(extra package)
if [ "${WHISPER:-0}" = 1 ]; then  # Ukrainian transcription inside the bundle (README)
	echo "package:   WHISPER=1: the whisper extra too"
	# shellcheck disable=SC2046
	"$PY" -m pip install -q --disable-pip-version-check $(extra whisper)
fi
"$PY" -c 'import _pjsua2, pjsua2' 2>/dev/null || {
	echo "package: $PY has no pjsua2: run 'make bootstrap' first (ADR 0008)" >&2
	exit 1
}

step 2 "translations"
for lang in uk ru kk; do  # Russian and Kazakh: issue 12
	qm=console/i18n/kuty_$lang.qm
	if [ ! -f "$qm" ] || [ "console/i18n/kuty_$lang.ts" -nt "$qm" ]; then
		"$(dirname "$PY")/pyside6-lrelease" -silent "console/i18n/kuty_$lang.ts" -qm "$qm"
	fi
done

step 3 "bundle into $OUT/kuty-console (PyInstaller, a few minutes on 2 cores)"
export PYTHONHASHSEED=0
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH
rm -rf "$OUT/kuty-console" "$BUILD/kuty-console"
mkdir -p "$OUT" "$BUILD"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
	--distpath "$OUT" --workpath "$BUILD" packaging/kuty-console.spec

step 4 "smoke test: the bundle's kuty --version"
"$OUT/kuty-console/kuty" --version | sed 's/^/package:   /'

step 5 ".deb from the bundle"
"$PY" packaging/deb.py --bundle "$OUT/kuty-console" --out "$OUT"
