# Two commands for a fresh Debian/Ubuntu machine: `make demo` and `make test`.
# Each bootstraps what it needs (apt packages only when missing, .venv, the package in
# editable mode, translations) and is quick when everything is already in place.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Audio/SIP peers for tests and demo, PortAudio for the headset, what Qt needs offscreen,
# and what building pjsua2 from source needs (packaging/build_pjsua2.sh, ADR 0008).
APT_PACKAGES := python3-venv ffmpeg espeak-ng sox sip-tester baresip libportaudio2 \
	alsa-utils libasound2-plugins libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 \
	libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils postgresql \
	kamailio kamailio-tls-modules openssl coturn iproute2 nftables dovecot-imapd \
	build-essential swig libssl-dev libopus-dev libasound2-dev uuid-dev pkg-config \
	python3-dev curl patch strace
PJSUA2_BUILD := packaging/build_pjsua2.sh
# `make package` (and its tests): the libraries Qt's xcb/Wayland platform plugins load, so
# that ldd of the bundle resolves every one and packaging/deb.py can name its package in
# the .deb's Depends (it stops on a library it cannot find).
PACKAGE_APT := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 \
	libxkbcommon-x11-0 libx11-xcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1

# Ukrainian is complete (i18n_uk fails on a missing text); Russian and Kazakh (issue 12)
# are complete too but report what is missing without failing, so a new screen can land
# before its translators (console/i18n_partial.py; `python -m console.i18n_ru --strict`
# fails).
LANGUAGES := uk ru kk
PARTIAL_LANGUAGES := ru kk
QM := $(foreach l,$(LANGUAGES),console/i18n/kuty_$(l).qm)

.PHONY: help bootstrap demo test lint typecheck pytest bench clean translations i18n-update announcement \
	package screens

help:
	@echo "make demo   - run the console with a demo database and a simulated caller"
	@echo "make test   - ruff, mypy and the whole pytest suite (real SIP peers, offscreen GUI)"
	@echo "make bench  - benchmarks that print figures (see bench/README.md)"
	@echo "make package - dist/kuty-console/ (PyInstaller bundle) and dist/kuty-console_*.deb"
	@echo "make screens - every workspace of every role under Xvfb, 1366x768, uk and en"

# $(call apt_install,PACKAGES): install those of PACKAGES that are missing.
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing system packages: $$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

$(STAMPS)/apt: Makefile
	@mkdir -p $(STAMPS)
	$(call apt_install,$(APT_PACKAGES))
	@touch $@

$(STAMPS)/package-apt: Makefile
	@mkdir -p $(STAMPS)
	$(call apt_install,$(PACKAGE_APT))
	@touch $@

# pjsua2 is our own build of PJSIP 2.16 (OpenSSL 3, Opus, ALSA, 64 calls), made once per
# machine into ~/.cache/kuty-console/ and installed from there (minutes the first time,
# instant after). The PyPI binding older checkouts installed is a pjsua2/ package that would
# shadow our pjsua2.py module, so it goes first.
$(STAMPS)/venv: pyproject.toml $(PJSUA2_BUILD) $(wildcard packaging/pjsip/*.patch) $(STAMPS)/apt
	@mkdir -p $(STAMPS)
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@$(BIN)/python -m pip uninstall -q -y pjsua2-python 2>/dev/null || true
	wheel=$$(bash $(PJSUA2_BUILD) $(BIN)/python) && \
		$(BIN)/python -m pip install -q --no-deps --force-reinstall "$$wheel"
	@touch $@

console/i18n/kuty_%.qm: console/i18n/kuty_%.ts $(STAMPS)/venv
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing user-visible strings: re-scan sources, fill the texts, rebuild .qm.
# Russian and Kazakh first: they list their missing texts per context and go on; then
# Ukrainian, which stops here when a text is missing.
i18n-update: $(STAMPS)/venv
	for l in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -silent -no-obsolete $$(ls console/*.py) -ts console/i18n/kuty_$$l.ts \
		|| exit 1; done
	for l in $(PARTIAL_LANGUAGES); do $(BIN)/python -m console.i18n_$$l || exit 1; done
	$(BIN)/python -m console.i18n_uk
	for l in $(LANGUAGES); do \
		$(BIN)/pyside6-lrelease -silent console/i18n/kuty_$$l.ts -qm console/i18n/kuty_$$l.qm \
		|| exit 1; done

bootstrap: $(STAMPS)/venv $(QM)

# The caller's "technical difficulties" announcement (KUTY-1.1, issue 11); committed, so
# only needed after changing its text (espeak-ng and sox).
announcement:
	sh telephony/data/make_announcement.sh

demo: bootstrap
	$(BIN)/python -m console.demo

# Screenshots of every workspace of every role (issue 13) on a seeded desk, under a real X
# server (Xvfb) at 1366x768, in Ukrainian and English: $(SCREENS)/s19-ws-<role>-<key>-<lang>.png
SCREENS ?= screens
screens: bootstrap $(STAMPS)/package-apt
	$(call apt_install,xvfb xauth)
	for l in uk en; do QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
		$(BIN)/python -m tests.gui.render_workspaces $(SCREENS) $$l || exit 1; done

lint: bootstrap
	$(BIN)/ruff check .

typecheck: bootstrap
	$(BIN)/mypy console seat telephony verification incidents recordings db desk

# tests/packaging/ builds the bundle and the .deb (into a tmp dir) once per session.
pytest: bootstrap $(STAMPS)/package-apt
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

test: lint typecheck pytest

# The seat bundle and its .deb (issue 14): PyInstaller comes from pyproject's `package`
# extra, installed into .venv by packaging/build.sh when missing. `make package WHISPER=1`
# bundles faster-whisper too (Ukrainian transcription; README).
package: bootstrap $(STAMPS)/package-apt
	PY=$(BIN)/python WHISPER=$(WHISPER) bash packaging/build.sh

bench: bootstrap
	$(BIN)/python bench/sequential_calls.py --calls 200
	$(BIN)/python bench/sequential_calls.py --calls 200 --peer baresip

clean:
	rm -rf $(STAMPS) $(VENV) build *.egg-info demo-data
