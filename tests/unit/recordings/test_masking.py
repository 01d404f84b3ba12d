"""mask_wav: the key-phrase span is digital silence, everything else byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.models import OperatorRole
from desk.roles import Actor
from recordings.masking import _data_offset, mask_wav, must_mask, normalise_spans
from tests.unit.recordings.audio import RATE, read_samples, sox_tone, write_samples


def test_span_is_silent_and_rest_identical(tmp_path: Path) -> None:
    src = sox_tone(tmp_path / "caller.wav", 2.0)
    dst = tmp_path / "masked.wav"
    assert mask_wav(src, dst, [(0.5, 1.0)]) == RATE // 2
    a, b = src.read_bytes(), dst.read_bytes()
    assert len(a) == len(b)
    offset, _ = _data_offset(src)
    lo, hi = offset + RATE // 2 * 2, offset + RATE * 2
    assert a[:lo] == b[:lo] and a[hi:] == b[hi:]  # header included
    assert b[lo:hi] == bytes(hi - lo) and a[lo:hi] != bytes(hi - lo)


def test_stereo_frames_and_overlapping_spans(tmp_path: Path) -> None:
    samples = [1000] * (RATE * 2 * 2)
    src = write_samples(tmp_path / "mixed.wav", samples, channels=2)
    dst = tmp_path / "out.wav"
    mask_wav(src, dst, [(0.2, 0.4), (0.3, 0.6), (1.9, 5.0)])
    channels, out = read_samples(dst)
    assert channels == 2
    frames = list(zip(out[::2], out[1::2], strict=True))
    assert all(f == (0, 0) for f in frames[int(0.2 * RATE) : int(0.6 * RATE)])
    assert all(f == (0, 0) for f in frames[int(1.9 * RATE) :])
    assert all(f == (1000, 1000) for f in frames[: int(0.2 * RATE)])
    assert all(f == (1000, 1000) for f in frames[int(0.6 * RATE) : int(1.9 * RATE)])


def test_no_spans_is_a_byte_copy(tmp_path: Path) -> None:
    src = sox_tone(tmp_path / "a.wav", 0.5)
    mask_wav(src, tmp_path / "b.wav", [])
    assert (tmp_path / "b.wav").read_bytes() == src.read_bytes()


def test_normalise_spans() -> None:
    assert normalise_spans([(3, 2), (0.5, 1), (0.8, 1.2), (5, 5)]) == [(0.5, 1.2), (2, 3)]


@pytest.mark.parametrize("role", list(OperatorRole))
def test_only_head_admin_hears_key_phrases(role: OperatorRole) -> None:
    assert must_mask(Actor("x", role)) is (role is not OperatorRole.HEAD_ADMIN)
