"""The engine's audio-backend choice and TLS protocol set (issue 14; ADR 0011, ADR 0008)."""

from __future__ import annotations

import pjsua2 as pj
import pytest

from telephony.headset import HeadsetError
from telephony.sip_account import TLS_PROTOCOLS, apply_tls_protocols
from telephony.sound_device import BACKENDS, DEFAULT_BACKEND, open_headset


def test_portaudio_is_the_default_backend() -> None:
    assert DEFAULT_BACKEND == "portaudio" and DEFAULT_BACKEND in BACKENDS


def test_an_unknown_backend_is_one_clear_line() -> None:
    with pytest.raises(HeadsetError) as info:
        open_headset(None, "oss", None, 0)
    assert str(info.value) == "unknown audio backend 'oss': use one of portaudio, pjmedia"


def test_tls_offers_1_2_and_1_3_only() -> None:
    tls = pj.TlsConfig()
    assert tls.proto & pj.PJ_SSL_SOCK_PROTO_TLS1_3 == 0  # pjsua2's default: no TLS 1.3
    apply_tls_protocols(tls)
    assert tls.proto == TLS_PROTOCOLS
    assert tls.proto & pj.PJ_SSL_SOCK_PROTO_TLS1_3 and tls.proto & pj.PJ_SSL_SOCK_PROTO_TLS1_2
    old = pj.PJ_SSL_SOCK_PROTO_SSL3 | pj.PJ_SSL_SOCK_PROTO_TLS1 | pj.PJ_SSL_SOCK_PROTO_TLS1_1
    assert tls.proto & old == 0
