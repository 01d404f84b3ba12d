# Build the Windows bundle dist\kuty-console\ (kuty-console.exe + kuty.exe), issue 14.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Windows 10/11 x64, Python 3.11 or 3.12 from python.org (the `py` launcher), and
# internet access to PyPI. Not run by CI (CI is Linux): see README "Windows".
# Steps: a fresh .venv-win, the project with its `package` extra (pinned PyInstaller), the
# `pjsua2-wheel` Windows wheel for pjsua2, the icon rendered from the SVG, the spec, and a
# smoke test of the result.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
$Python = if ($env:KUTY_PYTHON) { $env:KUTY_PYTHON } else { "py -3.11" }
$PjsuaWheel = "pjsua2-wheel==2.15.3"  # Windows wheels of PJSUA2, VC++ runtime inside

function Step($n, $text) { Write-Host "package: [$n/5] $text" }

Step 1 "virtual environment .venv-win ($Python)"
if (-not (Test-Path .venv-win\Scripts\python.exe)) {
    Invoke-Expression "$Python -m venv .venv-win"
}
$Py = ".venv-win\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install of the project failed" }

Step 2 "pjsua2 from $PjsuaWheel"
& $Py -m pip install -q $PjsuaWheel
& $Py -c "import pjsua2; print('pjsua2', pjsua2.Endpoint().libVersion().full)"
if ($LASTEXITCODE -ne 0) { throw "pjsua2 does not import: see README, Windows" }

Step 3 "translations and icon"
& ".venv-win\Scripts\pyside6-lrelease.exe" -silent console\i18n\kuty_uk.ts -qm console\i18n\kuty_uk.qm
& $Py packaging\icons.py build\win-icons | Out-Null

Step 4 "bundle into dist\kuty-console (PyInstaller)"
$env:PYTHONHASHSEED = "0"
& $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build `
    packaging\windows\kuty-console-win.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

Step 5 "smoke test: kuty.exe --version"
& dist\kuty-console\kuty.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundle's kuty.exe does not start" }
Write-Host "package: done: dist\kuty-console\ (zip it, or wrap it in an installer)"
