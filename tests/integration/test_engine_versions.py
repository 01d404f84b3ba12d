"""The engine says which SIP stack and TLS library it runs (issue 14, ADR 0008): our own
PJSIP 2.16 build on the system's OpenSSL 3, not the old wheel's bundled OpenSSL 1.0.2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.serve import ServeProcess

pytestmark = [pytest.mark.sip]


def test_engine_ready_names_pjsip_and_the_linked_openssl(tmp_data_dir: Path) -> None:
    with ServeProcess(tmp_data_dir, auto_answer=True) as serve:
        ready = serve.wait_for("engine_ready")
    assert ready["pjsip"].startswith("2.16"), ready
    assert ready["openssl"].startswith("OpenSSL 3."), ready
    assert "1.0.2" not in ready["openssl"]
