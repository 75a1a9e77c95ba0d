"""Reading record files (.txt, Markdown with front matter, saved .html pages) into ``Record``.

A record's ``text`` is what extraction reads and what every evidence offset points into:
for Markdown the body without front matter, for HTML the article's text without navigation,
scripts or styles.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import RecordError
from .model import RecordRef, slugify

RECORD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Above this a file is refused rather than slurped: real records are a few pages long.
MAX_RECORD_BYTES = 20 * 1024 * 1024


@dataclass
class Record:
    id: str
    path: str
    text: str
    sha256: str
    format: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def ref(self) -> RecordRef:
        return RecordRef(id=self.id, title=self.title, date=self.date, source=self.source)


def record_from_text(text: str, record_id: str = "text", *, title: str | None = None,
                     date: str | None = None, source: str | None = None) -> Record:
    """A record from a string (tests, the Python API), as if read from a .txt file."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    rec = Record(id=record_id, path="", text=text, sha256=digest, format="txt",
                 title=title, date=date, source=source)
    _fill_from_text(rec)
    return rec


def read_record(path: str | Path) -> Record:
    """Read one record file; raise ``RecordError`` with a one-line reason if it cannot be used."""
    path = Path(path)
    if not path.exists():
        raise RecordError(f"{path}: no such file")
    if path.is_dir():
        raise RecordError(f"{path}: is a directory, not a record file")
    suffix = path.suffix.lower()
    if suffix not in RECORD_SUFFIXES:
        raise RecordError(f"{path}: unsupported file type {suffix or '(none)'}; "
                          f"expected one of {', '.join(RECORD_SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            raise RecordError(f"{path}: {size // (1024 * 1024)} MB is larger than the "
                              f"{MAX_RECORD_BYTES // (1024 * 1024)} MB a record may be")
        raw = path.read_bytes()
    except PermissionError:
        raise RecordError(f"{path}: permission denied") from None
    except OSError as exc:
        raise RecordError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = decode(raw, path)
    if not text.strip():
        raise RecordError(f"{path}: empty record")
    record_id = slugify(path.stem)
    rec = Record(id=record_id, path=str(path), text=text,
                 sha256=hashlib.sha256(raw).hexdigest(), format=suffix.lstrip("."))
    if suffix in (".md", ".markdown"):
        _parse_markdown(rec, path)
    elif suffix in (".html", ".htm"):
        from .html_text import article_text  # html.parser only when a page is read

        page = article_text(text)
        rec.text, rec.meta = page.text, page.meta
        rec.title = page.meta.get("title")
        rec.date = _iso_date(page.meta.get("date"))
        rec.source = page.meta.get("source")
        if not rec.text.strip():
            raise RecordError(f"{path}: the page has no article text")
    _fill_from_text(rec)
    return rec


def iter_record_paths(paths: list[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Expand files and folders into record files, in a stable order.

    Yields ``(path, problem)``: ``problem`` is None for a record to read, or a one-line reason
    for something that was skipped (unknown file type, symlink loop, unreadable folder).
    """
    seen: set[Path] = set()
    for given in paths:
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            yield p, f"{p}: no such file or directory"
        elif p.is_dir():
            yield from _walk(p, seen)
        else:
            yield p, None


def _walk(folder: Path, seen: set[Path]) -> Iterator[tuple[Path, str | None]]:
    try:
        real = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        yield folder, f"{folder}: broken link or symlink loop"
        return
    if real in seen:
        yield folder, f"{folder}: already visited (symlink loop)"
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir())
    except PermissionError:
        yield folder, f"{folder}: permission denied"
        return
    for child in children:
        if child.name.startswith("."):
            continue
        try:
            is_dir = child.is_dir()
        except OSError:
            yield child, f"{child}: broken link or symlink loop"
            continue
        if is_dir:
            yield from _walk(child, seen)
        elif child.suffix.lower() in RECORD_SUFFIXES:
            yield child, None
        elif child.suffix.lower() not in _QUIET_SUFFIXES and child.name not in _QUIET_NAMES:
            yield child, f"{child}: skipped, not a record file type"


# Files that live in a corpus folder on purpose and are not records.
_QUIET_SUFFIXES = (".json", ".yaml", ".yml")
_QUIET_NAMES = ("README", "LICENSE")


def decode(raw: bytes, path: Path | str = "<bytes>") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is a clear error."""
    if raw.startswith(codecs.BOM_UTF8):
        encoding, raw = "utf-8", raw[len(codecs.BOM_UTF8):]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in raw[:8192]:
            raise RecordError(f"{path}: binary file (NUL bytes), not a text record")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not valid {encoding.upper()} text "
                          f"(byte {exc.start}); save it as UTF-8") from None
    if "\x00" in text:
        raise RecordError(f"{path}: binary file (NUL characters), not a text record")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _parse_markdown(rec: Record, path: Path) -> None:
    m = _FRONT_MATTER.match(rec.text)
    if not m:
        if rec.text.startswith("---\n"):
            raise RecordError(f"{path}: front matter opened with '---' is never closed")
        return
    import yaml  # only Markdown records need it

    # libyaml's loader where PyYAML was built with it: the same safe subset, 10x faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        meta = yaml.load(m.group(1), Loader=loader) or {}  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise RecordError(f"{path}: malformed YAML front matter{where}") from None
    except ValueError as exc:  # PyYAML builds dates eagerly: 2020-02-31 fails here
        raise RecordError(f"{path}: front matter holds a value that is not a valid date ({exc})") from None
    if not isinstance(meta, dict):
        raise RecordError(f"{path}: front matter must be a mapping of keys to values")
    body = rec.text[m.end():]
    # Offsets are kept relative to the body, which is the record text from here on.
    rec.text = body
    rec.meta = {str(k): str(v) for k, v in meta.items() if v is not None}
    rec.title = _clean(meta.get("title"))
    rec.source = _clean(meta.get("source") or meta.get("url"))
    raw_date = meta.get("date")
    if raw_date is not None:
        rec.date = _iso_date(raw_date)
        if rec.date is None:
            raise RecordError(f"{path}: front matter date {raw_date!r} is not a valid date")


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_MONTHS |= {name[:3]: number for name, number in _MONTHS.items()} | {"sept": 9}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})\b")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _iso_date(value: object) -> str | None:
    """An ISO date from a YAML date, an ISO string, or '11 March 2020' / 'March 11, 2020'."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _find_date(str(value))


def _find_date(text: str) -> str | None:
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups()))
            month = parts["m"]
            month_no = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if not month_no:
                continue
            try:
                return dt.date(int(parts["y"]), month_no, int(parts["d"])).isoformat()
            except ValueError:
                continue
    return None


def _fill_from_text(rec: Record) -> None:
    """Title and date from the text itself when metadata did not give them."""
    if rec.title is None:
        for line in rec.text.splitlines():
            line = line.strip().lstrip("#").strip()
            if line:
                rec.title = line[:300]
                break
    if rec.date is None:
        rec.date = _find_date(rec.text[:2000])
