"""The article text of a saved HTML page, without navigation, scripts, styles or banners.

Uses only the standard library's ``html.parser``. The article is the first ``<article>``,
else ``<main>``, else ``<body>``; inside it, blocks that are page furniture (nav, header,
footer, aside, forms, cookie banners) are dropped. Metadata comes from ``<title>``,
Open Graph / article meta tags, ``<time datetime>`` and ``<link rel="canonical">``.

>>> page = article_text('<html><head><title>T</title><script>x()</script></head>'
...                     '<body><nav>Home</nav><article><p>Hello <b>world</b>.</p></article></body></html>')
>>> page.text
'Hello world.'
>>> page.meta["title"]
'T'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer",
         "aside", "form", "button", "select", "head"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
          "ul", "ol", "br", "tr", "table", "blockquote", "figure", "figcaption", "dd", "dt", "pre"}
_VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}
_FURNITURE = re.compile(r"cookie|consent|banner|newsletter|share|social|breadcrumb|menu|sidebar|related|promo|subscribe",
                        re.I)


@dataclass
class Page:
    text: str
    meta: dict[str, str] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.chunks: dict[str, list[str]] = {"article": [], "main": [], "body": []}
        self.container_depth: dict[str, int] = {"article": 0, "main": 0, "body": 0}
        self.done: set[str] = set()
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._meta_from(tag, a)
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br":
                self._emit("\n")
            return
        ident = f"{a.get('id', '')} {a.get('class', '')} {a.get('role', '')}"
        skipped = (tag in _SKIP or bool(_FURNITURE.search(ident))
                   or a.get("aria-hidden") == "true" or "hidden" in a)
        if tag == "header" and self.container_depth["article"]:
            skipped = False  # an article's own header holds its headline
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
        if tag in self.container_depth and tag not in self.done:
            self.container_depth[tag] += 1
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        # Pop to the matching open tag; tolerate unclosed inner tags.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, skipped in self.stack[i:]:
                    if skipped:
                        self.skip_depth -= 1
                    if t in self.container_depth and self.container_depth[t]:
                        self.container_depth[t] -= 1
                        if self.container_depth[t] == 0:
                            self.done.add(t)
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self._emit(data)

    def _emit(self, text: str) -> None:
        for name, depth in self.container_depth.items():
            if depth and name not in self.done:
                self.chunks[name].append(text)

    def _meta_from(self, tag: str, a: dict[str, str]) -> None:
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "").strip()
            if not content:
                return
            if key in ("og:title", "twitter:title", "dc.title", "dcterms.title"):
                self.meta.setdefault("title", content)
            elif key in ("article:published_time", "date", "dc.date", "dcterms.date",
                         "datepublished", "publish-date", "pubdate"):
                self.meta.setdefault("date", content)
            elif key in ("og:url", "dc.source"):
                self.meta.setdefault("source", content)
            elif key in ("description", "og:description"):
                self.meta.setdefault("description", content)
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta["source"] = a["href"].strip()
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("date", a["datetime"].strip())


def _tidy(chunks: list[str]) -> str:
    text = "".join(chunks)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def article_text(html: str) -> Page:
    parser = _Parser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up only on pathological markup
        pass
    meta = dict(parser.meta)
    title = " ".join("".join(parser.title).split())
    if title:
        meta.setdefault("title", title)
    for name in ("article", "main", "body"):
        text = _tidy(parser.chunks[name])
        if text:
            return Page(text=text, meta=meta)
    return Page(text="", meta=meta)
