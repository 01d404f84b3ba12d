"""HTML mail bodies to plain text (issue 12): nothing remote is fetched, nothing runs.

Only text nodes survive. Scripts, styles, frames, objects and their content are dropped,
event handlers vanish with the tags that carried them, images become "[image: alt]" and
links show their target as text ("[link: URL]") so an operator sees where a phishing link
points without it being clickable. `html.parser` only tokenises; no network code here.
"""

from __future__ import annotations

import html.parser
import re

__all__ = ["html_to_text"]


class _TextRenderer(html.parser.HTMLParser):
    """HTML to plain text: only text nodes survive; nothing is fetched or executed."""

    _SKIP = frozenset({"script", "style", "head", "title", "noscript", "template",
                       "object", "iframe", "frame", "frameset", "embed", "applet", "svg",
                       "math"})  # fmt: skip
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "pre", "table", "ul", "ol", "hr", "section"})  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        values = dict(attrs)
        if tag in self._BLOCK:
            self.out.append("\n")
        if tag == "img":
            alt = (values.get("alt") or "").strip()
            self.out.append(f"[image: {alt}]" if alt else "[image]")
        elif tag == "a":
            href = (values.get("href") or "").strip()
            self._links.append(href if href and not href.startswith("#") else None)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "a" and self._links:
            href = self._links.pop()
            if href:
                self.out.append(f" [link: {href[:500]}]")
        elif tag in self._BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML body (see `_TextRenderer`); never raises."""
    renderer = _TextRenderer()
    try:
        renderer.feed(markup)
        renderer.close()
    except Exception:  # HTMLParser is lenient; belt and braces
        pass
    text = "".join(renderer.out)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*\n", "\n\n", text)
    return text.strip()
