"""pjsua2 accounts: the local listening account and registrations with a registrar/PBX.

Kept apart from engine.py (calls and recording) because registration has its own
lifecycle: retries, refreshes and the list of hosts allowed to send us INVITEs.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.accounts import AccountSpec, SrtpUse, Transport

log = logging.getLogger(__name__)

_SRTP = {
    SrtpUse.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
    SrtpUse.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpUse.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}


SUBSCRIBE_REFUSAL = 489  # Bad Event (RFC 6665 8.3.1): the presence package is not served


class EngineAccount(pj.Account):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """Forwards incoming calls (and, when registering, registration state) to the engine."""

    def __init__(
        self,
        on_incoming: Callable[[Any, Any], None],
        emit: Callable[[p.Event], None] | None = None,
        spec: AccountSpec | None = None,
    ) -> None:
        super().__init__()
        self._on_incoming = on_incoming
        self._emit = emit
        self.spec = spec
        self.registered = False
        self.allowed_sources: set[str] = set()

    def onIncomingCall(self, prm: Any) -> None:
        self._on_incoming(self, prm)

    def onIncomingSubscribe(self, prm: Any) -> None:
        """Refuse presence subscriptions (issue 10): pjsua would accept anyone's SUBSCRIBE
        with 200 and then send NOTIFYs with the operator's presence to whatever Contact
        the subscriber named (a presence leak and a reflection vector). No feature needs
        presence, so 489 Bad Event, and pjsua sends no NOTIFY."""
        prm.code = SUBSCRIBE_REFUSAL
        prm.reason = "Bad Event"
        if self._emit is not None:
            try:
                source = str(prm.rdata.srcAddress)
            except Exception:  # pragma: no cover - an rdata pjsua2 cannot render
                source = ""
            self._emit(
                p.RequestRefused(
                    method="SUBSCRIBE",
                    source=source[:100],
                    sip_code=SUBSCRIBE_REFUSAL,
                    reason="presence is not served",
                )
            )

    def onRegState(self, prm: Any) -> None:
        if self.spec is None or self._emit is None:
            return
        info = self.getInfo()
        code = int(prm.code)
        expires = int(prm.expiration)
        if 200 <= code < 300 and expires > 0:
            state = "registered"
            self.registered = True
            self.allowed_sources = resolve_hosts(self.spec)  # the registrar may have moved
        elif 200 <= code < 300:
            state = "unregistered"
            self.registered = False
        else:
            state = "failing"
            self.registered = False
        reason = str(prm.reason) or str(info.regStatusText)
        self._emit(
            p.RegistrationChanged(
                account_id=self.spec.account_id,
                state=state,
                code=code,
                reason=reason[:200],
                expires_s=expires,
            )
        )


def resolve_hosts(spec: AccountSpec) -> set[str]:
    """IP addresses of the registrar and proxy: the only sources allowed to ring us."""
    addresses: set[str] = set()
    for hostport in (spec.registrar, spec.proxy):
        if not hostport:
            continue
        host = hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport
        host = host.strip("[]")
        try:
            for info in socket.getaddrinfo(host, None):
                addresses.add(str(info[4][0]))
        except OSError as exc:
            log.warning("cannot resolve %s: %s", host, exc)
    return addresses


def account_config(
    spec: AccountSpec, transport_id: int, bind_host: str, *, use_stun: bool, ice: bool
) -> Any:
    """The pjsua account config; STUN and ICE as decided by `Registrations` (which knows
    whether STUN resolved and whether ICE can work on this address)."""
    acfg = pj.AccountConfig()
    acfg.idUri = spec.aor
    acfg.regConfig.registrarUri = spec.registrar_uri
    acfg.regConfig.timeoutSec = spec.reg_timeout_s
    acfg.regConfig.retryIntervalSec = spec.retry_interval_s
    acfg.regConfig.firstRetryIntervalSec = min(5, spec.retry_interval_s)
    acfg.sipConfig.transportId = transport_id
    if spec.proxy:
        acfg.sipConfig.proxies.append(spec.proxy_uri)
    cred = pj.AuthCredInfo("digest", spec.realm, spec.auth_user or spec.user, 0, spec.password)
    acfg.sipConfig.authCreds.append(cred)
    acfg.mediaConfig.transportConfig.boundAddress = bind_host
    acfg.mediaConfig.srtpUse = _SRTP[spec.srtp]
    # SRTP keys travel in SDP; 0 lets SRTP run over UDP/TCP too, TLS is advised.
    acfg.mediaConfig.srtpSecureSignaling = 0
    stun = pj.PJSUA_STUN_USE_DEFAULT if use_stun else pj.PJSUA_STUN_USE_DISABLED
    acfg.natConfig.sipStunUse = stun
    acfg.natConfig.mediaStunUse = stun
    acfg.natConfig.iceEnabled = ice
    return acfg


def without_stun(acfg: Any) -> Any:
    """No STUN for this account: a dead STUN server must never delay its calls."""
    acfg.natConfig.sipStunUse = pj.PJSUA_STUN_USE_DISABLED
    acfg.natConfig.mediaStunUse = pj.PJSUA_STUN_USE_DISABLED
    return acfg


def transport_type(spec: AccountSpec) -> int:
    kinds = {
        Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
        Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
        Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
    }
    return int(kinds[spec.transport])


TLS_PROTOCOLS = int(pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3)
"""TLS 1.3, with 1.2 as the floor (issue 14, ADR 0008: our build links OpenSSL 3).

pjsip 2.16 decides the versions by `TlsConfig.proto`, a bitmask of
`PJ_SSL_SOCK_PROTO_*`; `method` is read only when `proto` is 0
(`ssl_get_proto()` in sip_transport_tls.c). pjsua2's default `proto` is
`PJSIP_SSL_DEFAULT_PROTO` = TLS 1.0|1.1|1.2, so the `PJSIP_TLSV1_2_METHOD` we used to
set was ignored: the engine offered 1.0-1.2 and never 1.3."""


def apply_tls_protocols(tls: Any) -> None:
    """Offer TLS 1.3 and 1.2 only, on a `pj.TlsConfig` (the engine's and simcall's)."""
    tls.method = pj.PJSIP_SSL_UNSPECIFIED_METHOD  # ignored while proto is set, see above
    tls.proto = TLS_PROTOCOLS


def tls_transport_config(spec: AccountSpec, bind_host: str) -> Any:
    """Client-side TLS: verify the server certificate unless the admin said otherwise."""
    tcfg = pj.TransportConfig()
    tcfg.port = 0
    tcfg.boundAddress = bind_host
    tls = tcfg.tlsConfig
    apply_tls_protocols(tls)
    tls.verifyServer = spec.verify_server
    if spec.ca_file:
        tls.CaListFile = spec.ca_file
    return tcfg
