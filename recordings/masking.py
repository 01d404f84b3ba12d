"""Silence the key-phrase moment of a recording for roles that must not hear it.

Verification marks, as recording offsets in seconds, when the operator asked for the key
phrase and when the caller answered (verification.flow `key_phrase_spans`). Everyone
below the head administrator (no Permission.HEAR_KEY_PHRASE; DESIGN.md roles table) gets
those spans as digital silence, in exports and in playback, so a supervisor or an
exported file can never leak a caller's secret.

`mask_wav` streams: it copies the source's header bytes unchanged and rewrites only the
sample frames inside the spans, so a masked copy differs from the original in exactly the
masked bytes (tests compare the rest byte for byte) and memory stays flat on long calls.
"""

from __future__ import annotations

import shutil
import struct
import wave
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desk.roles import Actor, Permission, allowed

__all__ = ["Span", "key_phrase_spans", "mask_wav", "must_mask", "normalise_spans"]

Span = tuple[float, float]
CHUNK_FRAMES = 16000
PAD_S = 0.0
"""Extra silence either side of a span; the marks are the operator's clicks, already wide."""


def must_mask(actor: Actor) -> bool:
    """True for every role that may not hear key phrases (all but the head administrator)."""
    return not allowed(actor, Permission.HEAR_KEY_PHRASE)


def normalise_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, merged, non-negative spans; reversed pairs are swapped, empty ones dropped."""
    cleaned = sorted((max(0.0, min(a, b) - PAD_S), max(a, b) + PAD_S) for a, b in spans if a != b)
    merged: list[Span] = []
    for start, end in cleaned:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def key_phrase_spans(session: Session, call_id: str) -> list[Span]:
    """The key-phrase spans verification recorded for a call (empty if none or no table).

    The `verification_attempts` table arrives with migration 0003; until a database has
    it there is nothing to mask. Raw SQL keeps this module independent of that model.
    """
    if not sa.inspect(session.connection()).has_table("verification_attempts"):
        return []
    rows = session.execute(
        sa.text(
            "SELECT key_phrase_start_s, key_phrase_end_s FROM verification_attempts "
            "WHERE call_id = :call_id AND key_phrase_start_s IS NOT NULL "
            "AND key_phrase_end_s IS NOT NULL"
        ),
        {"call_id": call_id},
    ).all()
    return normalise_spans((float(a), float(b)) for a, b in rows)


def _data_offset(path: Path) -> tuple[int, int]:
    """(offset, size) of the RIFF `data` chunk payload, walking chunks as wave does."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            raise wave.Error(f"{path} is not a RIFF/WAVE file")
        while True:
            chunk = f.read(8)
            if len(chunk) < 8:
                raise wave.Error(f"{path} has no data chunk")
            cid, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            if cid == b"data":
                return f.tell(), size
            f.seek(size + (size & 1), 1)


def mask_wav(src: Path | str, dst: Path | str, spans: Sequence[Span]) -> int:
    """Copy `src` to `dst` with every frame inside `spans` replaced by silence.

    Returns the number of frames silenced. With no spans the copy is byte-identical.

    Raises:
        wave.Error: not a PCM WAV file.
    """
    src, dst = Path(src), Path(dst)
    merged = normalise_spans(spans)
    if not merged:
        shutil.copyfile(src, dst)
        return 0
    with wave.open(str(src), "rb") as w:
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
        nframes = w.getnframes()
    offset, _ = _data_offset(src)
    frame_bytes = width * channels
    silent_byte = b"\x80" if width == 1 else b"\x00"  # 8-bit PCM is unsigned
    ranges = [(min(nframes, round(a * rate)), min(nframes, round(b * rate))) for a, b in merged]
    silenced = 0
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read(offset))  # header and any chunks before data: unchanged
        pos = 0
        for start, end in ranges:
            _copy(fin, fout, (start - pos) * frame_bytes)
            fin.seek((end - start) * frame_bytes, 1)
            remaining = (end - start) * frame_bytes
            while remaining:
                n = min(remaining, CHUNK_FRAMES * frame_bytes)
                fout.write(silent_byte * n)
                remaining -= n
            silenced += end - start
            pos = end
        shutil.copyfileobj(fin, fout)  # rest of data and any trailing chunks
    return silenced


def _copy(fin: BinaryIO, fout: BinaryIO, nbytes: int) -> None:
    while nbytes > 0:
        block = fin.read(min(nbytes, 1 << 20))
        if not block:
            return
        fout.write(block)
        nbytes -= len(block)
