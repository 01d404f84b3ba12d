"""Early INVITE refusals become call-log rows, rate limited (issue 15, telephony/refusals.py)."""

from __future__ import annotations

from telephony import protocol as p
from telephony.capacity import CallSlots
from telephony.refusals import (
    CAPACITY_BURST,
    GUARD_BURST,
    SOURCE_BURST,
    Bucket,
    Refusals,
    call_attempt,
)


def invite(call_id: str = "abc@127.0.0.1", user: str = "0501234567", extra: str = "") -> bytes:
    return (
        "INVITE sip:operator@127.0.0.1:5060 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK1\r\n"
        f'From: "Олена" <sip:{user}@127.0.0.1:5070>;tag=1\r\n'
        "To: <sip:operator@127.0.0.1:5060>\r\n"
        f"Call-ID: {call_id}\r\n"
        "CSeq: 1 INVITE\r\n"
        f"{extra}"
        "Content-Length: 0\r\n\r\n"
    ).encode()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(known: set[int] | None = None) -> tuple[Refusals, list[p.Event], Clock]:
    events: list[p.Event] = []
    clock = Clock()
    refusals = Refusals(
        events.append, "UA", known_call=lambda cid: cid in (known or set()), clock=clock
    )
    refusals.slots = 4
    return refusals, events, clock


def test_capacity_refusal_is_a_whole_missed_call_row() -> None:
    refusals, events, _ = make()
    refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite().decode())
    [event] = events
    assert isinstance(event, p.CallDeclined)
    assert event.end_reason is p.EndReason.CAPACITY and event.sip_code == 486
    assert event.caller_number == "+380501234567" and event.display_name == "Олена"
    assert event.sip_call_id == "abc@127.0.0.1" and "all 4 call slots" in event.reason
    assert event.remote_uri == '"Олена" <sip:0501234567@127.0.0.1:5070>'
    assert event.ring_at and event.end_at and event.suppressed == 0


def test_other_pjsua_refusals_are_failed_and_known_calls_are_left_to_the_engine() -> None:
    refusals, events, _ = make(known={3})
    refusals.on_pjsua_rejected(3, 500, "media", invite("one").decode())  # the engine's call
    refusals.on_pjsua_rejected(-1, 488, "Not Acceptable Here", invite("two").decode())
    [event] = events
    assert isinstance(event, p.CallDeclined)
    assert (event.end_reason, event.sip_code) == (p.EndReason.FAILED, 488)


def test_no_call_attempt_no_row() -> None:
    """Without a parseable From or Call-ID it is not a call anybody could look up."""
    refusals, events, _ = make()
    no_from = invite().replace(b'From: "\xd0\x9e', b'X-From: "\xd0\x9e')
    no_call_id = invite().replace(b"Call-ID:", b"X-Call-ID:")
    for data in (no_from, no_call_id, b"garbage\r\n\r\n", b""):
        refusals.on_guard_refused(
            data, "127.0.0.1", "127.0.0.1:5070", 400, "sanity", p.EndReason.MALFORMED
        )
    assert events == []
    assert call_attempt(invite(), "UA", trust_pai=True) is not None


def test_pai_is_trusted_only_from_the_registrar_side() -> None:
    data = invite(extra="P-Asserted-Identity: <tel:+380441112233>\r\n")
    assert call_attempt(data, "UA", trust_pai=True).number == "+380441112233"  # type: ignore[union-attr]
    assert call_attempt(data, "UA", trust_pai=False).number == "+380501234567"  # type: ignore[union-attr]


def test_retransmissions_of_one_invite_are_one_row() -> None:
    refusals, events, clock = make()
    for _ in range(5):
        refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite("same").decode())
        clock.now += 0.5
    assert len(events) == 1
    clock.now += 100  # long after: the same Call-ID again is a new attempt
    refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite("same").decode())
    assert len(events) == 2


def test_capacity_flood_is_rate_limited_and_counted() -> None:
    refusals, events, clock = make()
    for n in range(CAPACITY_BURST + 40):
        refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite(f"c{n}").decode())
    assert len(events) == CAPACITY_BURST
    clock.now += 1.0  # one token a second
    refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite("later").decode())
    last = events[-1]
    assert isinstance(last, p.CallDeclined) and last.suppressed == 40
    assert len(events) == CAPACITY_BURST + 1


def test_a_scanner_gets_a_few_rows_per_source_and_all_sources_are_capped() -> None:
    refusals, events, clock = make()
    for n in range(200):  # one scanner sweeping extensions
        refusals.on_guard_refused(
            invite(f"s{n}", user=str(100 + n)), "10.0.0.9", "10.0.0.9:5060", 403, "source",
            p.EndReason.UNKNOWN_SOURCE,
        )  # fmt: skip
    assert len(events) == SOURCE_BURST
    for n in range(200):  # many sources at once
        refusals.on_guard_refused(
            invite(f"m{n}"), f"10.1.{n // 250}.{n % 250}", "x", 403, "source",
            p.EndReason.UNKNOWN_SOURCE,
        )  # fmt: skip
    assert len(events) == GUARD_BURST
    assert all(isinstance(e, p.CallDeclined) for e in events)
    clock.now += 60.0
    refusals.on_guard_refused(
        invite("again"), "10.0.0.9", "10.0.0.9:5060", 403, "source", p.EndReason.UNKNOWN_SOURCE
    )
    rows = [e for e in events if isinstance(e, p.CallDeclined)]
    last = rows[-1]
    # every attempt is accounted for: written, or counted on the next row written
    assert len(rows) + sum(e.suppressed for e in rows) == 400 + 1
    assert rows[SOURCE_BURST].suppressed == 200 - SOURCE_BURST  # the scanner's, on the next
    assert last.end_reason is p.EndReason.UNKNOWN_SOURCE and "10.0.0.9:5060" in last.reason


def test_bucket_refills_up_to_its_burst() -> None:
    bucket = Bucket(2, 0.5, now=0.0)
    assert [bucket.take(0.0) for _ in range(3)] == [True, True, False]
    assert bucket.take(2.0) and not bucket.take(2.0)
    assert [bucket.take(100.0) for _ in range(3)] == [True, True, False]


def test_call_slots_say_when_the_build_caps_them() -> None:
    assert CallSlots(32, 32).describe() == "32 call slots"
    capped = CallSlots(32, 4)
    assert capped.clamped and "PJSUA_MAX_CALLS is 4" in capped.describe()
    assert "old build" in capped.describe()
    assert not CallSlots(8, 0).clamped and "unknown" in CallSlots(8, 0).describe()


def test_a_failing_report_never_raises_into_pjsip() -> None:
    """Both entry points run inside C callbacks: an exception there could crash the engine
    or let the guard pass an already answered INVITE on to pjsua."""

    def broken(_event: p.Event) -> None:
        raise BrokenPipeError("host gone")

    refusals = Refusals(broken, "UA")
    refusals.on_pjsua_rejected(-1, 486, "Busy Here", invite().decode())
    refusals.on_guard_refused(invite("x"), "10.0.0.9", "10.0.0.9:5060", 403, "source",
                              p.EndReason.UNKNOWN_SOURCE)  # fmt: skip
