"""Word error rate, for the end-to-end test and the benchmark.

WER = (substitutions + deletions + insertions) / reference words, on lower-cased words
with punctuation removed: the usual figure speech engines are compared by. It can
exceed 1.0 when the engine invents more words than were said.
"""

from __future__ import annotations

import re

__all__ = ["normalise_words", "word_error_rate"]


def normalise_words(text: str) -> list[str]:
    """Lower-case words; apostrophes kept (don't, п'ять), other punctuation dropped."""
    return re.findall(r"[\w']+", text.lower().replace("’", "'"))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance over words divided by the reference length.

    Raises:
        ValueError: the reference has no words (the rate would be undefined).
    """
    ref, hyp = normalise_words(reference), normalise_words(hypothesis)
    if not ref:
        raise ValueError("reference text has no words")
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1] / len(ref)
