#!/usr/bin/env bash
# Build the installable bundle: a wheel with everything the console needs at run time
# (translations, Alembic migrations, policy profiles) plus the desktop entry.
# Install on a seat with: pipx install dist/kuty_console-*.whl  (or pip in a venv),
# then copy packaging/kuty-console.desktop to ~/.local/share/applications/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
rm -rf build dist
"$PY" -m pip wheel --no-deps --no-build-isolation -w dist . >/dev/null
cp packaging/kuty-console.desktop dist/
ls dist
