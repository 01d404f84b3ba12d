"""Saving an attachment on request (issue 12): the console lists attachments with type and
size and never opens them; an operator may save one to a folder of their choosing.

The bytes come out of the stored raw message (they are not copied elsewhere, see
`db.models_written.Attachment`), are checked against the SHA-256 recorded when the mail
arrived, and are written under a harmless file name: no directories, no leading dot, no
control characters, never over an existing file. An attachment refused over the size
limit cannot be saved (its bytes were not kept). Each save is audited.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from db.audit import append_audit
from db.models_written import Attachment
from desk.errors import NotFound, UserFacingError
from desk.gate import authorize
from desk.roles import Actor, Permission
from incidents.mail_parse import attachment_payload
from incidents.mailstore import raw_message

__all__ = ["AttachmentRefused", "safe_filename", "save_attachment"]

_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


class AttachmentRefused(UserFacingError):
    """The attachment cannot be saved; one line saying why."""


def safe_filename(name: str | None, fallback: str) -> str:
    """A file name that stays inside the chosen folder and shows as what it is."""
    text = _UNSAFE.sub("_", (name or "").replace("\u202e", "_").replace("\u202d", "_"))
    text = text.strip(" ._")[:200]
    return text or fallback


def _free_path(folder: Path, name: str) -> Path:
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    candidate = folder / name
    number = 1
    while candidate.exists():
        candidate = folder / (f"{stem} ({number}).{suffix}" if suffix else f"{stem} ({number})")
        number += 1
    return candidate


def save_attachment(
    sessions: sessionmaker[Session], actor: Actor, attachment_id: int, folder: Path
) -> Path:
    """Write attachment `attachment_id` into `folder`; returns the file written.

    Raises:
        PermissionDenied: the actor does not handle contacts (audited).
        NotFound: no such attachment.
        AttachmentRefused: refused over the limit, or its bytes no longer match.
        OSError: the folder cannot be written.
    """
    authorize(sessions, actor, Permission.HANDLE_CALLS, action="save_attachment",
              attachment=attachment_id)  # fmt: skip
    with sessions.begin() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise NotFound(f"attachment {attachment_id} does not exist")
        message_id, position, expected = row.message_id, row.position, row.sha256
        stored, name, reason = row.stored, row.filename, row.refused_reason
    if not stored:
        why = "it was over the size limit" if reason == "over_attachment_limit" else reason
        raise AttachmentRefused(f"attachment {attachment_id} was not kept ({why})")
    data = attachment_payload(raw_message(sessions, actor, message_id), position)
    if data is None or hashlib.sha256(data).hexdigest() != expected:
        raise AttachmentRefused(f"attachment {attachment_id} does not match its recorded hash")
    folder.mkdir(parents=True, exist_ok=True)
    path = _free_path(folder, safe_filename(name, f"attachment-{attachment_id}.bin"))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    with sessions.begin() as session:
        append_audit(session, "attachment_saved", actor.label,
                     {"attachment_id": attachment_id, "message_id": message_id,
                      "sha256": expected, "bytes": len(data)})  # fmt: skip
    return path
