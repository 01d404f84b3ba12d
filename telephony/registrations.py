"""Registered SIP accounts, their transports, and NAT traversal (STUN, ICE; issue 6).

Kept apart from engine.py because registration has its own lifecycle and because
pjsua's STUN handling has traps that must not reach call handling:

- pjsua keeps **one** STUN list per endpoint. Accounts name their servers; the engine
  uses the union, in the order the accounts asked for them.
- Until a STUN resolution has finished, creating a SIP transport or a call's media with
  STUN switched on *blocks the engine loop* (about 8 s per silent server, measured with
  pjsua2 2.15.1). So STUN is resolved asynchronously (`natUpdateStunServers(wait=False)`);
  accounts that want STUN wait here, and everything else (the local listening account,
  accounts without STUN, accounts whose STUN failed) has STUN switched off explicitly, so
  a dead STUN server never delays the answer of a call (KUTY-1.1: every call recorded).
- SIP over UDP learns its public address from STUN only when its transport is created,
  so a STUN account gets its own UDP transport, created after the resolution.
- Once resolved, pjsua asks the STUN server again for every call's media ports; a server
  that dies later adds ~2 s to each call's answer (measured). The servers are re-checked
  every `check_every_s`: when they stop answering, the accounts drop media STUN (and the
  operator is told); when they answer again, STUN is switched back on.
- ICE needs a host candidate, and pjnath never offers loopback addresses: with the seat
  bound to 127.0.0.1 every call with ICE fails (media transport EINVAL, or 488 on the
  answering side). The engine switches ICE off there and says so, rather than lose calls.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

from telephony import protocol as p
from telephony.accounts import AccountSpec, Transport
from telephony.sip_account import (
    EngineAccount,
    account_config,
    tls_transport_config,
    transport_type,
)

log = logging.getLogger(__name__)

STUN_PENDING, STUN_OK, STUN_FAILED = "pending", "ok", "failed"


class RegistrationError(RuntimeError):
    """An account cannot be created (reported to the host as a failed command)."""


class EngineEndpoint(pj.Endpoint):  # type: ignore[misc]  # pjsua2 (SWIG) is untyped
    """The pjsua2 Endpoint, with the endpoint-level callbacks the engine needs."""

    def __init__(self) -> None:
        super().__init__()
        self.on_stun_done: Callable[[int, str], None] | None = None
        # issue 15: (pjsua call id or -1, status code, reason, raw INVITE)
        self.on_rejected: Callable[[int, int, str, str], None] | None = None

    def onNatCheckStunServersComplete(self, prm: Any) -> None:
        if self.on_stun_done is not None:
            self.on_stun_done(int(prm.status), str(prm.name))

    def onRejectedIncomingCall(self, prm: Any) -> None:
        """pjsua refused an INVITE by itself (all call slots taken: 486; no common codec:
        488, ...) before `onIncomingCall`: without this no Python would know (issue 15)."""
        if self.on_rejected is None:
            return
        try:
            raw = str(prm.rdata.wholeMsg)
        except Exception:  # undecodable bytes: the refusal is still logged by pjsua
            raw = ""
        try:
            self.on_rejected(int(prm.callId), int(prm.statusCode), str(prm.reason), raw)
        except Exception:  # never into C through the SWIG director
            log.exception("reporting a refused INVITE failed")


def ice_possible(bind_host: str) -> bool:
    """False when the seat's address has no ICE host candidate (loopback)."""
    try:
        return not ipaddress.ip_address(bind_host.strip("[]")).is_loopback
    except ValueError:
        return bind_host.lower() != "localhost"


@dataclass
class StunStatus:
    """The endpoint's STUN list and what its last resolution said."""

    servers: tuple[str, ...] = ()
    state: str = ""  # "" (never asked), STUN_PENDING, STUN_OK, STUN_FAILED

    def merged(self, wanted: Sequence[str]) -> tuple[str, ...]:
        return self.servers + tuple(s for s in wanted if s not in self.servers)


@dataclass
class _Registered:
    account: EngineAccount
    spec: AccountSpec
    transport_id: int
    own_transport: int | None  # a UDP transport created for this account (STUN)
    use_stun: bool
    ice: bool


class Registrations:
    """Accounts registered with a registrar/PBX (the engine's local account is not here)."""

    def __init__(
        self,
        ep: EngineEndpoint,
        bind_host: str,
        transports: dict[int, int],
        on_incoming: Callable[[Any, Any], None],
        emit: Callable[[p.Event], None],
        later: Callable[[Callable[[], None]], None],
        retire: Callable[[Any], None],
        check_every_s: float = 30.0,
    ) -> None:
        """`transports` maps pjsip transport types to the shared transport ids; `later`
        runs an action on the next loop step (never inside a pjsua callback); `retire`
        keeps a removed account alive until pjsua has finished with it."""
        self.ep = ep
        self.bind_host = bind_host
        self.transports = transports
        self._on_incoming = on_incoming
        self._emit = emit
        self._later = later
        self._retire = retire
        self._tls_key: tuple[str, bool] | None = None
        self.accounts: dict[str, _Registered] = {}
        self.waiting: dict[str, AccountSpec] = {}  # accounts waiting for STUN
        self.stun = StunStatus()
        self.check_every_s = check_every_s
        self._next_check = 0.0
        self._checking = False
        ep.on_stun_done = self._stun_done

    # ------------------------------------------------------------------ queries
    def allowed_sources(self) -> set[str] | None:
        """Hosts allowed to ring us, or None when no account is registered (local mode)."""
        active = [r.account for r in self.accounts.values() if r.account.registered]
        if not active:
            return None
        return set().union(*(acc.allowed_sources for acc in active))

    def default_registered(self) -> EngineAccount | None:
        """The registered default account (outgoing calls go through its PBX), if any."""
        regs = [r.account for r in self.accounts.values() if r.account.registered]
        for acc in regs:
            if acc.spec is not None and acc.spec.default:
                return acc
        return regs[0] if regs else None

    # ------------------------------------------------------------------ changes
    def add(self, spec: AccountSpec) -> None:
        """Register `spec`, replacing an account with the same id; may wait for STUN."""
        self.remove(spec.account_id)
        if spec.stun_servers:
            wanted = self.stun.merged(spec.stun_servers)
            # A failed resolution is retried whenever an account is (re)added.
            if wanted != self.stun.servers or self.stun.state in ("", STUN_FAILED):
                self._resolve(wanted)
            if self.stun.state == STUN_PENDING:
                self.waiting[spec.account_id] = spec
                return
        self._create(spec)

    def remove(self, account_id: str) -> None:
        self.waiting.pop(account_id, None)
        reg = self.accounts.pop(account_id, None)
        if reg is None:
            return
        reg.account.shutdown()  # sends an unREGISTER; the object may go once pjsua is done
        self._retire(reg.account)
        # After shutdown() pjsua2 calls no more callbacks: say it here, or the status bar
        # would show a removed account as registered.
        self._emit(
            p.RegistrationChanged(account_id=account_id, state="unregistered", reason="removed")
        )
        if reg.own_transport is not None:
            try:  # pjsip keeps it until the unREGISTER transaction lets go of it
                self.ep.transportClose(reg.own_transport)
            except pj.Error as exc:
                log.warning("closing the transport of %s: %s", account_id, exc.info())

    def shutdown(self) -> None:
        self.waiting.clear()
        for reg in self.accounts.values():
            reg.account.shutdown()
        self.accounts.clear()

    @property
    def stun_busy(self) -> bool:
        """A STUN resolution or re-check is in flight: pjsua drives its retransmissions
        and its give-up from the polling itself, so the loop must not block long then
        (the blocking loop of issue 15 left a silent server's resolution hanging)."""
        return self._checking or self.stun.state == STUN_PENDING

    def tick(self, now: float) -> None:
        """Called every loop step: re-check the STUN servers every `check_every_s`."""
        if self._checking or self.stun.state not in (STUN_OK, STUN_FAILED):
            return
        if not any(r.spec.stun_servers for r in self.accounts.values()):
            return
        if now < self._next_check:
            return
        if not self._next_check:  # first call after a resolution: start the clock
            self._next_check = now + self.check_every_s
            return
        self._next_check = now + self.check_every_s
        self._checking = True
        try:  # async: the answer arrives through onNatCheckStunServersComplete
            self.ep.natCheckStunServers(self._vector(self.stun.servers), False, None)
        except pj.Error as exc:
            self._checking = False
            log.warning("cannot check STUN servers: %s", exc.info())

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _vector(servers: Sequence[str]) -> Any:
        vector = pj.StringVector()
        for server in servers:
            vector.append(server)
        return vector

    def _resolve(self, servers: tuple[str, ...]) -> None:
        self.stun = StunStatus(servers=servers, state=STUN_PENDING)
        self._next_check = 0.0
        try:
            self.ep.natUpdateStunServers(self._vector(servers), False)
        except pj.Error as exc:
            self._stun_result(1, f"cannot start STUN: {exc.info()}", "")

    def _stun_done(self, status: int, name: str) -> None:
        # Inside a pjsua callback: creating transports or accounts here is not safe.
        reason = "" if status == 0 else str(self.ep.utilStrError(status))
        if self._checking:
            self._checking = False
            self._later(lambda: self._check_result(status, reason, name))
        else:
            self._later(lambda: self._stun_result(status, reason, name))

    def _check_result(self, status: int, reason: str, name: str) -> None:
        """A periodic check answered: switch media STUN off or on when it changed."""
        if self.stun.state == STUN_OK and status != 0:
            self.stun.state = STUN_FAILED
            self._report(status, reason, name)
            self._set_stun(False)
        elif self.stun.state == STUN_FAILED and status == 0:
            # pjsua must resolve again before media may use STUN without blocking;
            # _stun_result switches the accounts back on when it has.
            self._resolve(self.stun.servers)

    def _set_stun(self, on: bool) -> None:
        for account_id, reg in list(self.accounts.items()):
            if not reg.spec.stun_servers or reg.use_stun == on:
                continue
            config = account_config(
                reg.spec, reg.transport_id, self.bind_host, use_stun=on, ice=reg.ice
            )
            try:
                reg.account.modify(config)
            except pj.Error as exc:
                log.warning("account %s: cannot switch STUN: %s", account_id, exc.info())
                continue
            reg.use_stun = on
            log.info("account %s: STUN %s", account_id, "on" if on else "off")

    def _report(self, status: int, reason: str, name: str) -> None:
        self._emit(
            p.StunResolved(
                servers=",".join(self.stun.servers), ok=status == 0, server=name, reason=reason
            )
        )
        if status != 0:
            servers = ", ".join(self.stun.servers)
            self._emit(
                p.Alert(
                    code="stun_failed",
                    message=(
                        f"STUN server(s) {servers} did not answer ({reason}); SIP and media "
                        "use the local address (calls still work on the local network and "
                        "with a PBX that fixes addresses)"
                    )[:500],
                )
            )

    def _stun_result(self, status: int, reason: str, name: str) -> None:
        self._report(status, reason, name)
        if status == 0:
            self.stun.state = STUN_OK
            log.info("STUN server %s answered", name)
            self._set_stun(True)  # accounts degraded while the servers were away
        else:
            self.stun.state = STUN_FAILED
        waiting, self.waiting = self.waiting, {}
        for spec in waiting.values():
            try:
                self._create(spec)
            except RegistrationError as exc:
                self._emit(
                    p.RegistrationChanged(
                        account_id=spec.account_id, state="failing", reason=str(exc)[:200]
                    )
                )

    def _create(self, spec: AccountSpec) -> None:
        use_stun = bool(spec.stun_servers) and self.stun.state == STUN_OK
        ice = spec.ice and ice_possible(self.bind_host)
        if spec.ice and not ice:
            self._emit(
                p.Alert(
                    code="ice_unavailable",
                    message=(
                        f"ICE switched off for account {spec.account_id}: the seat listens on "
                        f"{self.bind_host}, a loopback address has no ICE candidates"
                    ),
                )
            )
        own: int | None = None
        try:
            if use_stun and spec.transport is Transport.UDP:
                own = self._stun_udp_transport()
                transport_id = own
            else:
                transport_id = self._shared_transport(spec)
            acc = EngineAccount(self._on_incoming, self._emit, spec)
            config = account_config(spec, transport_id, self.bind_host, use_stun=use_stun, ice=ice)
            acc.create(config, spec.default)
        except pj.Error as exc:
            if own is not None:
                self.ep.transportClose(own)
            raise RegistrationError(f"account {spec.account_id}: {exc.info()}") from exc
        self.accounts[spec.account_id] = _Registered(acc, spec, transport_id, own, use_stun, ice)
        if own is not None:
            published = self.ep.transportGetInfo(own).localName
            log.info("account %s: SIP published as %s (STUN)", spec.account_id, published)

    def _stun_udp_transport(self) -> int:
        """A UDP transport whose published address comes from STUN (resolved by now)."""
        tcfg = pj.TransportConfig()
        tcfg.port = 0
        tcfg.boundAddress = self.bind_host
        return int(self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg))

    def _shared_transport(self, spec: AccountSpec) -> int:
        kind = transport_type(spec)
        if spec.transport is Transport.TLS:
            key = (spec.ca_file, spec.verify_server)
            if kind not in self.transports or self._tls_key != key:
                tcfg = tls_transport_config(spec, self.bind_host)
                self.transports[kind] = self.ep.transportCreate(kind, tcfg)
                self._tls_key = key
        if kind not in self.transports:
            raise RegistrationError(f"transport {spec.transport.value} is not enabled")
        return self.transports[kind]
