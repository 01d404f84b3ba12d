"""Word error rate and speed of the offline transcription engine on espeak-ng speech.

    .venv/bin/python bench/transcribe_wer.py [--engine pocketsphinx] [--model-dir DIR]
                                             [--voice en-us] [--speed 140]

Synthesises a few help-desk sentences with espeak-ng (16 kHz mono via sox), transcribes
each with the engine (as `recordings.transcripts` does per track) and prints one line:

    engine=pocketsphinx wer=X seconds=X audio_s=X

`wer` is pooled over all reference words, `seconds` the wall time of transcription only
(model load included), `audio_s` the audio length. For faster-whisper pass a model folder
and Ukrainian sentences are used instead (--voice uk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recordings.transcripts.engines import engine_from_config
from recordings.transcripts.wer import normalise_words, word_error_rate
from tests.support.recording_fixture import speak_16k

SENTENCES = {
    "en": [
        "I would like to change the address in my application",
        "Yes, you can change the address on the web site",
        "Please open the service and choose edit application",
        "Thank you for calling, how can I help you today",
        "Please wait while I check your application",
    ],
    "uk": [
        "Добрий день, я телефоную щодо черги в дитячий садок",
        "Назвіть, будь ласка, номер заявки",
        "Я хочу змінити адресу в заявці",
    ],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", default="pocketsphinx")
    parser.add_argument("--model-dir", type=Path, default=None)
    parser.add_argument("--voice", default=None)
    parser.add_argument("--speed", type=int, default=140)
    args = parser.parse_args(argv)
    lang = "en" if args.engine == "pocketsphinx" else "uk"
    voice = args.voice or ("en-us" if lang == "en" else "uk")
    engine = engine_from_config(args.engine, args.model_dir, lang)
    errors = words = 0.0
    audio_s = seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="kuty-wer-") as tmp:
        for i, text in enumerate(SENTENCES[lang]):
            wav = Path(tmp) / f"s{i}.wav"
            audio_s += speak_16k(text, wav, voice=voice, speed=args.speed, pad_s=0.5)
            start = time.perf_counter()
            heard = " ".join(s.text for s in engine.transcribe(wav))
            seconds += time.perf_counter() - start
            n = len(normalise_words(text))
            errors += word_error_rate(text, heard) * n
            words += n
            print(f"{word_error_rate(text, heard):.2f} {text!r} -> {heard!r}", file=sys.stderr)
    print(
        f"engine={engine.name} wer={errors / words:.3f} seconds={seconds:.2f} audio_s={audio_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
