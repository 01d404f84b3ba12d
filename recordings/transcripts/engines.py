"""Speech-to-text engines behind one small interface, all strictly offline.

Two engines, for two reasons:

* `FasterWhisperEngine` is the one that understands Ukrainian. Its model (hundreds of MB)
  is installed by the admin from a folder; it is never downloaded at run time, because
  recordings are personal data on a desk that may have no internet, and a console that
  silently fetches code-bearing files from a hub is not one we can certify. A missing
  model raises `ModelMissing` with step-by-step install instructions.
* `PocketSphinxEngine` uses the English model that the `pocketsphinx` wheel ships. It is
  poor at real calls, but it runs anywhere with no setup, which is what lets CI test the
  whole pipeline end to end on real (espeak-ng) speech.

Engines see one mono track and return timed `Segment`s; the service knows which track
(caller or operator) it handed over.

Failures a person should read are `TranscriptionError`s (a `desk.errors.UserFacingError`):
a missing model, a missing package, audio the recorder did not write, or, from the
service, `TranscriptionFailed` wrapping anything else an engine raised. The raw text of
an engine's own exception (e.g. pocketsphinx's "Out of bounds on buffer access") is for
the log, never for the screen.
"""

from __future__ import annotations

import contextlib
import os
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from desk.errors import UserFacingError
from recordings.transcripts.segments import Segment

__all__ = [
    "EngineUnavailable",
    "FasterWhisperEngine",
    "ModelMissing",
    "PocketSphinxEngine",
    "Progress",
    "TranscriptionCancelled",
    "TranscriptionEngine",
    "TranscriptionError",
    "TranscriptionFailed",
    "UnsupportedAudio",
    "engine_from_config",
]

Progress = Callable[[float, float], None]
"""progress(seconds_done, seconds_total) of the track being transcribed."""

RATE = 16000
WHISPER_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
WHISPER_VOCABULARY = ("vocabulary.json", "vocabulary.txt")


class TranscriptionCancelled(Exception):
    """The cancel event was set; nothing was stored."""


class TranscriptionError(UserFacingError):
    """A transcription failed in a way the user should read (one line, translated by code)."""


class TranscriptionFailed(TranscriptionError):
    """The engine raised something unexpected; its own text went to the log, not the user.

    Raised by the service, which knows the recording and track, so the message can say
    which one failed and that nothing was stored.
    """

    def __init__(self, engine: str, recording_id: str, track: str) -> None:
        super().__init__(
            f"The speech engine {engine} could not transcribe the {track} track of "
            f"recording {recording_id}. Nothing was stored. The details are in the log; "
            "tell the administrator if it happens again.",
            code="transcription.engine_failed",
            engine=engine,
            recording_id=recording_id,
            track=track,
        )


class UnsupportedAudio(TranscriptionError, ValueError):
    """The track is not 16 kHz mono 16-bit PCM, the format the recorder writes."""


class EngineUnavailable(TranscriptionError, RuntimeError):
    """The engine's Python package is not installed."""


class ModelMissing(TranscriptionError, RuntimeError):
    """The admin has not installed a faster-whisper model folder; says how to.

    `message_id` and `message_uk` let the console show the Ukrainian text without parsing
    the English one; `str(exc)` is the English text for logs.
    """

    message_id = "transcription.model_missing"

    def __init__(self, model_dir: Path, problem: str) -> None:
        self.model_dir = model_dir
        self.problem = problem
        english = (
            f"No faster-whisper model at {model_dir} ({problem}). Models are never downloaded "
            "by the console. To install one offline: (1) on a machine with internet, get a "
            "CTranslate2 Whisper model, e.g. the folder of Systran/faster-whisper-small, or "
            "convert one: `pip install transformers ctranslate2 && ct2-transformers-converter "
            "--model openai/whisper-small --output_dir whisper-small --copy_files "
            "tokenizer.json preprocessor_config.json --quantization int8`; (2) copy that "
            f"folder to this computer, e.g. to <data dir>/models/whisper-small, so that "
            "model.bin, config.json, tokenizer.json and vocabulary.* are directly inside it; "
            "(3) set `transcription_model_dir` in settings to that folder and restart."
        )
        self.message_uk = (
            f"Модель faster-whisper не знайдено: {model_dir} ({problem}). Консоль ніколи не "
            "завантажує моделі з інтернету. Щоб установити модель: 1) на комп'ютері з "
            "інтернетом отримайте теку моделі CTranslate2 Whisper (наприклад, "
            "Systran/faster-whisper-small) або перетворіть модель командою "
            "`ct2-transformers-converter --model openai/whisper-small --output_dir "
            "whisper-small --copy_files tokenizer.json preprocessor_config.json "
            "--quantization int8`; 2) скопіюйте теку на цей комп'ютер, наприклад у "
            "<тека даних>/models/whisper-small (усередині мають бути model.bin, config.json, "
            "tokenizer.json і vocabulary.*); 3) укажіть цю теку в параметрі "
            "`transcription_model_dir` і перезапустіть консоль."
        )
        super().__init__(english, code=self.message_id, model_dir=str(model_dir), problem=problem)


@runtime_checkable
class TranscriptionEngine(Protocol):
    """One speech-to-text engine. `transcribe` may block for minutes: call it off the GUI."""

    @property
    def name(self) -> str: ...

    @property
    def language(self) -> str: ...

    def transcribe(
        self,
        wav_path: Path,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> list[Segment]: ...


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise TranscriptionCancelled("transcription cancelled")


@contextlib.contextmanager
def _open_track(wav_path: Path) -> Iterator[wave.Wave_read]:
    with wave.open(str(wav_path), "rb") as w:
        if (w.getnchannels(), w.getsampwidth(), w.getframerate()) != (1, 2, RATE):
            raise UnsupportedAudio(
                f"{wav_path}: {w.getnchannels()} ch, {8 * w.getsampwidth()} bit, "
                f"{w.getframerate()} Hz; expected mono 16-bit {RATE} Hz",
                code="transcription.unsupported_audio",
                path=str(wav_path),
            )
        yield w


class PocketSphinxEngine:
    """US English, with the acoustic model, dictionary and LM the pocketsphinx wheel ships.

    A voice-activity endpointer splits the track into utterances; each is decoded on its
    own (with a little silence either side, which the decoder's noise and cepstral-mean
    estimates need) and becomes one segment, or several when a long utterance has pauses
    (split on the decoder's word timings). Confidence is the mean word posterior.
    """

    name = "pocketsphinx"
    language = "en"
    PAD_S = 0.3
    MAX_SEGMENT_S = 12.0

    def __init__(self) -> None:
        self._decoder: Any = None
        self._lock = threading.Lock()  # a decoder is not re-entrant

    def _get_decoder(self) -> Any:
        if self._decoder is None:
            try:
                from pocketsphinx import Decoder
            except ImportError as exc:  # pragma: no cover - a declared dependency
                raise EngineUnavailable(
                    "the pocketsphinx speech engine is not installed: pip install pocketsphinx",
                    code="transcription.engine_unavailable",
                    engine="pocketsphinx",
                ) from exc
            self._decoder = Decoder(samprate=RATE, loglevel="FATAL")
        return self._decoder

    def transcribe(
        self,
        wav_path: Path,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> list[Segment]:
        from pocketsphinx import Endpointer

        segments: list[Segment] = []
        with self._lock, _open_track(Path(wav_path)) as w:
            decoder = self._get_decoder()
            total = w.getnframes() / RATE
            ep = Endpointer(sample_rate=RATE)
            frame_samples = ep.frame_bytes // 2
            speech: list[bytes] = []
            done = 0
            # One frame of look-ahead: the last *non-empty* frame goes to `end_stream`.
            # Reading until a short frame instead fails when the track is a multiple of
            # the frame (480 samples): the short frame is then b"", and pocketsphinx's
            # `end_stream(b"")` raises "Out of bounds on buffer access (axis 0)" (fault 7).
            frame = w.readframes(frame_samples)
            while frame:
                following = w.readframes(frame_samples)
                done += len(frame) // 2
                last = not following
                out = ep.end_stream(frame) if last else ep.process(frame)
                if out is not None:
                    speech.append(out)
                    if not ep.in_speech:
                        segments += self._decode(decoder, b"".join(speech), ep.speech_start)
                        speech.clear()
                frame = following
                if last:
                    break
                if done % (RATE * 2) < frame_samples:  # every ~2 s of audio
                    _check_cancel(cancel)
                    if progress is not None:
                        progress(done / RATE, total)
            if speech:  # end_stream closed an utterance the loop did not see end
                segments += self._decode(decoder, b"".join(speech), ep.speech_start)
        _check_cancel(cancel)
        if progress is not None:
            progress(total, total)
        return segments

    def _decode(self, decoder: Any, pcm: bytes, start_s: float) -> list[Segment]:
        pad = bytes(2 * round(self.PAD_S * RATE))
        decoder.start_utt()
        decoder.process_raw(pad + pcm + pad, full_utt=True)
        decoder.end_utt()
        words: list[tuple[float, float, str, float]] = []
        for seg in decoder.seg():
            # Frames are 10 ms; the padding is not part of the recording.
            a = max(0.0, start_s + seg.start_frame / 100 - self.PAD_S)
            b = max(a, start_s + (seg.end_frame + 1) / 100 - self.PAD_S)
            words.append((a, b, seg.word, float(seg.prob)))
        return _group_words(words, self.MAX_SEGMENT_S)


def _group_words(words: list[tuple[float, float, str, float]], max_s: float) -> list[Segment]:
    """Segments of real words, split at a pause once a segment is longer than `max_s`."""
    out: list[Segment] = []
    cur: list[tuple[float, float, str, float]] = []

    def flush() -> None:
        if cur:
            text = " ".join(w for _, _, w, _ in cur)
            conf = min(1.0, max(0.0, sum(p for *_, p in cur) / len(cur)))
            out.append(Segment(round(cur[0][0], 2), round(cur[-1][1], 2), text, round(conf, 3)))
            cur.clear()

    for a, b, word, prob in words:
        if word.startswith(("<", "[")):  # <s>, </s>, <sil>, [NOISE]: fillers
            if word == "<sil>" and cur and b - cur[0][0] > max_s:
                flush()
            continue
        cur.append((a, b, word.split("(")[0], prob))  # "the(2)": alternate pronunciation
    flush()
    return out


def whisper_model_problem(model_dir: Path | None) -> str | None:
    """Why `model_dir` is not a usable CTranslate2 Whisper folder, or None if it is."""
    if model_dir is None or not str(model_dir):
        return "transcription_model_dir is not set"
    path = Path(model_dir)
    if not path.is_dir():
        return "the folder does not exist"
    missing = [n for n in WHISPER_REQUIRED if not (path / n).is_file()]
    if not any((path / n).is_file() for n in WHISPER_VOCABULARY):
        missing.append("vocabulary.json")
    return f"missing {', '.join(missing)}" if missing else None


class FasterWhisperEngine:
    """Whisper (CTranslate2) from a local folder only; Ukrainian by default.

    The folder is checked before `faster_whisper` is even imported, and the model is
    loaded by path with `local_files_only=True` while `HF_HUB_OFFLINE=1`, so a missing
    or incomplete folder can never turn into a download (faster-whisper fetches a
    tokenizer from the hub when `tokenizer.json` is absent: we require it).
    """

    name = "faster-whisper"

    def __init__(
        self,
        model_dir: Path | None,
        language: str = "uk",
        device: str = "cpu",
        compute_type: str = "int8",
    ) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else Path("")
        self.language = language
        self.device = device
        self.compute_type = compute_type
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        problem = whisper_model_problem(self.model_dir if str(self.model_dir) else None)
        if problem is not None:
            raise ModelMissing(self.model_dir, problem)
        if self._model is None:
            with _hub_offline():
                try:
                    from faster_whisper import WhisperModel
                except ImportError as exc:
                    raise EngineUnavailable(
                        "faster-whisper is not installed: pip install faster-whisper",
                        code="transcription.engine_unavailable",
                        engine="faster-whisper",
                    ) from exc
                self._model = WhisperModel(
                    str(self.model_dir.resolve()),
                    device=self.device,
                    compute_type=self.compute_type,
                    local_files_only=True,
                )
        return self._model

    def transcribe(
        self,
        wav_path: Path,
        *,
        cancel: threading.Event | None = None,
        progress: Progress | None = None,
    ) -> list[Segment]:
        with self._lock:
            model = self._load()
            with _open_track(Path(wav_path)) as w:
                total = w.getnframes() / RATE
            with _hub_offline():
                pieces, _info = model.transcribe(
                    str(wav_path), language=self.language, vad_filter=False, beam_size=5
                )
                out: list[Segment] = []
                for p in pieces:  # a generator: decoding happens as we iterate
                    _check_cancel(cancel)
                    conf = min(1.0, max(0.0, 1.0 - float(p.no_speech_prob)))
                    out.append(Segment(float(p.start), float(p.end), p.text.strip(), conf))
                    if progress is not None:
                        progress(min(float(p.end), total), total)
        if progress is not None:
            progress(total, total)
        return out


@contextlib.contextmanager
def _hub_offline() -> Iterator[None]:
    """HF_HUB_OFFLINE=1 for the duration: any hub call raises instead of downloading."""
    old = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def engine_from_config(
    kind: str, model_dir: Path | str | None = None, language: str | None = None
) -> TranscriptionEngine:
    """Build the engine the settings name ("faster-whisper" or "pocketsphinx").

    Raises:
        ValueError: unknown engine, or a language the engine cannot do.
    """
    key = kind.strip().lower().replace("_", "-")
    if key in ("faster-whisper", "whisper"):
        return FasterWhisperEngine(
            Path(model_dir) if model_dir else None, language=language or "uk"
        )
    if key == "pocketsphinx":
        if language not in (None, "", "en", "en-us"):
            raise ValueError(f"pocketsphinx ships only an English model, not {language!r}")
        return PocketSphinxEngine()
    raise ValueError(f"unknown transcription engine {kind!r}")
