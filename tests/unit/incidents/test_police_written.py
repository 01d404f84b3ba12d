"""A written threat's police package carries the message as received (KUTY-3.4, issue 12).

A threatening mail goes in through `store_mail` (the one door, as IMAP and import use it),
with a reply on the same case before it; an incident is filed on it and the package is
built. The package's raw file must be the stored bytes byte for byte, its SHA-256 in the
manifest and in SHA256SUMS; every header (Received chain, Message-ID, From, Return-Path,
Authentication-Results) must be readable in message.txt and in the report; the thread's
other message must be listed by hash. A tampered copy is packaged but marked and audited.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditEvent
from db.models_incidents import IncidentKind
from db.models_written import MessageDirection
from desk.policy import load_policy
from desk.roles import Actor
from incidents.config import IncidentsConfig
from incidents.mailstore import store_mail
from incidents.message_evidence import header_fields
from incidents.service import report_message_incident
from incidents.sip_messages import store_sip_message

KUTY = load_policy("kuty")

THREAT = (
    b"Return-Path: <anon@bad.example>\r\n"
    b"Received: from mx2.kuty.example (mx2.kuty.example [192.0.2.20])\r\n"
    b"\tby imap.kuty.example with LMTP; Tue, 01 Dec 2026 09:31:02 +0200\r\n"
    b"Received: from relay.bad.example ([203.0.113.9])\r\n"
    b"\tby mx2.kuty.example with ESMTPS id 4Fx; Tue, 01 Dec 2026 09:31:00 +0200\r\n"
    b"Authentication-Results: mx2.kuty.example; dkim=fail header.d=bad.example;\r\n"
    b" spf=softfail smtp.mailfrom=anon@bad.example\r\n"
    b"From: =?utf-8?B?0JDQvdC+0L3RltC8?= <anon@bad.example>\r\n"
    b"To: desk@kuty.example\r\n"
    b"Subject: =?utf-8?B?0J/QvtCz0YDQvtC30LA=?=\r\n"
    b"Message-ID: <threat-1@bad.example>\r\n"
    b"In-Reply-To: <answer-1@kuty.example>\r\n"
    b"Date: Tue, 01 Dec 2026 09:30:00 +0200\r\n"
    b"X-Odd: \xd0\xaf \xe2\x80\xae!txet\xe2\x80\xac \x1b[31m\r\n"  # 8-bit, RTL override, ESC
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
) + ("Я тебе знайду. \u202e!txet\u202c 👨‍👩‍👧\r\n".encode())

ANSWER = (
    b"From: desk@kuty.example\r\nTo: anon@bad.example\r\nSubject: Re: access\r\n"
    b"Message-ID: <answer-1@kuty.example>\r\nDate: Tue, 01 Dec 2026 09:00:00 +0200\r\n"
    b"\r\nWe answered.\r\n"
)


def _pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _file_threat(sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig):
    answer = store_mail(sessions, operator, ANSWER, policy=KUTY, direction=MessageDirection.OUT)
    stored = store_mail(sessions, operator, THREAT, policy=KUTY)
    assert stored.case_id == answer.case_id  # threaded: In-Reply-To names the answer
    incident_id = report_message_incident(
        sessions, operator, message_id=stored.message_id, kind=IncidentKind.THREAT,
        config=config,
    )  # fmt: skip
    package = config.packages_dir / f"incident-{incident_id}-threat"
    return answer, stored, incident_id, package


def test_written_threat_package_has_the_raw_message_byte_for_byte(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    answer, stored, _incident, package = _file_threat(sessions, operator, config)
    sha = hashlib.sha256(THREAT).hexdigest()
    assert stored.raw_sha256 == sha

    original = package / "message" / "original.eml"
    assert original.read_bytes() == THREAT  # exactly as received, not re-serialised
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rule"] == "KUTY-3.4" and manifest["message_id"] == stored.message_id
    files = {f["path"]: f for f in manifest["files"]}
    entry = files["message/original.eml"]
    assert entry["sha256"] == sha and entry["bytes"] == len(THREAT)
    assert (entry["stored_sha256"], entry["integrity"]) == (sha, "ok")
    assert manifest["message"]["raw_sha256"] == sha
    assert manifest["message"]["integrity"] == "ok"
    # The thread's other message, by hash: what else was on the case, without its text.
    assert [t["raw_sha256"] for t in manifest["message"]["thread"]] == [answer.raw_sha256]
    assert manifest["message"]["thread"][0]["direction"] == "out"
    sums = (package / "SHA256SUMS").read_text()
    assert f"{sha}  message/original.eml\n" in sums
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert done.returncode == 0, done.stdout
    for path, f in files.items():  # every listed file hashes to what the manifest says
        assert hashlib.sha256((package / path).read_bytes()).hexdigest() == f["sha256"]

    text = (package / "message.txt").read_text(encoding="utf-8")
    for expected in (
        "Return-Path: <anon@bad.example>",
        "Message-ID: <threat-1@bad.example>",
        "From: Анонім <anon@bad.example>",  # RFC 2047 decoded in the list
        "Subject: Погроза",
        "Authentication-Results: mx2.kuty.example; dkim=fail header.d=bad.example; "
        "spf=softfail smtp.mailfrom=anon@bad.example",  # unfolded
        "1/2: from mx2.kuty.example (mx2.kuty.example [192.0.2.20]) by imap.kuty.example",
        "2/2: from relay.bad.example ([203.0.113.9]) by mx2.kuty.example",
        f"Оригінал: message/original.eml, SHA-256 {sha}, {len(THREAT)} байт",
        answer.raw_sha256,
    ):
        assert expected in text, expected
    assert (
        "\\x1b[31m" in text and "\x1b" not in text.split("--- Текст ---")[0].split("по одному")[1]
    )  # the ESC byte is shown, not obeyed

    pdf = " ".join(_pdftext(package / "report.pdf").split())
    for expected in (
        "KUTY-3.4",
        "Заголовки повідомлення",
        "Message-ID: <threat-1@bad.example>",
        "Return-Path: <anon@bad.example>",
        "Authentication-Results: mx2.kuty.example; dkim=fail",
        "Received: from relay.bad.example ([203.0.113.9])",
        "message/original.eml",
        answer.raw_sha256[:32],
    ):
        assert expected in pdf, expected


def test_a_tampered_raw_copy_is_packaged_marked_and_audited(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    answer = store_mail(sessions, operator, ANSWER, policy=KUTY, direction=MessageDirection.OUT)
    stored = store_mail(sessions, operator, THREAT, policy=KUTY)
    assert stored.case_id == answer.case_id
    # Someone below the application drops the immutability trigger and edits the bytes.
    with sessions.begin() as s:
        s.execute(sa.text("DROP TRIGGER raw_messages_no_update"))
        s.execute(
            sa.text("UPDATE raw_messages SET data = :d WHERE sha256 = :h"),
            {"d": THREAT.replace(b"Subject:", b"Subjekt:"), "h": stored.raw_sha256},
        )
    incident_id = report_message_incident(
        sessions, operator, message_id=stored.message_id, kind=IncidentKind.THREAT,
        config=config,
    )  # fmt: skip
    package = config.packages_dir / f"incident-{incident_id}-threat"
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    entry = {f["path"]: f for f in manifest["files"]}["message/original.eml"]
    assert entry["integrity"] == "mismatch" and entry["stored_sha256"] == stored.raw_sha256
    assert entry["sha256"] != stored.raw_sha256  # what is in the package, honestly hashed
    with sessions() as s:
        kinds = s.scalars(sa.select(AuditEvent.kind)).all()
    assert "integrity_mismatch" in kinds


def test_header_list_survives_odd_bytes_and_sip_requests() -> None:
    sip = (
        b"MESSAGE sip:desk@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070\r\n"
        b"From: <sip:anon@127.0.0.1>;tag=1\r\nContent-Type: text/plain\r\n\r\nhi"
    )
    names = [f.name for f in header_fields(sip)]
    assert names == ["Via", "From", "Content-Type"]  # the request line is not a header
    odd = header_fields(b"\x00bad line\r\nX: \xff\xfe\r\n no colon here\r\n\r\nbody")
    assert odd[0].name == "(not a header)" and "\\x00" in odd[0].text
    assert odd[1].name == "X"


def test_a_chat_threat_by_sip_message_carries_the_sip_request(
    sessions: sessionmaker[Session], operator: Actor, config: IncidentsConfig
) -> None:
    """KUTY-3.4 for chat (issue 12): the package's raw file is the SIP request itself."""
    raw = (
        b"MESSAGE sip:desk@127.0.0.1:5060 SIP/2.0\r\n"
        b"Via: SIP/2.0/UDP 198.51.100.7:5070;branch=z9hG4bKthreat\r\n"
        b"Max-Forwards: 70\r\n"
        b'From: "\xd0\x90\xd0\xbd\xd0\xbe\xd0\xbd" <sip:anon@198.51.100.7:5070>;tag=t1\r\n'
        b"To: <sip:desk@127.0.0.1:5060>\r\nCall-ID: threat@198.51.100.7\r\n"
        b"CSeq: 1 MESSAGE\r\nContent-Type: text/plain;charset=UTF-8\r\n"
        b"Content-Length: 25\r\n\r\n" + "Я тебе знайду.".encode() + b"\r\n"
    )
    with sessions.begin() as s:
        stored = store_sip_message(s, raw, policy=load_policy("kzp"), actor_label="seat:t")
    incident_id = report_message_incident(
        sessions, operator, message_id=stored.message_id, kind=IncidentKind.THREAT,
        config=config,
    )  # fmt: skip
    package = config.packages_dir / f"incident-{incident_id}-threat"
    assert (package / "message" / "original.sip").read_bytes() == raw
    manifest = json.loads((package / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["message"]["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    text = (package / "message.txt").read_text(encoding="utf-8")
    assert "Via: SIP/2.0/UDP 198.51.100.7:5070;branch=z9hG4bKthreat" in text
    assert 'From: "Анон" <sip:anon@198.51.100.7:5070>;tag=t1' in text
    assert "Call-ID: threat@198.51.100.7" in text
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=package, capture_output=True)
    assert done.returncode == 0, done.stdout
