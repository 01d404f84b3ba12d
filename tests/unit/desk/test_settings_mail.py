"""The written-contact settings (issue 12): size limits and the desk's mailbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.settings import SettingsError, load_settings


def _load(tmp_path: Path, **env: str) -> object:
    return load_settings(data_dir=tmp_path, env={f"KUTY_{k.upper()}": v for k, v in env.items()},
                         config_file=tmp_path / "none.toml")  # fmt: skip


def test_defaults_and_env(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, env={}, config_file=tmp_path / "none.toml")
    assert (s.mail_attachment_max_mb, s.mail_message_max_mb) == (25, 50)
    assert (s.imap_host, s.imap_security, s.imap_mailbox) == ("", "imaps", "INBOX")
    s = load_settings(data_dir=tmp_path, config_file=tmp_path / "none.toml",
                      env={"KUTY_IMAP_HOST": "127.0.0.1", "KUTY_IMAP_PORT": "1143",
                           "KUTY_IMAP_SECURITY": "starttls"})  # fmt: skip
    assert (s.imap_host, s.imap_port, s.imap_security) == ("127.0.0.1", 1143, "starttls")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"mail_attachment_max_mb": "60"}, "the attachment limit at most the message limit"),
        ({"mail_message_max_mb": "0"}, "must be 1..2048 MB"),
        ({"mail_message_max_mb": "5000"}, "must be 1..2048 MB"),
        ({"imap_security": "plain"}, "imap_security must be 'imaps' or 'starttls', got 'plain'"),
        ({"imap_port": "70000"}, "imap_port must be 0-65535, got 70000"),
        ({"imap_port": "x"}, "setting imap_port must be a whole number"),
    ],
)
def test_bad_values_are_one_line(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _load(tmp_path, **env)
