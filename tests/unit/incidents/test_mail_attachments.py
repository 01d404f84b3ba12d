"""incidents.mail_attachments: an attachment is saved on request with its exact bytes under
a harmless name, never over another file; refused ones cannot be saved (issue 12)."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models_written import Attachment
from desk.policy import load_policy
from desk.roles import Actor
from incidents.mail_attachments import AttachmentRefused, safe_filename, save_attachment
from incidents.mail_parse import MIB, MailLimits
from incidents.mailstore import store_mail

KUTY = load_policy("kuty")
CORPUS = Path(__file__).resolve().parents[2] / "data" / "mail"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


def _with(name: str, data: bytes) -> bytes:
    return (
        b"From: a@example.org\r\nSubject: doc\r\nMessage-ID: <att@x>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain'
        b"\r\n\r\nsee attached\r\n--z\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="' + name.encode() + b'"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"--z--\r\n"
    )


def _attachment_ids(sessions: sessionmaker[Session]) -> list[int]:
    with sessions.begin() as s:
        return list(s.scalars(sa.select(Attachment.id).order_by(Attachment.id)))


def test_saved_with_its_exact_bytes_and_a_safe_name(
    sessions: sessionmaker[Session], operator: Actor, tmp_path: Path
) -> None:
    store_mail(sessions, operator, _with("../../etc/договір.pdf", PDF), policy=KUTY)
    [att] = _attachment_ids(sessions)
    out = tmp_path / "saved"
    first = save_attachment(sessions, operator, att, out)
    second = save_attachment(sessions, operator, att, out)
    assert first == out / "etc_договір.pdf" and second == out / "etc_договір (1).pdf"
    assert first.read_bytes() == second.read_bytes() == PDF
    assert hashlib.sha256(first.read_bytes()).hexdigest() == hashlib.sha256(PDF).hexdigest()


def test_refused_attachments_cannot_be_saved(
    sessions: sessionmaker[Session], operator: Actor, tmp_path: Path
) -> None:
    limits = MailLimits(attachment_max=1024, message_max=MIB)
    store_mail(sessions, operator, _with("big.pdf", PDF), policy=KUTY, limits=limits)
    [att] = _attachment_ids(sessions)
    with pytest.raises(AttachmentRefused, match=r"was not kept \(it was over the size limit\)"):
        save_attachment(sessions, operator, att, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_archive_bomb_is_saved_packed(
    sessions: sessionmaker[Session], operator: Actor, tmp_path: Path
) -> None:
    store_mail(sessions, operator, (CORPUS / "zip_bomb.eml").read_bytes(), policy=KUTY)
    [att] = _attachment_ids(sessions)
    path = save_attachment(sessions, operator, att, tmp_path)
    assert path.name == "invoice.zip" and path.stat().st_size < 100_000


@pytest.mark.parametrize(
    ("name", "safe"),
    [(None, "fallback.bin"), ("...", "fallback.bin"), ("a\u202etxt.exe", "a_txt.exe"),
     ("C:\\x\\y.doc", "C_x_y.doc"), (".bashrc", "bashrc"), ("ok.pdf", "ok.pdf")],
)  # fmt: skip
def test_safe_filename(name: str | None, safe: str) -> None:
    assert safe_filename(name, "fallback.bin") == safe
