"""Keyset paging bookkeeping shared by the recordings browser and the call picker."""

from __future__ import annotations

from console.paging import CursorPages


def test_pages_go_forward_only_to_a_known_next_page_and_back_to_the_first() -> None:
    pages = CursorPages()
    assert (pages.current, pages.number, pages.has_previous, pages.has_next) == (
        None,
        1,
        False,
        False,
    )
    assert not pages.forward() and not pages.back()
    pages.next = "c2"
    assert pages.forward() and pages.current == "c2" and pages.number == 2
    pages.next = "c3"
    assert pages.forward() and pages.current == "c3" and pages.has_previous
    assert pages.back() and pages.current == "c2"
    pages.first()
    assert pages.current is None and pages.number == 1 and not pages.has_previous
