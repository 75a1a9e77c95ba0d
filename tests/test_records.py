"""Reading records: formats, metadata, encodings and the errors for bad files."""

import codecs

import pytest

from tradegraph.errors import RecordError
from tradegraph.records import iter_record_paths, read_record


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_markdown_front_matter_gives_metadata_and_body_offsets(tmp_path):
    path = write(tmp_path, "Visit Report.md",
                 "---\ntitle: A visit\ndate: 2020-03-11\nsource: https://example.org/a\n---\nBody text here.\n")
    rec = read_record(path)
    assert (rec.id, rec.title, rec.date, rec.source) == ("visit-report", "A visit", "2020-03-11",
                                                          "https://example.org/a")
    assert rec.text.startswith("Body text here.")
    assert len(rec.sha256) == 64


def test_txt_title_and_date_from_the_text(tmp_path):
    rec = read_record(write(tmp_path, "a.txt", "Delegation visits Qingdao\n\n11 March 2020\n\nThe text."))
    assert rec.title == "Delegation visits Qingdao"
    assert rec.date == "2020-03-11"


def test_html_article_without_navigation_scripts_or_styles(tmp_path):
    page = """<html><head><title>Page title</title>
    <meta property="article:published_time" content="2021-05-04T09:00:00Z">
    <link rel="canonical" href="https://example.org/news/1"><style>p {color: red}</style></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="cookie-banner">We use cookies</div><script>var tracking = 1;</script>
    <article><h1>Mission to Osaka</h1><p>The delegation met <b>Panasonic</b>.</p></article>
    <footer>Copyright</footer></body></html>"""
    rec = read_record(write(tmp_path, "p.html", page))
    assert rec.title == "Page title"
    assert rec.date == "2021-05-04"
    assert rec.source == "https://example.org/news/1"
    assert "The delegation met Panasonic." in rec.text
    for furniture in ("Home", "cookies", "tracking", "color", "Copyright"):
        assert furniture not in rec.text


@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF8 + "Café délégation".encode("utf-8"),
    codecs.BOM_UTF16_LE + "Café délégation".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Café délégation".encode("utf-16-be"),
])
def test_utf8_and_utf16_with_bom_decode(tmp_path, encoded):
    assert read_record(write(tmp_path, "e.txt", encoded)).text == "Café délégation"


@pytest.mark.parametrize("name, data, message", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("latin.txt", "Caf\xe9".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"   \n", "empty"),
    ("bad.md", b"---\ntitle: [unclosed\n---\nBody", "malformed YAML"),
    ("open.md", b"---\ntitle: x\nBody without closing", "never closed"),
    ("date.md", b"---\ndate: 2020-02-31\n---\nBody", "not a valid date"),
    ("notes.pdf", b"%PDF", "unsupported file type"),
])
def test_bad_files_raise_one_line_record_errors(tmp_path, name, data, message):
    with pytest.raises(RecordError) as info:
        read_record(write(tmp_path, name, data))
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(RecordError, match="no such file"):
        read_record(tmp_path / "nope.txt")


def test_folder_walk_reports_unknown_types_and_symlink_loops(tmp_path):
    write(tmp_path, "a.md", "x")
    write(tmp_path, "b.docx", "x")
    write(tmp_path, "curation.yaml", "x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    found = list(iter_record_paths([tmp_path, tmp_path / "missing.txt"]))
    records = [p.name for p, problem in found if problem is None]
    problems = [problem for _, problem in found if problem]
    assert records == ["a.md"]
    assert any("not a record file type" in p for p in problems)
    assert any("symlink loop" in p for p in problems)
    assert any("no such file" in p for p in problems)
    assert not any("curation.yaml" in p for p in problems)
