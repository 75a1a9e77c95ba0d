"""Bad input, crashes mid-ingest, concurrent use: nothing lost, nothing half-written.

The cases here are the README's bad-input table, checked through the CLI.
"""

from __future__ import annotations

import codecs
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tradegraph.cli.main import cli
from tradegraph.ingest import process_file
from tradegraph.store.embedded import EmbeddedStore

GOOD = "Acme Robotics Ltd, a Leeds-based robotics manufacturer, opened an office in Osaka.\n"


def ingest(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args])


def stored_titles(store: str) -> list[str]:
    with EmbeddedStore(store) as s:
        rows = s.query("SELECT ?t WHERE { ?r a <https://w3id.org/tradegraph/ns#Record> ; "
                       "<http://purl.org/dc/terms/title> ?t } ORDER BY ?t").rows
    return [r[0].value for r in rows]


# (file name, content, what the one-line message says)
BAD_RECORDS = [
    ("empty.txt", b"", "empty record"),
    ("binary.txt", bytes(range(256)) * 4, "binary file"),
    ("invalid-utf8.txt", b"Caf\xe9 in Li\xe8ge", "not valid UTF-8"),
    ("utf16-no-bom.txt", "Acme opened an office.".encode("utf-16-le"), "binary file"),
    ("bad-yaml.md", b"---\ntitle: [oops\n---\nText", "malformed YAML front matter"),
    ("impossible-date.md", b"---\ntitle: T\ndate: 2021-13-45\n---\nText", "not a valid date"),
    ("only-scripts.html", b"<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>",
     "no article text"),
    ("notes.docx", b"PK\x03\x04", "not a record file type"),
]


@pytest.mark.parametrize("name, content, message", BAD_RECORDS, ids=[c[0] for c in BAD_RECORDS])
def test_each_bad_record_is_reported_and_the_rest_ingested(tmp_path, name, content, message):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / name).write_bytes(content)
    store = str(tmp_path / "store")
    result = ingest(str(corpus), "--store", store)
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert stored_titles(store) == [GOOD.strip()]


def test_utf16_with_bom_is_read(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(corpus / "huge.txt", "wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(50 * 1024 * 1024)
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "larger than the 20 MB a record may be" in result.output


def test_one_five_megabyte_line(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    line = ("Acme Ltd met Beta plc in Leeds and signed an agreement with Gamma GmbH; " * 70_000)[:5_000_000]
    (corpus / "line.txt").write_text(line, encoding="utf-8")
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output[-2000:]


def test_a_record_naming_ten_thousand_entities(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    names = [f"Firm{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}{chr(65 + (i // 676) % 26)} Ltd" for i in range(10_000)]
    text = "The delegation met " + ", ".join(names) + ".\n"
    (corpus / "many.txt").write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output[-2000:]
    assert time.perf_counter() - started < 120


def test_a_record_whose_extraction_runs_away_is_reported_and_the_rest_ingested(tmp_path, monkeypatch):
    import tradegraph.extract
    import tradegraph.ingest

    real = tradegraph.extract.extract

    def runs_away_on_the_trap(record, **kw):
        while "trap" in record.text:
            pass
        return real(record, **kw)

    monkeypatch.setattr(tradegraph.extract, "extract", runs_away_on_the_trap)
    monkeypatch.setattr(tradegraph.ingest, "EXTRACT_BUDGET_SECONDS", 1.0)
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "trap.txt").write_text("A trap for the extractor.\n", encoding="utf-8")
    result = ingest(str(corpus), "--store", str(tmp_path / "s"), "--workers", "1")
    assert result.exit_code == 1, result.output
    assert "trap.txt: extraction took over 1 s; record skipped" in result.output
    assert "Traceback" not in result.output
    assert len(stored_titles(str(tmp_path / "s"))) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = corpus / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1 and "permission denied" in result.output


def test_symlink_loop_is_reported_once(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "loop").symlink_to(corpus)
    result = ingest(str(corpus), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "symlink loop" in result.output


# --- crashes and signals ---------------------------------------------------------------

def make_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:04d}.md").write_text(textwrap.dedent(f"""\
            ---
            title: Visit {i}
            date: 2020-01-{1 + i % 28:02d}
            ---
            A delegation from Leeds City Region visited Firm{i} Ltd in Qingdao on day {i}.
            Firm{i} Ltd, a robotics manufacturer, is headquartered in Shenzhen and employs over {100 + i} people.
            The delegation met Jane Doe{i}, chief executive of Firm{i} Ltd, and discussed smart cities.
            """), encoding="utf-8")


def start_ingest(corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tradegraph", "ingest", str(corpus),
                             "--store", str(store), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_writing(store: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        # RocksDB's write-ahead logs (*.log, not the LOG text file) grow with each transaction;
        # the first sizeable one is the journal listing a bulk load's graphs, just before it.
        if store.exists() and sum(f.stat().st_size for f in store.glob("*.log")) > 5_000:
            return
        time.sleep(0.02)


def graphs(store: Path) -> dict[str, set[str]]:
    with EmbeddedStore(store) as s:
        out: dict[str, set[str]] = {}
        for line in s.dump_nquads().splitlines():
            graph = line.rsplit(" ", 2)[-2]
            out.setdefault(graph, set()).add(line)
    return out


@pytest.mark.slow
def test_sigkill_mid_ingest_leaves_whole_records_and_a_rerun_matches_a_clean_run(tmp_path):
    corpus, store, clean = tmp_path / "corpus", tmp_path / "store", tmp_path / "clean"
    make_corpus(corpus, 300)
    proc = start_ingest(corpus, store)
    wait_until_writing(store, proc)  # then killed in the middle of the bulk load
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    partial = graphs(store)  # the store opens after a crash
    expected = {}
    for path in sorted(corpus.iterdir()):
        outcome = process_file(str(path))
        expected[f"<{outcome.record_iri}>"] = outcome.triples
    for graph, quads in partial.items():
        assert len(quads) == expected[graph], f"{graph} is half-written"
    if proc.returncode == -signal.SIGKILL:
        assert len(partial) < len(expected), "the ingest finished before it could be killed"

    for target in (store, clean):
        rerun = start_ingest(corpus, target)
        _, err = rerun.communicate(timeout=300)
        assert rerun.returncode == 0, err
    assert graphs(store) == graphs(clean)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_says_how_many_were_stored(tmp_path):
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    make_corpus(corpus, 300)
    proc = start_ingest(corpus, store, "--workers", "2")
    wait_until_writing(store, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the ingest finished before the interrupt arrived")
    assert proc.returncode == 130, err
    assert "Interrupted:" in err and "records were stored completely" in err
    assert "Traceback" not in err
    stored = int(err.split("Interrupted: ")[1].split()[0])
    assert len(graphs(store)) == stored


# --- concurrent use ----------------------------------------------------------------------

HOLD = "import sys, time; from tradegraph.store.embedded import EmbeddedStore; " \
       "s = EmbeddedStore(sys.argv[1]); print('ready', flush=True); time.sleep(60)"


def test_a_second_writer_or_reader_is_told_the_store_is_in_use(tmp_path):
    store = tmp_path / "store"
    EmbeddedStore(store).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        (tmp_path / "r.txt").write_text(GOOD, encoding="utf-8")
        for args in (["ingest", str(tmp_path / "r.txt")], ["firm", "Acme"], ["query", "meetings"]):
            result = CliRunner().invoke(cli, [*args, "--store", str(store)])
            assert result.exit_code == 2, result.output
            assert "in use by another process" in result.output
            assert "Traceback" not in result.output
    finally:
        holder.kill()
        holder.wait()


# --- injection ---------------------------------------------------------------------------

HOSTILE = ['Hisense" } ; DROP ALL ; #', "}\nINSERT DATA { <urn:x> <urn:y> <urn:z> }",
           "<script>alert(1)</script>", "' OR 1=1 --", "SELECT * WHERE { ?s ?p ?o }"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_terms_not_query_text(tiny_store_path, name):
    with EmbeddedStore(tiny_store_path) as s:
        before = s.dump_nquads()
    for args in (["firm", name], ["query", "records-mentioning", "--param", f"name={name}"]):
        result = CliRunner().invoke(cli, [*args, "--store", tiny_store_path])
        assert result.exit_code in (0, 2), result.output
        assert "Traceback" not in result.output
    with EmbeddedStore(tiny_store_path) as s:
        assert s.dump_nquads() == before
