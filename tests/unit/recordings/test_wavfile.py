"""WAV header repair, stereo merge and hashing against sox and the wave module."""

from __future__ import annotations

import os
import struct
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from recordings.wavfile import (
    HEADER_SIZE,
    WavError,
    fsync_dir,
    merge_stereo,
    patch_header,
    read_info,
    sha256_file,
)
from tests.unit.recordings.audio import (
    crash_header,
    read_samples,
    sha256sum,
    sox_duration,
    write_samples,
)


def sizes(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:HEADER_SIZE]
    return struct.unpack_from("<I", head, 4)[0], struct.unpack_from("<I", head, 40)[0]


def test_patch_header_repairs_a_crash_left_file(tone: Callable[..., Path]) -> None:
    path = crash_header(tone("caller.partial.wav", 3))
    assert sox_duration(path) == 0  # what the operator would see without the repair
    audio_before = path.read_bytes()[HEADER_SIZE:]

    assert patch_header(path) == 3 * 16000 * 2

    assert sizes(path) == (path.stat().st_size - 8, path.stat().st_size - HEADER_SIZE)
    assert sox_duration(path) == pytest.approx(3.0)
    info = read_info(path)
    assert (info.frames, info.sample_rate, info.channels, info.sample_width) == (48000, 16000, 1, 2)
    assert info.duration_s == pytest.approx(3.0)
    assert path.read_bytes()[HEADER_SIZE:] == audio_before


def test_patch_header_is_a_no_op_on_a_correct_file(tone: Callable[..., Path]) -> None:
    path = tone("ok.wav", 1)
    before = path.read_bytes()
    assert patch_header(path) == 32000
    assert path.read_bytes() == before


def test_patch_header_leaves_out_a_partial_trailing_frame(tmp_path: Path) -> None:
    path = crash_header(write_samples(tmp_path / "stereo.wav", [1, 2, 3, 4] * 100, channels=2))
    with open(path, "ab") as f:
        f.write(b"\x05\x00\x06")  # a frame write in progress: 3 of 4 bytes
    assert patch_header(path) == 800
    assert path.stat().st_size == HEADER_SIZE + 803  # never truncates
    assert read_info(path).frames == 200


def test_patch_while_another_handle_appends(tmp_path: Path) -> None:
    """pjmedia keeps writing through its own handle while the engine patches."""
    path = crash_header(write_samples(tmp_path / "live.partial.wav", []))
    chunk = struct.pack("<160h", *range(160))
    with open(path, "r+b") as writer:  # like pjmedia: a normal handle with its own offset
        writer.seek(0, os.SEEK_END)
        for i in range(50):
            writer.write(chunk)
            writer.flush()
            assert patch_header(path) == (i + 1) * len(chunk)
            assert read_info(path).frames == (i + 1) * 160
    assert path.read_bytes()[HEADER_SIZE:] == chunk * 50
    assert sox_duration(path) == pytest.approx(50 * 160 / 16000)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "shorter than a WAV header"),
        (b"RIFF" + bytes(10), "shorter than a WAV header"),
        (b"OggS" + bytes(60), "not a RIFF/WAVE"),
        (b"RIFF\0\0\0\0WAVEjunk" + bytes(60), "fmt chunk"),
    ],
)
def test_patch_header_rejects_other_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.wav"
    path.write_bytes(content)
    with pytest.raises(WavError, match=message):
        patch_header(path)
    assert path.read_bytes() == content


def test_patch_header_rejects_non_pcm(tmp_path: Path) -> None:
    path = write_samples(tmp_path / "f.wav", [0] * 10)
    data = bytearray(path.read_bytes())
    data[20:22] = struct.pack("<H", 3)  # IEEE float
    path.write_bytes(bytes(data))
    with pytest.raises(WavError, match="not PCM"):
        patch_header(path)


def test_patch_header_missing_file_is_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.wav"):
        patch_header(tmp_path / "nope.wav")


def test_read_info_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.wav"
    path.write_bytes(b"RIFF1234WAVE")
    with pytest.raises(WavError, match=r"broken\.wav"):
        read_info(path)


def test_merge_stereo_pads_the_shorter_track(tmp_path: Path) -> None:
    caller = write_samples(tmp_path / "caller.wav", list(range(-500, 500)))  # 1000 frames
    operator = write_samples(tmp_path / "operator.wav", [7, -7] * 300)  # 600 frames
    out = merge_stereo(caller, operator, tmp_path / "mixed.wav")

    channels, samples = read_samples(out)
    assert channels == 2
    assert read_info(out).frames == 1000
    assert samples[0::2] == list(range(-500, 500))
    assert samples[1::2] == [7, -7] * 300 + [0] * 400
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caller.wav", "mixed.wav", "operator.wav"]


def test_merge_stereo_of_sox_tones_matches_sox(tone: Callable[..., Path], tmp_path: Path) -> None:
    out = merge_stereo(tone("a.wav", 2.5, 440), tone("b.wav", 1.0, 880), tmp_path / "m.wav")
    assert sox_duration(out) == pytest.approx(2.5)
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (2, 2, 16000)


def test_merge_stereo_longer_right_track(tmp_path: Path) -> None:
    caller = write_samples(tmp_path / "c.wav", [1] * 3)
    operator = write_samples(tmp_path / "o.wav", [2] * 5)
    _, samples = read_samples(merge_stereo(caller, operator, tmp_path / "m.wav"))
    assert samples == [1, 2, 1, 2, 1, 2, 0, 2, 0, 2]


def test_merge_stereo_rejects_mismatched_inputs(tmp_path: Path) -> None:
    mono = write_samples(tmp_path / "mono.wav", [1] * 10)
    other_rate = write_samples(tmp_path / "8k.wav", [1] * 10, rate=8000)
    stereo = write_samples(tmp_path / "st.wav", [1] * 10, channels=2)
    with pytest.raises(WavError, match="Hz"):
        merge_stereo(mono, other_rate, tmp_path / "m.wav")
    with pytest.raises(WavError, match="mono 16-bit"):
        merge_stereo(mono, stereo, tmp_path / "m.wav")
    assert not (tmp_path / "m.wav").exists()
    assert not list(tmp_path.glob(".*tmp"))


def test_merge_stereo_into_missing_directory_is_oserror(tmp_path: Path) -> None:
    mono = write_samples(tmp_path / "mono.wav", [1] * 10)
    with pytest.raises(FileNotFoundError):
        merge_stereo(mono, mono, tmp_path / "gone" / "m.wav")


def test_sha256_matches_sha256sum(tone: Callable[..., Path]) -> None:
    path = tone("long.wav", 40)  # > 1 MiB, so several chunks
    assert path.stat().st_size > 1 << 20
    assert sha256_file(path) == sha256sum(path)


def test_fsync_dir(tmp_path: Path) -> None:
    fsync_dir(tmp_path)
    with pytest.raises(FileNotFoundError):
        fsync_dir(tmp_path / "missing")
