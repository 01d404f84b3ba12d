#!/bin/sh
# Regenerates not_recorded_uk.wav, the announcement a caller hears when a call cannot be
# recorded where every call must be (KUTY-1.1, issue 11): 16 kHz mono s16 PCM, made with
# espeak-ng's Ukrainian voice and sox (normalised to -3 dBFS, short fade so it never clicks).
# Usage: sh telephony/data/make_announcement.sh   (or `make announcement`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
text="Вибачте, технічні труднощі. Зателефонуйте, будь ласка, пізніше."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
espeak-ng -v uk -s 150 -w "$tmp/raw.wav" "$text"
sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 -e signed-integer "$here/not_recorded_uk.wav" \
    norm -3 fade t 0.02 0 0.05 pad 0.2 0.3
