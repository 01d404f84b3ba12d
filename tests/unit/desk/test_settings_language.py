"""The UI language (issue 12): unset, a seat speaks its policy's Russian or Kazakh (CSC-2.5
answers in Russian; KZP and EEP are Kazakh regulations), Ukrainian otherwise; an explicit
choice (settings.toml, KUTY_LANGUAGE, --language) always wins; other values are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.settings import SettingsError, load_settings, policy_ui_language


def _load(tmp_path: Path, toml: str, **kwargs: object) -> str:
    config = tmp_path / "settings.toml"
    config.write_text(toml, encoding="utf-8")
    env = kwargs.pop("env", {})
    return load_settings(data_dir=tmp_path, config_file=config, env=env, **kwargs).language  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("policy", "language"), [("kuty", "uk"), ("kzp", "kk"), ("eep", "kk"), ("csc", "ru")]
)
def test_unset_language_follows_the_policy(tmp_path: Path, policy: str, language: str) -> None:
    assert _load(tmp_path, f'policy = "{policy}"\n') == language
    assert policy_ui_language(policy) == language


def test_an_explicit_choice_wins(tmp_path: Path) -> None:
    assert _load(tmp_path, 'policy = "csc"\nlanguage = "uk"\n') == "uk"
    assert _load(tmp_path, 'policy = "kzp"\nlanguage = "en"\n') == "en"
    assert _load(tmp_path, 'policy = "kuty"\nlanguage = "ru"\n') == "ru"
    assert _load(tmp_path, 'policy = "csc"\n', env={"KUTY_LANGUAGE": "kk"}) == "kk"
    assert _load(tmp_path, 'policy = "kzp"\n', language="uk") == "uk"


def test_an_unknown_language_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"^language must be one of uk, en, ru, kk, got 'de'$"):
        _load(tmp_path, 'language = "de"\n')


@pytest.mark.parametrize("policy", ["kuty", "kzp", "eep", "csc"])
@pytest.mark.parametrize("language", ["uk", "en", "ru", "kk"])
def test_saving_keeps_the_language_and_the_policys_own_keeps_following(
    tmp_path: Path, policy: str, language: str
) -> None:
    """Saved and loaded back, the language is the one saved; the policy's own is left out
    of the file (the seat keeps speaking its policy's), any other is written, Ukrainian on
    a CSC seat included (it is also the file's default)."""
    import dataclasses

    from desk.settings import save_settings

    settings = load_settings(data_dir=tmp_path, config_file=tmp_path / "none.toml", env={})
    path = save_settings(
        dataclasses.replace(settings, policy=policy, language=language), tmp_path / "s.toml"
    )
    text = path.read_text(encoding="utf-8")
    assert ("language =" in text) == (language != policy_ui_language(policy)), text
    assert load_settings(data_dir=tmp_path, config_file=path, env={}).language == language
