"""incidents.mail_parse: any bytes give a view, Cyrillic charsets are read right, HTML is
made harmless, nesting and sizes are bounded (issue 12 "Bad input never crashes")."""

from __future__ import annotations

import base64
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents import mail_charsets, mail_html, mail_parse
from incidents.mail_parse import MIB, MailLimits, decode_text, html_to_text, parse_mail

UK = "Добрий день! Прошу допомогти з доступом до особистого кабінету, пароль не приймається."
RU = "Здравствуйте, у меня не работает интернет уже третий день."
CAPS = "ЗАЯВА ПРО ЗАГРОЗУ"


def _mail(body: bytes, *headers: str) -> bytes:
    head = "\r\n".join(("From: a@example.org", "Subject: t", "MIME-Version: 1.0", *headers))
    return head.encode("ascii") + b"\r\n\r\n" + body


@pytest.mark.parametrize("text", [UK, RU, CAPS, "Їжак їсть яблука, а єнот груші. Ґанок."])
@pytest.mark.parametrize("actual", ["cp1251", "koi8-u", "utf-8"])
@pytest.mark.parametrize("label", ["right", None, "wrong", "x-unknown"])
def test_cyrillic_is_read_whatever_the_label(text: str, actual: str, label: str | None) -> None:
    wrong = "koi8-u" if actual == "cp1251" else "cp1251"
    declared = {"right": actual, "wrong": wrong}.get(label or "", label)
    decoded, used, guessed = decode_text(text.encode(actual), declared)
    assert decoded == text
    assert used.replace("_", "-") == actual
    assert guessed == (declared is not None and declared != actual)


def test_mislabeled_body_is_read_and_the_view_says_so() -> None:
    raw = _mail(UK.encode("koi8-u"), "Content-Type: text/plain; charset=windows-1251")
    view = parse_mail(raw)
    assert view.body == UK
    assert [p.code for p in view.problems] == ["charset_guessed"]


def test_eight_bit_and_encoded_headers_are_decoded() -> None:
    subject = base64.b64encode("Скарга на оператора".encode()).decode()
    raw = (
        b"From: " + "Іван Сірко".encode("cp1251") + b" <sirko@example.org>\r\n"
        b"Subject: =?utf-8?B?" + subject.encode() + b"?=\r\n"
        b"Message-ID: <x@example.org>\r\nIn-Reply-To: junk <r@kuty.test> more\r\n"
        b"References: <a@x> <b@y>\r\n  <c@z>\r\n\r\nhi\r\n"
    )
    view = parse_mail(raw)
    assert (view.from_name, view.from_address) == ("Іван Сірко", "sirko@example.org")
    assert view.subject == "Скарга на оператора"
    assert view.message_id == "<x@example.org>"
    assert view.in_reply_to == "<r@kuty.test>"
    assert view.references == ("<a@x>", "<b@y>", "<c@z>")


def test_html_is_rendered_without_scripts_handlers_or_remote_content() -> None:
    markup = (
        "<html><head><style>p{color:red}</style><script>steal()</script></head>"
        "<body onload='evil()'><p>Привіт</p><img src='http://t.example/p.gif' alt='logo'>"
        "<img src=\"https://t.example/q.gif\"><a href='http://phish.example/' onclick='x()'>"
        "тут</a><iframe src='http://e.example/'>inner</iframe></body></html>"
    )
    text = html_to_text(markup)
    assert "Привіт" in text and "[image: logo]" in text and "[image]" in text
    assert "тут [link: http://phish.example/]" in text
    for gone in ("steal", "evil", "color", "p.gif", "q.gif", "inner", "onclick", "<"):
        assert gone not in text
    view = parse_mail(_mail(markup.encode(), "Content-Type: text/html; charset=utf-8"))
    assert view.body_from_html and view.body == text


def test_plain_text_wins_over_its_html_alternative() -> None:
    raw = _mail(
        b"--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain\r\n"
        b"--a\r\nContent-Type: text/html\r\n\r\n<b>html</b>\r\n--a--\r\n",
        'Content-Type: multipart/alternative; boundary="a"',
    )
    view = parse_mail(raw)
    assert (view.body, view.body_from_html) == ("plain", False)


def _nested(depth: int) -> bytes:
    body = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(depth)
    )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\nbottom\r\n" % depth
    body += b"".join(b"--b%d--\r\n" % i for i in range(depth, -1, -1))
    return _mail(body, 'Content-Type: multipart/mixed; boundary="b0"')


def test_thousands_deep_multiparts_stop_at_the_limit_and_say_so() -> None:
    # The stdlib parser recurses per level: this depth is a RecursionError without the cut.
    assert sys.getrecursionlimit() < 5000
    view = parse_mail(_nested(5000))
    assert view.subject == "t" and view.from_address == "a@example.org"
    assert "too_deep" in [p.code for p in view.problems]
    shallow = parse_mail(_nested(10))
    assert shallow.body == "bottom" and not shallow.problems


def _with_attachment(name: str, kind: str, data: bytes) -> bytes:
    encoded = base64.encodebytes(data)
    return _mail(
        b'--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--z\r\n'
        b"Content-Type: " + kind.encode() + b'\r\nContent-Disposition: attachment; filename="'
        + name.encode() + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + encoded
        + b"--z--\r\n",
        'Content-Type: multipart/mixed; boundary="z"',
    )  # fmt: skip


def test_attachments_are_listed_and_refused_over_the_limit() -> None:
    limits = MailLimits(attachment_max=1 * MIB, message_max=8 * MIB)
    small = parse_mail(_with_attachment("a.pdf", "application/pdf", b"%PDF" * 10), limits)
    (att,) = small.attachments
    assert (att.filename, att.content_type, att.size, att.stored) == (
        "a.pdf", "application/pdf", 40, True,
    )  # fmt: skip
    big = parse_mail(_with_attachment("b.bin", "application/octet-stream", bytes(MIB + 1)), limits)
    (att,) = big.attachments
    assert att.size == MIB + 1 and not att.stored
    assert att.refused_reason == "over_attachment_limit"
    assert "attachment_too_large" in [p.code for p in big.problems]
    assert big.body == "see attached"


def test_archives_are_flagged_never_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("an archive was opened")

    monkeypatch.setattr(zipfile.ZipFile, "__init__", refuse)
    view = parse_mail(_with_attachment("x.zip", "application/zip", b"PK\x03\x04" + bytes(99)))
    (att,) = view.attachments
    assert att.archive and att.size == 103


def test_a_message_over_the_limit_shows_its_headers_only() -> None:
    limits = MailLimits(attachment_max=MIB, message_max=2 * MIB)
    raw = _with_attachment("b.bin", "application/octet-stream", bytes(2 * MIB))
    view = parse_mail(raw, limits)
    assert view.too_large and view.subject == "t" and view.size == len(raw)
    assert "message_too_large" in [p.code for p in view.problems]


def test_nothing_remote_is_ever_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (mail_parse, mail_charsets, mail_html):
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        for name in ("socket", "urllib", "http", "requests", "ssl", "imaplib"):
            assert f"import {name}" not in source
    opened: list[object] = []

    def no_network(*args: object, **_kw: object) -> None:
        opened.append(args)
        raise AssertionError("network used while parsing")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    markup = b"<img src='http://t.example/p.gif'><link rel=stylesheet href='http://t.example/c'>"
    view = parse_mail(_mail(markup, "Content-Type: text/html"))
    assert view.body == "[image]" and opened == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_give_a_view(raw: bytes) -> None:
    view = parse_mail(raw)
    assert view.size == len(raw)
    assert "\x00" not in view.body + view.subject + view.sender


_HEADER_NAMES = st.sampled_from(
    ["From", "Subject", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
     "Message-ID", "In-Reply-To", "References", "Date", "MIME-Version"]
)  # fmt: skip
_VALUES = st.one_of(
    st.binary(max_size=80),
    st.sampled_from([b"multipart/mixed; boundary=b", b"text/plain; charset=koi8-u",
                     b"text/html; charset=x-bad", b"base64", b"quoted-printable",
                     b"=?utf-8?B?0J/RgA==?=", b"=?cp1251?Q?=C0=E1?=", b"=?bad?X?zz?=",
                     b'attachment; filename="=?utf-8?B?0YQ=?="', b"<a@b> <c@d"]),
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(_HEADER_NAMES, _VALUES), max_size=8),
    st.lists(st.one_of(st.binary(max_size=200), st.sampled_from(
        [b"--b\r\n", b"--b--\r\n", b"Content-Type: multipart/mixed; boundary=b\r\n\r\n",
         b"Content-Type: text/html\r\n\r\n<script>x</script><img src=http://e/>",
         b"Content-Transfer-Encoding: base64\r\n\r\n!!!"])), max_size=12),
)  # fmt: skip
def test_mime_shaped_garbage_gives_a_view(
    headers: list[tuple[str, bytes]], body: list[bytes]
) -> None:
    raw = b"".join(n.encode() + b": " + v + b"\r\n" for n, v in headers) + b"\r\n" + b"".join(body)
    view = parse_mail(raw)
    assert view.size == len(raw)
    assert "<script" not in view.body.lower() or not view.body_from_html
