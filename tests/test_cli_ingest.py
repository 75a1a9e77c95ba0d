"""``tradegraph ingest``: the example corpus, idempotence, partial failures, exit codes."""

from pathlib import Path

from click.testing import CliRunner

from tradegraph.cli.main import cli
from tradegraph.store.embedded import EmbeddedStore

RECORDS = Path(__file__).resolve().parent.parent / "graph" / "records"


def ingest(*args):
    # click >= 8.2 keeps stderr in result.output as well as in result.stderr
    return CliRunner().invoke(cli, ["ingest", *args])


def dump(path) -> str:
    with EmbeddedStore(path) as store:
        return "\n".join(sorted(store.dump_nquads().splitlines()))


def test_ingesting_the_same_folder_twice_changes_nothing(tmp_path):
    store = str(tmp_path / "store")
    first = ingest(str(RECORDS), "--store", store)
    assert first.exit_code == 0, first.output
    assert "records" in first.output
    before = dump(store)
    second = ingest(str(RECORDS), "--store", store)
    assert second.exit_code == 0, second.output
    assert dump(store) == before


def test_some_bad_records_exit_1_and_the_rest_are_stored(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Acme Ltd opened an office in Leeds.\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\xfa not text \x00\x01")
    store = str(tmp_path / "store")
    result = ingest(str(corpus), "--store", store)
    assert result.exit_code == 1, result.output
    assert "bad.txt" in result.output
    assert "Traceback" not in result.output
    with EmbeddedStore(store) as s:
        titles = [r[0].value for r in s.query(
            "SELECT ?t WHERE { ?r a <https://w3id.org/tradegraph/ns#Record> ; <http://purl.org/dc/terms/title> ?t }").rows]
    assert titles == ["Acme Ltd opened an office in Leeds."]


def test_nothing_to_ingest_is_bad_input(tmp_path):
    (tmp_path / "empty").mkdir()
    result = ingest(str(tmp_path / "empty"), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    assert "no record files" in result.output
    result = ingest(str(tmp_path / "missing.txt"), "--store", str(tmp_path / "store"))
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_parallel_workers_give_the_same_store(tmp_path):
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    assert ingest(str(RECORDS), "--store", one).exit_code == 0
    assert ingest(str(RECORDS), "--store", two, "--workers", "2").exit_code == 0
    assert dump(one) == dump(two)
