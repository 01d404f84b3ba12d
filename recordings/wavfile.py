"""WAV files as pjmedia writes them: header repair, stereo merge, hashing, durable writes.

pjmedia's recorder writes the RIFF and data sizes only when it closes the file, so a
crash (or ``kill -9``) leaves a header that claims zero bytes of audio and players show
an empty call although every sample is on disk. Every recording is evidence under
KUTY-1.1, so we repair headers from the file size, both periodically while recording and
at start-up, and write derived files atomically so that a crash never leaves a half file
under a final name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import struct
import sys
import tempfile
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "HEADER_SIZE",
    "WavError",
    "WavInfo",
    "fsync_dir",
    "merge_stereo",
    "patch_header",
    "read_info",
    "sha256_file",
]

HEADER_SIZE = 44
"""Canonical PCM header: RIFF(12) + fmt chunk(24) + data chunk header(8)."""

_MAX_DATA = 0xFFFFFFFF - (HEADER_SIZE - 8)
_CHUNK_FRAMES = 1 << 18  # frames per merge step: bounded memory for hour-long calls
_HASH_CHUNK = 1 << 20


class WavError(Exception):
    """A file is not the WAV we expect (not RIFF/WAVE, not PCM, truncated, too large)."""


@dataclass(frozen=True)
class WavInfo:
    sample_rate: int
    channels: int
    sample_width: int
    frames: int
    duration_s: float


def patch_header(path: Path | str, *, fsync: bool = True) -> int:
    """Make the RIFF and data sizes match the file size; return the data size in bytes.

    Only bytes 4-8 and 40-44 are written (with pwrite, never truncating), which is safe
    while pjmedia still appends through its own handle: it keeps its own offset and
    rewrites these two fields itself only on close. A trailing partial frame (a write in
    progress) is left out of the data size so readers never see half a sample.
    """
    path = Path(path)
    with open(path, "r+b") as f:
        fd = f.fileno()
        header = _pread(f, HEADER_SIZE, 0)
        block_align = _check_header(path, header)
        size = os.fstat(fd).st_size
        data = size - HEADER_SIZE
        data -= data % block_align
        if data > _MAX_DATA:
            raise WavError(f"{path}: {size} bytes do not fit a WAV header (4 GiB limit)")
        riff = HEADER_SIZE - 8 + data
        if struct.unpack_from("<I", header, 4)[0] == riff and (
            struct.unpack_from("<I", header, 40)[0] == data
        ):
            return data  # unchanged: spare the disk (and a network share) a write + fsync
        _pwrite(f, struct.pack("<I", riff), 4)
        _pwrite(f, struct.pack("<I", data), 40)
        if fsync:
            os.fsync(fd)
    return data


def _pread(f: BinaryIO, n: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(f.fileno(), n, offset)
    f.seek(offset)  # Windows: our own handle's offset, pjmedia's is unaffected
    return f.read(n)


def _pwrite(f: BinaryIO, data: bytes, offset: int) -> None:
    if hasattr(os, "pwrite"):
        os.pwrite(f.fileno(), data, offset)
    else:
        f.seek(offset)
        f.write(data)
        f.flush()


def _check_header(path: Path, header: bytes) -> int:
    """Validate a canonical 44-byte PCM header and return its block align."""
    if len(header) < HEADER_SIZE:
        raise WavError(f"{path}: {len(header)} bytes, shorter than a WAV header")
    if header[0:4] != b"RIFF" or header[8:12] != b"WAVE":
        raise WavError(f"{path}: not a RIFF/WAVE file")
    if header[12:16] != b"fmt " or struct.unpack_from("<I", header, 16)[0] != 16:
        raise WavError(f"{path}: no canonical 16-byte fmt chunk at offset 12")
    fmt_tag, channels, _rate, _byte_rate, block_align, bits = struct.unpack_from(
        "<HHIIHH", header, 20
    )
    if fmt_tag != 1:
        raise WavError(f"{path}: audio format {fmt_tag} is not PCM")
    if header[36:40] != b"data":
        raise WavError(f"{path}: no data chunk at offset 36")
    if channels < 1 or bits % 8 or block_align != channels * bits // 8 or block_align < 1:
        raise WavError(f"{path}: inconsistent fmt chunk ({channels} ch, {bits} bit)")
    return int(block_align)


def write_empty(path: Path | str, sample_rate: int, channels: int = 1) -> None:
    """Replace `path` with a valid 16-bit PCM WAV holding no audio (a canonical header)."""
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(b"")


def read_info(path: Path | str) -> WavInfo:
    """Format and length of a WAV file, with broken files reported as WavError."""
    path = Path(path)
    try:
        with wave.open(str(path), "rb") as w:
            rate, channels, width, frames = (
                w.getframerate(),
                w.getnchannels(),
                w.getsampwidth(),
                w.getnframes(),
            )
    except (wave.Error, EOFError, struct.error) as exc:
        raise WavError(f"{path}: unreadable WAV: {exc}") from exc
    if rate <= 0:
        raise WavError(f"{path}: sample rate {rate}")
    return WavInfo(rate, channels, width, frames, frames / rate)


def merge_stereo(left: Path | str, right: Path | str, out: Path | str) -> Path:
    """Interleave two mono 16-bit tracks (left = caller, right = operator) into ``out``.

    The shorter track is padded with silence so both legs stay aligned from the first
    bridge tick on. Works in bounded chunks so that an hour-long call does not need
    hundreds of MB, and publishes ``out`` only once complete and on disk.
    """
    left, right, out = Path(left), Path(right), Path(out)
    with _open_mono16(left) as lw, _open_mono16(right) as rw:
        rate = lw.getframerate()
        if rw.getframerate() != rate:
            raise WavError(f"{left} is {rate} Hz but {right} is {rw.getframerate()} Hz")
        fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w+b") as raw:
                with wave.open(raw, "wb") as w:
                    w.setnchannels(2)
                    w.setsampwidth(2)
                    w.setframerate(rate)
                    _interleave(lw, rw, w)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(tmp, out)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    fsync_dir(out.parent)
    return out


def _open_mono16(path: Path) -> wave.Wave_read:
    try:
        w = wave.open(str(path), "rb")  # noqa: SIM115 - the caller's `with` closes it
    except (wave.Error, EOFError, struct.error) as exc:
        raise WavError(f"{path}: unreadable WAV: {exc}") from exc
    if w.getnchannels() != 1 or w.getsampwidth() != 2:
        w.close()
        raise WavError(f"{path}: expected mono 16-bit PCM")
    return w


def _interleave(lw: wave.Wave_read, rw: wave.Wave_read, w: wave.Wave_write) -> None:
    swap = sys.byteorder == "big"  # WAV samples are little-endian
    while True:
        lbuf, rbuf = array("h"), array("h")
        lbuf.frombytes(lw.readframes(_CHUNK_FRAMES))
        rbuf.frombytes(rw.readframes(_CHUNK_FRAMES))
        n = max(len(lbuf), len(rbuf))
        if n == 0:
            return
        if swap:
            lbuf.byteswap()
            rbuf.byteswap()
        stereo = array("h", bytes(4 * n))  # zeros: silence for the shorter leg
        stereo[0 : 2 * len(lbuf) : 2] = lbuf
        stereo[1 : 2 * len(rbuf) : 2] = rbuf
        if swap:
            stereo.byteswap()
        w.writeframesraw(stereo.tobytes())


def sha256_file(path: Path | str) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks (recordings can be hundreds of MB)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(path: Path | str) -> None:
    """Make renames and creations in a directory durable.

    Windows cannot open directories and some network file systems refuse fsync on them;
    there the rename is as durable as the platform makes it and we carry on.
    """
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EROFS):
            raise
    finally:
        os.close(fd)
