"""A real Kamailio (Debian `kamailio`, 5.6) as the help desk's registrar and forking proxy.

`KamailioServer` writes a config into a private directory and runs Kamailio in the
foreground (`-DD -E`) on 127.0.0.2, a loopback address of its own: the seats listen on
127.0.0.1, so the engine's "only the registrar may ring us" rule can tell the proxy
from a scanner or a direct caller on the same machine (both would otherwise be
127.0.0.1; the rule compares addresses, not ports).

What the generated config does:
- REGISTER: digest authentication (`pv_www_authenticate`) against fixed users whose
  plain passwords sit in an htable; MD5 by default, SHA-256 with `algorithm="SHA-256"`
  (auth module parameter, one algorithm per instance in 5.6). A wrong password gets
  `403 Wrong password for <user>` instead of a fresh challenge, so the seat can show a
  clear reason. Contacts are kept in memory (usrloc db_mode 0): a restart forgets them
  and the seats must register again, which is what the restart test wants to see.
- INVITE to a registered user: `lookup("location")` adds one branch per contact and
  `t_relay()` forks them in parallel. tm CANCELs the other branches when a 200 arrives
  and, with `local_cancel_reason` (on by default; set explicitly here), adds
  `Reason: SIP;cause=200` so the other seats end "answered elsewhere".
- record_route/loose_route so in-dialog requests (ACK, BYE, INFO) pass the proxy; each
  is logged ("KUTY in-dialog INFO from ..."), so a test can tell it did. Headers the
  proxy does not know (a listen call's `X-Kuty-Listen`) are relayed as they are.
- OPTIONS to the proxy itself answers 200 (used as the readiness probe).
- TLS (kamailio-tls-modules) on a third port when a certificate is given; `tls_method`
  picks the versions the server accepts (`TLSv1.3` refuses a 1.2-only client), and every
  request that came over TLS is logged with the version and cipher the handshake
  negotiated ("KUTY TLS REGISTER from ... version TLSv1.3 cipher ..."). Requests to a
  seat reuse the seat's own connection: pjsua's TLS Contact names that connection's
  local port, so Kamailio finds it open (a seat's TLS listener has no certificate).

With `netns`, Kamailio runs inside a test network namespace (`ip netns exec`) on an
address of that namespace (the NAT tests, tests/support/netns.py); its readiness ping and
port checks then run inside the namespace too.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from tests.support.certs import TestPki
from tests.support.netns import call_in, exec_prefix

T = TypeVar("T")
HOST = "127.0.0.2"
INSTALL_HINT = (
    "kamailio not found: `apt-get install kamailio kamailio-tls-modules` (Debian 12 ships "
    "5.6); the multi-seat and registration tests need a real registrar"
)
MODULE_DIRS = ("/usr/lib/x86_64-linux-gnu/kamailio/modules", "/usr/lib/kamailio/modules")


class KamailioError(AssertionError):
    """Kamailio is missing, did not start or died; the message carries its log tail."""


def _free_port(host: str = HOST) -> int:
    """A port free for UDP and TCP on `host` (and on 127.0.0.1, for sanity)."""
    from tests.support.ports import free_port

    for _ in range(200):
        port = free_port()
        ok = True
        for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
            with socket.socket(socket.AF_INET, kind) as sock:
                try:
                    sock.bind((host, port))
                except OSError:
                    ok = False
        if ok:
            return port
    raise KamailioError(f"no free port on {host}")


def module_dir() -> str:
    for directory in MODULE_DIRS:
        if Path(directory, "registrar.so").is_file():
            return directory
    raise KamailioError(f"Kamailio modules not found in {MODULE_DIRS}. {INSTALL_HINT}")


_LOG_TLS = (
    'if (proto == TLS) { xlog("L_INFO", "KUTY TLS $rm from $si:$sp version $tls_version '
    'cipher $tls_cipher_info\\n"); }'
)
_LOG_OFFER = 'xlog("L_INFO", "KUTY offer ($rm) from $si:$sp\\n$rb\\nKUTY end of offer\\n");'


def render_config(
    *,
    host: str,
    port: int,
    users: Mapping[str, str],
    algorithm: str = "MD5",
    tls_port: int | None = None,
    tls_cfg: Path | None = None,
    log_sdp: bool = False,
) -> str:
    """The kamailio.cfg text (see the module docstring for what it does).

    With `log_sdp`, every INVITE's offer and every 2xx answer body goes to the log
    ("KUTY offer from ..." / "KUTY answer from ...", body on the lines after): how the
    NAT tests see the addresses and ICE candidates a seat advertises.
    """
    mpath = module_dir()
    listen = [f"listen=udp:{host}:{port}", f"listen=tcp:{host}:{port}"]
    tls_lines = tls_log = ""
    if tls_port is not None:
        listen.append(f"listen=tls:{host}:{tls_port}")
        tls_lines = f'enable_tls=yes\nloadmodule "tls.so"\nmodparam("tls", "config", "{tls_cfg}")\n'
        tls_log = _LOG_TLS
    user_lines = "\n".join(f'    $sht(users=>{u}) = "{pw}";' for u, pw in users.items())
    return textwrap.dedent(
        """\
        #!KAMAILIO
        debug=2
        log_stderror=yes
        memdbg=5
        memlog=5
        children=2
        tcp_children=2
        auto_aliases=no
        alias="{host}:{port}"
        dns=no
        rev_dns=no
        use_dns_cache=off
        tcp_connection_lifetime=3605
        {listen}
        mpath="{mpath}"
        {tls_lines}
        loadmodule "kex.so"
        loadmodule "corex.so"
        loadmodule "tm.so"
        loadmodule "tmx.so"
        loadmodule "sl.so"
        loadmodule "rr.so"
        loadmodule "pv.so"
        loadmodule "maxfwd.so"
        loadmodule "usrloc.so"
        loadmodule "registrar.so"
        loadmodule "textops.so"
        loadmodule "siputils.so"
        loadmodule "xlog.so"
        loadmodule "auth.so"
        loadmodule "htable.so"

        modparam("usrloc", "db_mode", 0)
        modparam("registrar", "min_expires", 10)
        modparam("registrar", "max_expires", 3600)
        modparam("registrar", "max_contacts", 0)
        modparam("auth", "algorithm", "{algorithm}")
        modparam("htable", "htable", "users=>size=4;autoexpire=0")
        modparam("rr", "enable_full_lr", 1)
        modparam("tm", "local_cancel_reason", 1)
        modparam("tm", "fr_timer", 5000)
        modparam("tm", "fr_inv_timer", 60000)

        event_route[htable:mod-init] {{
        {user_lines}
        }}

        request_route {{
            {tls_log}
            if (!mf_process_maxfwd_header("10")) {{
                sl_send_reply("483", "Too Many Hops");
                exit;
            }}
            if (is_method("OPTIONS") && uri==myself && $rU==$null) {{
                sl_send_reply("200", "Kuty Kamailio alive");
                exit;
            }}
            if (is_method("CANCEL")) {{
                if (t_check_trans()) {{
                    t_relay();
                }}
                exit;
            }}
            if (has_totag()) {{
                if (loose_route()) {{
                    xlog("L_INFO", "KUTY in-dialog $rm from $si:$sp\\n");
                    {sdp_in_dialog}
                    t_relay();
                    exit;
                }}
                if (is_method("ACK")) {{
                    if (t_check_trans()) {{
                        t_relay();
                    }}
                    exit;
                }}
                sl_send_reply("404", "Not here");
                exit;
            }}
            if (is_method("REGISTER")) {{
                route(REGISTRAR);
            }}
            if (is_method("INVITE")) {{
                record_route();
                {sdp_request}
            }}
            if (!lookup("location")) {{
                xlog("L_INFO", "KUTY no contact for $rU ($rm from $si:$sp)\\n");
                sl_send_reply("404", "Not Found");
                exit;
            }}
            xlog("L_INFO", "KUTY forking $rm for $rU to $(branch(uri)[*])\\n");
            if (!t_relay()) {{
                sl_reply_error();
            }}
            exit;
        }}

        route[REGISTRAR] {{
            xlog("L_INFO", "KUTY REGISTER received from $si:$sp contact $ct\\n");
            if (!is_present_hf("Authorization")) {{
                www_challenge("$td", "0");
                exit;
            }}
            pv_www_authenticate("$td", "$sht(users=>$au)", "0");
            $var(rc) = $rc;
            if ($var(rc) == -2 || $var(rc) == -3 || $var(rc) == -1) {{
                xlog("L_INFO", "KUTY REGISTER refused for $au from $si:$sp (rc $var(rc))\\n");
                sl_send_reply("403", "Wrong password for $au");
                exit;
            }}
            if ($var(rc) < 0) {{
                www_challenge("$td", "0");
                exit;
            }}
            if ($au != $tU) {{
                sl_send_reply("403", "Authentication user does not own this AOR");
                exit;
            }}
            xlog("L_INFO", "KUTY credentials of $au: $hdr(Authorization)\\n");
            consume_credentials();
            if (!save("location")) {{
                sl_reply_error();
            }}
            xlog("L_INFO", "KUTY REGISTER ok for $tU from $si:$sp ($proto) contact $ct\\n");
            exit;
        }}

        onreply_route[SDP] {{
            if (status =~ "^2" && has_body("application/sdp")) {{
                xlog("L_INFO", "KUTY answer from $si:$sp\\n$rb\\nKUTY end of answer\\n");
            }}
        }}
        """
    ).format(
        host=host,
        port=port,
        listen="\n".join(listen),
        mpath=mpath,
        tls_lines=tls_lines,
        tls_log=tls_log,
        algorithm=algorithm,
        user_lines=user_lines,
        sdp_request=f'{_LOG_OFFER} t_on_reply("SDP");' if log_sdp else "",
        sdp_in_dialog=f'if (is_method("INVITE|UPDATE")) {{ {_LOG_OFFER} }}' if log_sdp else "",
    )


TLS13_ONLY = "TLSv1.3"
"""`tls_method` for a server that accepts TLS 1.3 only.

Kamailio 5.6's tls module has no such method (its newest is "TLSv1.2"/"TLSv1.2+", which
pin the minimum with SSL_CTX_set_min_proto_version). So the module gets "SSLv23" (no
range of its own) and OpenSSL's own configuration (`OPENSSL_CONF`, read by every
OpenSSL 3 program at start) sets `MinProtocol = TLSv1.3` for all its contexts."""

_OPENSSL_TLS13_ONLY = """\
openssl_conf = kuty_conf
[kuty_conf]
ssl_conf = kuty_ssl
[kuty_ssl]
system_default = kuty_tls13
[kuty_tls13]
MinProtocol = TLSv1.3
"""


def tls_config(pki: TestPki, method: str = "TLSv1.2+") -> str:
    """tls.cfg: the server presents the test certificate; clients are not verified.

    `method` is the tls module's ("TLSv1.2+": 1.2 or newer), or `TLS13_ONLY`."""
    if method == TLS13_ONLY:
        method = "SSLv23"  # with OPENSSL_CONF from KamailioServer, see TLS13_ONLY
    return textwrap.dedent(
        f"""\
        [server:default]
        method = {method}
        verify_certificate = no
        require_certificate = no
        private_key = {pki.server_key}
        certificate = {pki.server_cert}

        [client:default]
        method = TLSv1.2+
        verify_certificate = no
        require_certificate = no
        """
    )


class KamailioServer:
    """A running Kamailio; use as a context manager or call start()/stop()/restart().

    Attributes:
        host: address it listens on (127.0.0.2).
        port: UDP and TCP SIP port.
        tls_port: TLS port when started with `pki`, else None.
        users: user -> password accepted for REGISTER.
        log_path: Kamailio's stderr (all runs of this instance, appended).
    """

    def __init__(
        self,
        users: Mapping[str, str],
        *,
        algorithm: str = "MD5",
        pki: TestPki | None = None,
        workdir: Path | None = None,
        host: str = HOST,
        log_sdp: bool = False,
        netns: str | None = None,
        tls_method: str = "TLSv1.2+",
    ) -> None:
        if shutil.which("kamailio") is None:
            raise KamailioError(INSTALL_HINT)
        if pki is not None and not Path(module_dir(), "tls.so").is_file():
            raise KamailioError("Kamailio tls.so missing: apt-get install kamailio-tls-modules")
        self.users = dict(users)
        self.host = host
        self.netns = netns
        self.prefix = exec_prefix(netns) if netns else []
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kuty-kamailio-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = self._here(lambda: _free_port(host))
        self.tls_port = self._here(lambda: _free_port(host)) if pki is not None else None
        tls_cfg = None
        if pki is not None:
            tls_cfg = self.workdir / "tls.cfg"
            tls_cfg.write_text(tls_config(pki, tls_method), encoding="utf-8")
        self.env: dict[str, str] | None = None
        if tls_method == TLS13_ONLY:
            openssl_cnf = self.workdir / "openssl-tls13.cnf"
            openssl_cnf.write_text(_OPENSSL_TLS13_ONLY, encoding="ascii")
            self.env = {**os.environ, "OPENSSL_CONF": str(openssl_cnf)}
        self.config_path = self.workdir / "kamailio.cfg"
        self.config_path.write_text(
            render_config(
                host=host,
                port=self.port,
                users=self.users,
                algorithm=algorithm,
                tls_port=self.tls_port,
                tls_cfg=tls_cfg,
                log_sdp=log_sdp,
            ),
            encoding="utf-8",
        )
        self.pid_path = self.workdir / "kamailio.pid"
        self.log_path = self.workdir / "kamailio.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def _here(self, fn: Callable[[], T]) -> T:
        """Run a probe where Kamailio listens: inside its namespace, if it has one."""
        return call_in(self.netns, fn) if self.netns else fn()

    @property
    def address(self) -> str:
        """host:port for UDP/TCP (what a seat puts in `registrar`)."""
        return f"{self.host}:{self.port}"

    @property
    def tls_address(self) -> str:
        if self.tls_port is None:
            raise KamailioError("this Kamailio was started without TLS")
        return f"{self.host}:{self.tls_port}"

    def uri(self, user: str) -> str:
        return f"sip:{user}@{self.address}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def check_config(self) -> None:
        """`kamailio -c`: a config error is reported with Kamailio's own words."""
        result = subprocess.run(
            [*self.prefix, "kamailio", "-c", "-f", str(self.config_path)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if result.returncode != 0:
            raise KamailioError(
                f"kamailio -c rejected {self.config_path}:\n{result.stderr[-3000:]}"
            )

    def start(self, timeout: float = 15.0) -> KamailioServer:
        if self.running:
            return self
        argv = [
            *self.prefix,
            "kamailio",
            "-f", str(self.config_path),
            "-DD", "-E",
            "-m", "64", "-M", "16", "-n", "2",
            "-P", str(self.pid_path),
            "-Y", str(self.workdir),
        ]  # fmt: skip
        log = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child, closed below
        try:
            log.write(f"\n===== start #{self.starts + 1} =====\n".encode())
            log.flush()
            self._proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                cwd=self.workdir,
                env=self.env,
                start_new_session=True,
            )
        finally:
            log.close()
        self.starts += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.running:
                raise KamailioError(f"kamailio exited at start\n{self.log_tail()}")
            if self.ping():
                return self
            time.sleep(0.1)
        self.stop()
        raise KamailioError(
            f"kamailio did not answer OPTIONS within {timeout} s\n{self.log_tail()}"
        )

    def ping(self, timeout: float = 0.3) -> bool:
        """Send OPTIONS over UDP; True when Kamailio answers 200."""
        return self._here(lambda: self._ping(timeout))

    def _ping(self, timeout: float) -> bool:
        branch = "z9hG4bK" + uuid.uuid4().hex
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.bind(("127.0.0.1", 0))
            lport = sock.getsockname()[1]
            msg = (
                f"OPTIONS sip:{self.address} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP 127.0.0.1:{lport};branch={branch};rport\r\n"
                "Max-Forwards: 70\r\n"
                f"From: <sip:probe@127.0.0.1>;tag={uuid.uuid4().hex[:8]}\r\n"
                f"To: <sip:{self.address}>\r\n"
                f"Call-ID: {uuid.uuid4().hex}\r\n"
                "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
            )
            sock.settimeout(timeout)
            try:
                sock.sendto(msg.encode(), (self.host, self.port))
                data = sock.recv(4096)
            except OSError:
                return False
        return data.startswith(b"SIP/2.0 200")

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the whole process group (Kamailio's children too) and wait."""
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        self._proc = None
        self._wait_ports_free()

    def _wait_ports_free(self, timeout: float = 10.0) -> None:
        """Children exit a little after the main process: wait until the ports bind again."""
        self._here(lambda: self._wait_ports_bindable(timeout))

    def _wait_ports_bindable(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        ports = [self.port] + ([self.tls_port] if self.tls_port else [])
        while time.monotonic() < deadline:
            busy = False
            for port in ports:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                    try:
                        sock.bind((self.host, port))
                    except OSError:
                        busy = True
            if not busy:
                return
            time.sleep(0.1)

    def restart(self, down_s: float = 0.0) -> None:
        """Stop, stay down `down_s` seconds, start on the same ports (contacts are lost)."""
        self.stop()
        time.sleep(down_s)
        self.start()

    def log_text(self) -> str:
        try:
            return self.log_path.read_text("utf-8", "replace")
        except OSError:
            return ""

    def sdp_bodies(self, kind: str) -> list[str]:
        """SDP bodies logged with `log_sdp`: kind "offer" (INVITE/UPDATE) or "answer" (2xx)."""
        pattern = rf"KUTY {kind}[^\n]*\n(.*?)KUTY end of {kind}"
        return re.findall(pattern, self.log_text(), flags=re.DOTALL)

    def log_tail(self, lines: int = 60) -> str:
        return "kamailio log tail:\n" + "\n".join(self.log_text().splitlines()[-lines:])

    def __enter__(self) -> KamailioServer:
        self.check_config()
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


# ----------------------------------------------------------------------- sipp via the proxy

_PROXY_UAC = """<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<!-- Generated by tests/support/kamailio.py: a caller through a record-routing proxy. -->
<scenario name="uac_via_proxy">
  <send retrans="500" start_rtd="setup">
    <![CDATA[

      INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: <sip:__FROM_PREFIX__[call_number]@[local_ip]:[local_port]>;tag=[pid]kuty[call_number]
      To: <sip:[service]@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:sipp@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      User-Agent: kuty-test-sipp
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=kutytest 53655765 2353687637 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio [rtpstream_audio_port] RTP/AVP 0
      a=rtpmap:0 PCMU/8000

    ]]>
  </send>

  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="183" optional="true"/>
  <recv response="200" rtd="setup" rrs="true"/>

  <send>
    <![CDATA[

      ACK [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      [routes]
      From: <sip:__FROM_PREFIX__[call_number]@[local_ip]:[local_port]>;tag=[pid]kuty[call_number]
      To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Contact: <sip:sipp@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>

  <nop>
    <action>
      <exec rtp_stream="__RTP_FILE__,1,0"/>
    </action>
  </nop>
  <pause milliseconds="__PAUSE_MS__"/>

  <send retrans="500">
    <![CDATA[

      BYE [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      [routes]
      From: <sip:__FROM_PREFIX__[call_number]@[local_ip]:[local_port]>;tag=[pid]kuty[call_number]
      To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 2 BYE
      Contact: <sip:sipp@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>

  <recv response="200" crlf="true"/>
</scenario>
"""


def write_proxy_uac(directory: Path) -> Path:
    """The sipp scenario for calls through Kamailio (Route set from Record-Route)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "uac_via_proxy.xml"
    path.write_text(_PROXY_UAC, encoding="utf-8")
    return path


def account_args(
    registrar: str,
    user: str,
    password: str,
    *,
    account_id: str = "desk",
    transport: str = "udp",
    reg_timeout_s: int = 20,
    retry_interval_s: int = 5,
    **extra: object,
) -> dict[str, object]:
    """`add_account` arguments (AccountSpec.to_args(), password included) for a test seat."""
    from telephony.accounts import AccountSpec

    spec = AccountSpec.from_args(
        {
            "account_id": account_id,
            "registrar": registrar,
            "user": user,
            "password": password,
            "transport": transport,
            "reg_timeout_s": reg_timeout_s,
            "retry_interval_s": retry_interval_s,
            **extra,
        }
    )
    return spec.to_args()
