"""Key-phrase hashing: Argon2id, constant work, secrets never printed (KUTY-2.2)."""

from __future__ import annotations

import logging
import pickle

import pytest
from argon2 import PasswordHasher

from tests.unit.verification.conftest import FAST
from verification import key_phrase
from verification.key_phrase import (
    FAST_FOR_TESTS,
    PRODUCTION,
    EmptyPhrase,
    Hasher,
    SecretStr,
)

PHRASE = "Мій кіт Мурчик"


def test_hash_is_argon2id_of_the_normalised_phrase() -> None:
    stored = FAST.hash(PHRASE)
    assert stored.startswith("$argon2id$")
    assert "Мурчик" not in stored
    assert FAST.verify(stored, "мій  кіт, мурчик!")
    assert FAST.verify(stored, SecretStr("МІЙ КІТ МУРЧИК"))
    assert not FAST.verify(stored, "мій кіт мурчик два")


def test_each_hash_has_its_own_salt() -> None:
    assert FAST.hash(PHRASE) != FAST.hash(PHRASE)


def test_missing_hash_still_costs_one_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    hasher = Hasher(FAST_FOR_TESTS)
    calls: list[str] = []
    real = PasswordHasher.verify

    def counting(self: PasswordHasher, hash: str, password: str) -> bool:
        calls.append(hash)
        return real(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counting)
    assert not hasher.verify(None, PHRASE)
    assert not hasher.verify(hasher.hash(PHRASE), "")
    assert not hasher.verify(hasher.hash(PHRASE), "я" * 10_000)
    assert calls == [hasher.dummy_hash] * 3


def test_corrupt_stored_hash_is_a_mismatch_not_a_crash(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert not FAST.verify("not-a-hash", PHRASE)
    assert PHRASE not in caplog.text


def test_empty_phrase_cannot_be_stored() -> None:
    with pytest.raises(EmptyPhrase) as info:
        FAST.hash(" ?! ")
    assert "?!" not in str(info.value)


def test_needs_rehash_flags_other_parameters() -> None:
    assert not FAST.needs_rehash(FAST.hash(PHRASE))
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("x")
    assert FAST.needs_rehash(weak)
    assert FAST.needs_rehash("garbage")


def test_production_parameters_meet_owasp_and_work() -> None:
    assert PRODUCTION.time_cost >= 2
    assert PRODUCTION.memory_cost_kib >= 19456
    stored = key_phrase.hash_phrase(PHRASE)
    assert "$argon2id$" in stored and "m=19456,t=2,p=1" in stored
    assert key_phrase.verify_phrase(stored, "мій кіт мурчик")
    assert not key_phrase.verify_phrase(None, PHRASE)
    assert not key_phrase.needs_rehash(stored)


def test_secret_str_never_prints() -> None:
    secret = SecretStr(PHRASE)
    rendered = [repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret])]
    assert all(PHRASE not in text for text in rendered)
    assert secret.reveal() == PHRASE
    assert secret == SecretStr(PHRASE) and secret != SecretStr("інша")
    assert pickle.loads(pickle.dumps(secret)).reveal() == PHRASE
    with pytest.raises(TypeError):
        hash(secret)
