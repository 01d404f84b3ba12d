"""Two pjsip modules, registered through ctypes, that see every request (issue 10).

pjsua2 only hands Python the requests pjsua itself handles (INVITE, SUBSCRIBE, ...).
Everything else falls through pjsip's endpoint, which drops it silently
(`PJ_TODO(ENDPT_RESPOND_UNHANDLED_REQUEST)` in sip_endpoint.c), so clients retransmit for
32 s; and INVITEs reach `onIncomingCall` without anyone checking their syntax. The wheel's
`_pjsua2*.so` exports pjsip's C API, so this module registers two `pjsip_module`s:

- the *front* module (priority PJSIP_MOD_PRIORITY_TSX_LAYER - 1, before the transaction
  layer) refuses, statelessly: any request from a host other than the registrar/proxy
  while an account is registered (403, the rule of `Engine.allowed_sources`), SIP MESSAGE
  unless the seat's policy has a chat channel (405: pjsua would answer 200 and throw the
  text away; with `chat`, `telephony.sip_message.ChatInbox` answers it and the text
  becomes a written contact, issue 12) and INVITEs that fail `telephony.sip_sanity` (400/416/505);
- the *back* module (priority after all of pjsua's) answers what nobody handled: 481 for
  BYE/INFO/UPDATE/PRACK/CANCEL outside any dialog, 489 for SUBSCRIBE to packages we do not
  serve, 405 with Allow for known methods we do not serve, 501 for unknown methods; never
  ACK (RFC 3261 17.2.3: ACK gets no response).

Both callbacks run on the engine thread inside `libHandleEvents` (threadCnt=0) and return
PJ_TRUE when they answered. With our pjsua2 build the front module's hook is C
(`kuty_guard_front`, packaging/pjsip/0002-sip-guard-front-fast-path.patch, issue 15): it
passes what this front would pass anyway (an allowed host's request other than MESSAGE;
an INVITE only when `kuty_sane_invite` is sure `sip_sanity` would pass it) without
entering Python, and calls `_front` below for everything else. The hosts it admits are
pushed to it by `sync_sources` (at install and on every engine loop step).

In Python, raw bytes and the source address come from `pjsip_rx_data` through the struct
layout below (PJSIP 2.15.1 = 2.16, x86_64/LP64). The layout is checked
on every request against values pjsip computes itself; on a mismatch the guard logs a
warning once and keeps only what needs no layout (answering unhandled requests and
refusing MESSAGE), never crashes. Every refusal is reported as a protocol event, rate
limited so a scanner's flood cannot flood the host; a refused INVITE is also handed to
the engine's `declined` hook, which makes a call attempt a call-log row (issue 15,
telephony/refusals.py, rate limited there too).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import socket
import struct
import time
from collections.abc import Callable
from typing import Any, ClassVar

from pjsua2 import _pjsua2

from telephony import protocol as p
from telephony import sip_sanity
from telephony.sip_message import ChatInbox

log = logging.getLogger(__name__)

PJSIP_MOD_PRIORITY_TSX_LAYER = 16  # pjsip/sip_module.h
FRONT_PRIORITY = PJSIP_MOD_PRIORITY_TSX_LAYER - 1
BACK_PRIORITY = 0x7FFF  # after PJSIP_MOD_PRIORITY_APPLICATION (64), where pjsua's live
PJSIP_MAX_PKT_LEN = 4000  # pjsip/sip_config.h default; the wheel's value, checked at run time
PJ_INET6_ADDRSTRLEN = 46  # pj/sock.h

ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, PRACK"
"""What the engine serves (the last four inside a call); sent with every 405."""

NOT_SERVED = frozenset({"REFER", "MESSAGE"})
"""Methods pjsua lists in its own Allow header (INVITE, 18x, 200, OPTIONS) that this
engine never carries out: a REFER to the seat is declined (telephony/transfer.py: the far
end may not move the operator's call) and MESSAGE is refused above. They are taken out
of that header so peers are not invited to send them (RFC 3261 20.5). The REFERs this
seat *sends* and the NOTIFYs that report on them are in-dialog requests of our own
subscription: they pass the guard untouched (the dialog layer takes them before the back
module) and NOTIFY stays in the header."""
PJSIP_H_ALLOW = 4  # pjsip_hdr_e (pjsip/sip_msg.h: "DO NOT CHANGE THE VALUE/ORDER")
PJSIP_GENERIC_ARRAY_MAX_COUNT = 32  # pjsip/sip_config.h

KNOWN_METHODS = frozenset(
    {
        "INVITE",
        "ACK",
        "CANCEL",
        "BYE",
        "OPTIONS",
        "REGISTER",
        "INFO",
        "UPDATE",
        "PRACK",
        "SUBSCRIBE",
        "NOTIFY",
        "REFER",
        "MESSAGE",
        "PUBLISH",
    }
)
IN_DIALOG_ONLY = frozenset({"BYE", "INFO", "UPDATE", "PRACK", "CANCEL"})
"""Methods that only make sense inside a dialog/transaction: unmatched ones get 481."""

EVENTS_PER_S = 20

Declined = Callable[[bytes, str, str, int, str, p.EndReason], None]
"""(raw INVITE, source host, "host:port", final code, why, EndReason): see `SipGuard`."""


# ------------------------------------------------------------------ C layouts
class PjStr(ctypes.Structure):
    """pj_str_t (pj/types.h)."""

    _fields_: ClassVar = [("ptr", ctypes.c_char_p), ("slen", ctypes.c_ssize_t)]


RxCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


class PjsipModule(ctypes.Structure):
    """struct pjsip_module (pjsip/sip_module.h): list links, name, id, priority, 9 hooks."""

    _fields_: ClassVar = [
        ("prev", ctypes.c_void_p),
        ("next", ctypes.c_void_p),
        ("name", PjStr),
        ("id", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("load", ctypes.c_void_p),
        ("start", ctypes.c_void_p),
        ("stop", ctypes.c_void_p),
        ("unload", ctypes.c_void_p),
        ("on_rx_request", RxCallback),
        ("on_rx_response", ctypes.c_void_p),
        ("on_tx_request", ctypes.c_void_p),
        ("on_tx_response", ctypes.c_void_p),
        ("on_tsx_state", ctypes.c_void_p),
    ]


class _OpKey(ctypes.Structure):
    """pjsip_rx_data_op_key: pj_ioqueue_op_key_t (void *internal__[32], activesock_data,
    user_data) followed by the owning rdata pointer."""

    _fields_: ClassVar = [
        ("internal", ctypes.c_void_p * 32),
        ("activesock_data", ctypes.c_void_p),
        ("user_data", ctypes.c_void_p),
        ("rdata", ctypes.c_void_p),
    ]


class _TpInfo(ctypes.Structure):
    _fields_: ClassVar = [
        ("pool", ctypes.c_void_p),
        ("transport", ctypes.c_void_p),
        ("tp_data", ctypes.c_void_p),
        ("op_key", _OpKey),
    ]


class _Sockaddr(ctypes.Structure):
    """pj_sockaddr: a union whose largest member is pj_sockaddr_in6 (28 bytes); the
    family and the port sit at the same place in both members."""

    _fields_: ClassVar = [
        ("family", ctypes.c_uint16),
        ("port", ctypes.c_uint16),
        ("rest", ctypes.c_uint8 * 24),
    ]


class _PktInfo(ctypes.Structure):
    _fields_: ClassVar = [
        ("timestamp", ctypes.c_long * 2),  # pj_time_val {long sec, msec}
        ("packet", ctypes.c_char * PJSIP_MAX_PKT_LEN),
        ("zero", ctypes.c_uint32),
        ("len", ctypes.c_ssize_t),
        ("src_addr", _Sockaddr),
        ("src_addr_len", ctypes.c_int),
        ("src_name", ctypes.c_char * PJ_INET6_ADDRSTRLEN),
        ("src_port", ctypes.c_int),
    ]


class _MsgInfo(ctypes.Structure):
    """The first fields of rdata->msg_info (the rest is not read)."""

    _fields_: ClassVar = [
        ("msg_buf", ctypes.c_void_p),
        ("len", ctypes.c_int),
        ("msg", ctypes.c_void_p),
        ("info", ctypes.c_void_p),
    ]


class _RawStr(ctypes.Structure):
    """pj_str_t with the pointer kept as an address (c_char_p would copy it into a
    Python bytes object, and writing one back would point pjsip at Python memory)."""

    _fields_: ClassVar = [("ptr", ctypes.c_void_p), ("slen", ctypes.c_ssize_t)]


class _ArrayHdr(ctypes.Structure):
    """pjsip_generic_array_hdr (pjsip/sip_msg.h), e.g. the endpoint's Allow header."""

    _fields_: ClassVar = [
        ("prev", ctypes.c_void_p),
        ("next", ctypes.c_void_p),
        ("type", ctypes.c_int),
        ("name", _RawStr),
        ("sname", _RawStr),
        ("vptr", ctypes.c_void_p),
        ("count", ctypes.c_uint),
        ("values", _RawStr * PJSIP_GENERIC_ARRAY_MAX_COUNT),
    ]


class RxData(ctypes.Structure):
    """The head of pjsip_rx_data (pjsip/sip_transport.h): tp_info, pkt_info, msg_info."""

    _fields_: ClassVar = [("tp_info", _TpInfo), ("pkt_info", _PktInfo), ("msg_info", _MsgInfo)]


PACKET_OFFSET = RxData.pkt_info.offset + _PktInfo.packet.offset  # 320 on LP64
MSG_INFO_OFFSET = RxData.msg_info.offset  # 4424 on LP64


def _at(struct_format: str, *path: tuple[type[ctypes.Structure], str]) -> tuple[struct.Struct, int]:
    """A field of RxData as (struct reader, offset), from the ctypes layout above.

    `read_packet` copies the rdata head once and unpacks the few fields it checks (issue
    15): walking ctypes sub-structures made ~10 Python objects per request on the path
    of every INVITE. The offsets are the ctypes layout's own, so both ways agree.
    """
    return struct.Struct(struct_format), sum(getattr(cls, name).offset for cls, name in path)


_OPKEY_RDATA = _at("P", (RxData, "tp_info"), (_TpInfo, "op_key"), (_OpKey, "rdata"))
_PKT_LEN = _at("n", (RxData, "pkt_info"), (_PktInfo, "len"))
_SRC_PORT_NET = _at("!H", (RxData, "pkt_info"), (_PktInfo, "src_addr"), (_Sockaddr, "port"))
_SRC_NAME = _at(f"{PJ_INET6_ADDRSTRLEN}s", (RxData, "pkt_info"), (_PktInfo, "src_name"))
_SRC_PORT = _at("i", (RxData, "pkt_info"), (_PktInfo, "src_port"))
_MSG_BUF = _at("P", (RxData, "msg_info"), (_MsgInfo, "msg_buf"))
_MSG_LEN = _at("i", (RxData, "msg_info"), (_MsgInfo, "len"))
_MSG_INFO = _at("P", (RxData, "msg_info"), (_MsgInfo, "info"))
RXDATA_HEAD = ctypes.sizeof(RxData)


def _field(head: bytes, field: tuple[struct.Struct, int]) -> Any:
    reader, offset = field
    return reader.unpack_from(head, offset)[0]


def is_address(host: str) -> bool:
    """Whether `host` is an IPv4 or IPv6 literal (inet_pton: ~10x faster than ipaddress)."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except (OSError, ValueError):
            continue
        return True
    return False


class _HdrList(ctypes.Structure):
    """A pjsip_hdr used only as a list head (its prev/next come first, PJ_DECL_LIST_MEMBER)."""

    _fields_: ClassVar = [
        ("prev", ctypes.c_void_p),
        ("next", ctypes.c_void_p),
        ("type", ctypes.c_int),
        ("name", PjStr),
        ("sname", PjStr),
        ("vptr", ctypes.c_void_p),
    ]


@functools.cache
def _library() -> ctypes.CDLL:
    """The loaded extension with the prototypes set, once per process."""
    lib = ctypes.CDLL(_pjsua2.__file__)  # already loaded: the same handle, same pjsip
    vp, i = ctypes.c_void_p, ctypes.c_int
    lib.pjsua_get_pjsip_endpt.restype = vp
    lib.pjsua_get_pjsip_endpt.argtypes = []
    lib.pjsip_endpt_register_module.restype = i
    lib.pjsip_endpt_register_module.argtypes = [vp, ctypes.POINTER(PjsipModule)]
    lib.pjsip_rx_data_get_info.restype = vp
    lib.pjsip_rx_data_get_info.argtypes = [vp]
    lib.pjsip_endpt_respond_stateless.restype = i
    lib.pjsip_endpt_respond_stateless.argtypes = [vp, vp, i, ctypes.POINTER(PjStr), vp, vp]
    lib.pjsip_endpt_get_capability.restype = vp
    lib.pjsip_endpt_get_capability.argtypes = [vp, i, vp]
    lib.pjsua_pool_create.restype = vp
    lib.pjsua_pool_create.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_size_t]
    lib.pjsip_generic_string_hdr_create.restype = vp
    lib.pjsip_generic_string_hdr_create.argtypes = [
        vp,
        ctypes.POINTER(PjStr),
        ctypes.POINTER(PjStr),
    ]
    if hasattr(lib, "kuty_guard_front"):  # our build (packaging/pjsip/0002)
        lib.kuty_guard_set_slow.restype = None
        lib.kuty_guard_set_slow.argtypes = [RxCallback]
        lib.kuty_guard_set_sources.restype = i
        lib.kuty_guard_set_sources.argtypes = [i, ctypes.c_uint, ctypes.POINTER(ctypes.c_char_p)]
        lib.kuty_sane_invite.restype = i
        lib.kuty_sane_invite.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    return lib


def loop_break_flag() -> ctypes.c_int | None:
    """`kuty_loop_break` of our build (packaging/pjsip/0002, 0003): setting it to 1 ends
    `Endpoint.libHandleEventsUntil` after the event being handled; None without it."""
    try:
        lib = _library()
    except OSError:
        return None
    if not hasattr(lib, "kuty_loop_break") or not hasattr(_pjsua2, "Endpoint_libHandleEventsUntil"):
        return None
    return ctypes.c_int.in_dll(lib, "kuty_loop_break")


def fast_front_available() -> bool:
    """Whether this pjsua2 has the C front (packaging/pjsip/0002)."""
    try:
        return hasattr(_library(), "kuty_guard_front")
    except OSError:
        return False


def sane_invite(data: bytes) -> bool:
    """The C front's verdict on an INVITE's bytes: True when it passes it without asking
    `sip_sanity` (tests hold it to: True implies `check_request(data) is None`)."""
    lib = _library()
    return bool(lib.kuty_sane_invite(data, len(data)))


def method_of(info: bytes) -> str:
    """The method in pjsip_rx_data_get_info's text: b"Request msg INVITE/cseq=1 (rdata0x..)"."""
    text = info.decode("latin-1")
    prefix = "Request msg "
    if not text.startswith(prefix):
        return ""
    return text[len(prefix) :].partition(" (")[0].rpartition("/cseq=")[0]


class Packet:
    """What the layout gives for one request: its bytes and where they came from."""

    def __init__(self, data: bytes, host: str, port: int) -> None:
        self.data = data
        self.host = host
        self.port = port


_INSTALLED: list[SipGuard] = []
"""Every installed guard: pjsip keeps pointers to their modules and callbacks for as
long as the process lives (a collected ctypes callback would crash the engine)."""


class SipGuard:
    """The front and back modules of one endpoint, with the engine's rules."""

    def __init__(
        self,
        allowed_sources: Callable[[], set[str] | None],
        emit: Callable[[p.Event], None],
        declined: Declined | None = None,
        chat: ChatInbox | None = None,
    ) -> None:
        """`allowed_sources`: hosts that may send us requests, None for anyone (local
        mode, no account registered); `emit`: the engine's event channel; `declined`:
        told of every INVITE refused from a host or by the sanity check (issue 15: one that
        is a real call attempt becomes a call-log row, telephony/refusals.py); `chat`: the
        seat's policy has a chat channel, so SIP MESSAGE is taken there (issue 12)."""
        self._allowed = allowed_sources
        self._emit = emit
        self._declined = declined
        self._chat = chat
        if chat is not None:
            chat.buffer = PJSIP_MAX_PKT_LEN  # a datagram cut there is too large, not malformed
        self.layout_ok = True  # False: answering only, no source filter or sanity check
        self._lib: ctypes.CDLL | None = None
        self._endpt: int | None = None
        self._allow_list: _HdrList | None = None
        self._modules: list[PjsipModule] = []
        self._callbacks: list[object] = []
        self._names: list[bytes] = []
        self._window = 0.0
        self._sent = 0
        self.suppressed = 0
        self.unadvertised: list[str] = []  # taken out of pjsua's Allow header
        self.fast = False  # the C front (kuty_guard_front) decides the common case
        self._pushed: tuple[str, ...] | bool | None = False  # False: nothing pushed yet

    # ------------------------------------------------------------------ setup
    def install(self) -> bool:
        """Register both modules with pjsua's endpoint (after `libInit`).

        Never raises: an engine without the guard still takes calls (pjsip's old
        behaviour), so a failure is logged and reported as an Alert instead.
        """
        _INSTALLED.append(self)  # before pjsip holds any pointer into this object
        if ctypes.sizeof(ctypes.c_void_p) != 8 or ctypes.sizeof(ctypes.c_long) != 8:
            self.layout_ok = False  # the offsets above are for LP64 (x86_64, aarch64)
            log.warning("SIP guard: not an LP64 build; answering unhandled requests only")
        try:
            lib = _library()
            endpt = lib.pjsua_get_pjsip_endpt()
            if not endpt:
                raise RuntimeError("pjsua has no endpoint yet")
            self._lib, self._endpt = lib, endpt
            self._allow_list = self._make_allow_list(lib, chat=self._chat is not None)
            fast = self.layout_ok and hasattr(lib, "kuty_guard_front")
            for name, priority, handler in (
                (b"mod-kuty-guard-front", FRONT_PRIORITY, self._front),
                (b"mod-kuty-guard-back", BACK_PRIORITY, self._back),
            ):
                callback = RxCallback(self._safe(handler))
                module = PjsipModule()
                module.name = PjStr(name, len(name))
                module.id = -1
                module.priority = priority
                module.on_rx_request = callback
                if fast and handler == self._front:
                    # C decides what passes; it calls this Python front for the rest
                    lib.kuty_guard_set_slow(callback)
                    address = ctypes.cast(lib.kuty_guard_front, ctypes.c_void_p).value
                    module.on_rx_request = RxCallback(address or 0)
                    # responses only end libHandleEventsUntil's loop (0003)
                    module.on_rx_response = ctypes.cast(
                        lib.kuty_guard_rx_response, ctypes.c_void_p
                    ).value
                self._modules.append(module)
                self._callbacks.append(callback)
                self._names.append(name)
                status = lib.pjsip_endpt_register_module(endpt, ctypes.byref(module))
                if status != 0:
                    raise RuntimeError(f"pjsip_endpt_register_module({name!r}): {status}")
            served = {"MESSAGE"} if self._chat is not None else set()
            self.unadvertised = trim_allow(lib, endpt, NOT_SERVED - served)
            self.fast = fast
            self.sync_sources()
        except (OSError, AttributeError, RuntimeError) as exc:
            log.error("SIP guard not installed: %s", exc)
            self._emit(
                p.Alert(
                    code="sip_guard_unavailable",
                    message=f"unhandled SIP requests stay unanswered: {exc}"[:500],
                )
            )
            return False
        log.info(
            "SIP guard installed (packet at +%d, msg_info at +%d, front in %s)",
            PACKET_OFFSET, MSG_INFO_OFFSET, "C" if self.fast else "Python",
        )  # fmt: skip
        return True

    def sync_sources(self) -> None:
        """Tell the C front which hosts may send requests, when that changed.

        Called at install and on every engine loop step, so a registration that began or
        ended in the last `libHandleEvents` is in force for the next one. In between the
        C list may be one step stale, which costs nothing: a host it wrongly refuses goes
        to `_front`, which asks `allowed_sources` itself, and an INVITE it wrongly passes
        meets the same rule again in `Engine.on_incoming_call` (403).
        """
        if not self.fast or self._lib is None:
            return
        allowed = self._allowed()
        key = None if allowed is None else tuple(sorted(allowed))
        if key == self._pushed:
            return
        hosts = [h.encode("latin-1", "replace") for h in key or ()]
        array = (ctypes.c_char_p * max(1, len(hosts)))(*hosts)
        if self._lib.kuty_guard_set_sources(int(key is None), len(hosts), array) != 0:
            log.warning("SIP guard: %d allowed hosts do not fit the C front; Python decides",
                        len(hosts))  # fmt: skip
        self._pushed = key

    def _make_allow_list(self, lib: ctypes.CDLL, *, chat: bool = False) -> _HdrList:
        """A one-header list (Allow) in a pool that lives as long as the endpoint."""
        pool = lib.pjsua_pool_create(b"kuty-guard", 512, 512)
        if not pool:
            raise RuntimeError("pjsua_pool_create failed")
        name, value = b"Allow", (ALLOW + (", MESSAGE" if chat else "")).encode()
        hdr = lib.pjsip_generic_string_hdr_create(
            pool, ctypes.byref(PjStr(name, len(name))), ctypes.byref(PjStr(value, len(value)))
        )
        if not hdr:
            raise RuntimeError("pjsip_generic_string_hdr_create failed")
        head = _HdrList()
        head.prev = head.next = hdr
        links = (ctypes.c_void_p * 2).from_address(hdr)  # the header's own prev/next
        links[0] = links[1] = ctypes.addressof(head)
        return head

    @staticmethod
    def _safe(handler: Callable[[int], bool]) -> Callable[[int], int]:
        """An exception must not cross into C: log it and let pjsip carry on."""

        def call(rdata: int) -> int:

            try:
                return 1 if handler(rdata) else 0
            except Exception:
                log.exception("SIP guard failed on a request; passing it on")
                return 0

        return call

    # ------------------------------------------------------------------ reading rdata
    def _info(self, rdata: int) -> tuple[int, bytes]:
        assert self._lib is not None
        pointer = self._lib.pjsip_rx_data_get_info(rdata)
        return int(pointer or 0), ctypes.string_at(pointer) if pointer else b""

    def read_packet(self, rdata: int, info_ptr: int, method: str) -> Packet | None:
        """The request's bytes and source, if the layout checks out for this request.

        Checked against what pjsip computed itself: msg_info.info is the pointer that
        pjsip_rx_data_get_info just returned (so msg_info sits where we think),
        tp_info.op_key.rdata points back at the rdata (tp_info's size, so pkt_info's
        offset), msg_buf lies inside the packet buffer and starts with the method, and
        src_name is an address whose port matches the binary sockaddr's.
        """
        if not self.layout_ok:
            return None
        head = ctypes.string_at(rdata, RXDATA_HEAD)
        packet_start = rdata + PACKET_OFFSET
        buf = int(_field(head, _MSG_BUF) or 0)
        length = int(_field(head, _MSG_LEN))
        pkt_len = int(_field(head, _PKT_LEN))
        src_port = int(_field(head, _SRC_PORT))
        problem = ""
        if _field(head, _MSG_INFO) != info_ptr:
            problem = "msg_info.info is not pjsip_rx_data_get_info's text"
        elif _field(head, _OPKEY_RDATA) != rdata:
            problem = "tp_info.op_key.rdata does not point back at the rdata"
        elif not (
            packet_start <= buf
            and length > 0
            and buf + length <= packet_start + min(pkt_len, PJSIP_MAX_PKT_LEN)
        ):
            problem = "msg_buf/len outside the packet buffer"
        data = ctypes.string_at(buf, length) if not problem else b""
        raw_name = _field(head, _SRC_NAME) if not problem else b""
        host = bytes(raw_name).partition(b"\0")[0].decode("latin-1")
        if not problem and not data.lstrip(b"\r\n").startswith(method.encode("latin-1") + b" "):
            problem = "the packet does not start with the request's method"
        if not problem and not is_address(host):
            problem = f"src_name {host[:60]!r} is not an address"
        if not problem and _field(head, _SRC_PORT_NET) != src_port:
            problem = "src_port does not match src_addr"
        if problem:
            self.layout_ok = False
            log.warning(
                "SIP guard: pjsip_rx_data layout not as expected (%s); answering unhandled "
                "requests only, without source filter or INVITE sanity check",
                problem,
            )
            return None
        return Packet(data, host, src_port)

    # ------------------------------------------------------------------ the modules
    def _front(self, rdata: int) -> bool:

        info_ptr, info = self._info(rdata)
        method = method_of(info)
        if not method:
            return False
        packet = self.read_packet(rdata, info_ptr, method)
        if method == "ACK":
            # An ACK is never answered; one from a stranger has nothing of ours to match.
            return packet is not None and not self._source_allowed(packet.host)
        if packet is not None and not self._source_allowed(packet.host):
            self._refuse(
                rdata, method, packet, 403, "Forbidden", "source is not the registrar/proxy",
                row=p.EndReason.UNKNOWN_SOURCE if method == "INVITE" else None,
            )  # fmt: skip
            return True
        if method == "MESSAGE" and self._chat is not None:
            self._take_message(rdata, packet)
            return True
        if method == "MESSAGE":
            self._refuse(
                rdata,
                method,
                packet,
                405,
                "Method Not Allowed",
                "SIP MESSAGE is not served",
                allow=True,
            )
            return True
        if method == "INVITE" and packet is not None:
            verdict = sip_sanity.check_request(packet.data)
            if verdict is not None:
                self._refuse(
                    rdata, method, packet, verdict.code, verdict.reason,
                    f"sanity: {verdict.reason}", row=p.EndReason.MALFORMED,
                )  # fmt: skip
                return True
        return False

    def _take_message(self, rdata: int, packet: Packet | None) -> None:
        """A MESSAGE on a chat seat (issue 12): judged and answered by the ChatInbox; a
        refusal is reported like any other. Without the packet's bytes (layout check
        failed) nothing could be stored, so it is refused rather than answered 200."""
        assert self._chat is not None
        if packet is None:
            self._refuse(rdata, "MESSAGE", packet, 503, "Service Unavailable",
                         "the request's bytes cannot be read (guard layout)")  # fmt: skip
            return
        datagram = b"/UDP " in packet.data[:600].upper()
        verdict = self._chat.receive(packet.data, f"{packet.host}:{packet.port}", datagram=datagram)
        if verdict.code >= 300:
            self._refuse(rdata, "MESSAGE", packet, verdict.code, verdict.phrase, verdict.why)
        else:
            self._answer(rdata, "MESSAGE", verdict.code, verdict.phrase)

    def _back(self, rdata: int) -> bool:
        info_ptr, info = self._info(rdata)
        method = method_of(info)
        if not method or method == "ACK":
            return bool(method)  # RFC 3261 17.2.3: never answer an ACK
        packet = self.read_packet(rdata, info_ptr, method)
        to_tag: str | None = None
        if packet is not None:
            try:
                to_tag = sip_sanity.parse_request(packet.data).to_tag
            except sip_sanity.SipSyntaxError:
                to_tag = None
        if method in IN_DIALOG_ONLY or to_tag:
            self._refuse(
                rdata,
                method,
                packet,
                481,
                "Call/Transaction Does Not Exist",
                "no such dialog or transaction",
            )
        elif method == "SUBSCRIBE":
            self._refuse(rdata, method, packet, 489, "Bad Event", "event package not served")
        elif method in KNOWN_METHODS:
            self._refuse(
                rdata, method, packet, 405, "Method Not Allowed", "method not served", allow=True
            )
        else:
            self._refuse(rdata, method, packet, 501, "Not Implemented", "unknown method")
        return True

    def _source_allowed(self, host: str) -> bool:
        allowed = self._allowed()
        return allowed is None or host in allowed

    # ------------------------------------------------------------------ answering
    def _answer(
        self, rdata: int, method: str, code: int, phrase: str, *, allow: bool = False
    ) -> None:
        """Answer `code` statelessly (the guard runs before the transaction layer)."""
        assert self._lib is not None
        text = phrase.encode("latin-1", "replace")[:100]
        hdrs = ctypes.addressof(self._allow_list) if allow and self._allow_list else None
        status = self._lib.pjsip_endpt_respond_stateless(
            self._endpt, rdata, code, ctypes.byref(PjStr(text, len(text))), hdrs, None
        )
        if status != 0:
            log.warning("SIP guard: could not answer %s with %d (status %d)", method, code, status)

    def _refuse(
        self,
        rdata: int,
        method: str,
        packet: Packet | None,
        code: int,
        phrase: str,
        why: str,
        *,
        allow: bool = False,
        row: p.EndReason | None = None,
    ) -> None:
        """Answer `code` statelessly and report it; `row`: an INVITE's call-log reason."""
        self._answer(rdata, method, code, phrase, allow=allow)
        self._report(method, packet, code, why)
        if row is not None and packet is not None and self._declined is not None:
            source = f"{packet.host}:{packet.port}"
            try:
                self._declined(packet.data, packet.host, source, code, why, row)
            except Exception:  # answered already: the request must not go on to pjsua
                log.exception("SIP guard: reporting a refused INVITE as a call failed")

    def _report(self, method: str, packet: Packet | None, code: int, why: str) -> None:
        now = time.monotonic()
        if now - self._window >= 1.0:
            if self.suppressed:
                log.warning(
                    "SIP guard: %d refusals not reported in the last second", self.suppressed
                )
            self._window, self._sent = now, 0
        if self._sent >= EVENTS_PER_S:
            self.suppressed += 1
            return
        self._sent += 1
        source = f"{packet.host}:{packet.port}" if packet is not None else ""
        if method == "INVITE":
            remote = ""
            if packet is not None:
                try:
                    found = sip_sanity.parse_request(packet.data).first("from")
                    remote = sip_sanity.uri_of(found) if found else ""
                except sip_sanity.SipSyntaxError:
                    remote = ""
            self._emit(
                p.CallRefused(
                    source=source[:100], remote_uri=remote[:300], sip_code=code, reason=why[:200]
                )
            )
        else:
            self._emit(
                p.RequestRefused(
                    method=method[:40],
                    source=source[:100],
                    sip_code=code,
                    reason=why[:200],
                    suppressed=self.suppressed,
                )
            )
        self.suppressed = 0


def trim_allow(
    lib: ctypes.CDLL, endpt: int, not_served: frozenset[str] | set[str] = NOT_SERVED
) -> list[str]:
    """Take NOT_SERVED out of the endpoint's Allow capability (what pjsua copies into its
    messages); returns the methods removed. Checked first: the header must say it is an
    Allow header of a sane size, or it is left alone (a warning, never a crash)."""
    pointer = lib.pjsip_endpt_get_capability(endpt, PJSIP_H_ALLOW, None)
    if not pointer:
        log.warning("SIP guard: pjsip has no Allow capability; nothing trimmed")
        return []
    hdr = _ArrayHdr.from_address(pointer)
    name = ctypes.string_at(hdr.name.ptr, hdr.name.slen) if 0 < hdr.name.slen < 16 else b""
    if hdr.type != PJSIP_H_ALLOW or name != b"Allow" or hdr.count > PJSIP_GENERIC_ARRAY_MAX_COUNT:
        log.warning("SIP guard: the Allow capability is not laid out as expected; untouched")
        return []
    keep: list[tuple[int, int]] = []
    removed: list[str] = []
    for index in range(hdr.count):
        value = hdr.values[index]
        if not value.ptr or not 0 < value.slen < 32:
            log.warning("SIP guard: an odd entry in the Allow capability; untouched")
            return []
        method = ctypes.string_at(value.ptr, value.slen).decode("latin-1")
        if method.upper() in not_served:
            removed.append(method)
        else:
            keep.append((value.ptr, value.slen))
    for index, (ptr, slen) in enumerate(keep):
        hdr.values[index].ptr = ptr
        hdr.values[index].slen = slen
    hdr.count = len(keep)
    if removed:
        log.info("SIP guard: %s no longer advertised in Allow", ", ".join(removed))
    return removed


def installed() -> list[SipGuard]:
    """The guards of this process (for diagnostics and tests)."""
    return list(_INSTALLED)


__all__ = ["ALLOW", "SipGuard", "installed", "method_of"]
