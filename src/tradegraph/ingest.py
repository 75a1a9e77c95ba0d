"""Ingest: files and folders → records → extractions → one named graph per record → store.

Extraction runs in a process pool when ``workers > 1``; this process is the single writer,
writing one batch on a thread while the next is extracted.
Each record's graph is replaced in one atomic update, so an interrupted ingest leaves every
record either fully stored or untouched, and ingesting the same files twice changes nothing.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import TradegraphError
from .store.base import Store


@dataclass
class RecordOutcome:
    path: str
    record_iri: str | None = None
    ntriples: str | None = None
    entities: int = 0
    relations: int = 0
    facts: int = 0
    triples: int = 0
    error: str | None = None


@dataclass
class IngestSummary:
    records: int = 0
    entities: int = 0
    relations: int = 0
    facts: int = 0
    triples: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    def add(self, outcome: RecordOutcome) -> None:
        self.records += 1
        self.entities += outcome.entities
        self.relations += outcome.relations
        self.facts += outcome.facts
        self.triples += outcome.triples


# Records are written in batches of up to ``store.write_batch_bytes`` and this many records:
# on Oxigraph one load of many graphs costs far less than one per record, and a remote
# endpoint takes several per request. Each record still replaces its graph all-or-nothing.
_WRITE_BATCH_RECORDS = 4000
# Records in flight per worker: enough that workers keep extracting while the writer loads
# a batch (a window of 4 left them idle for most of each load).
_WINDOW_PER_WORKER = 160

_CURATIONS: dict[Path, object] = {}

# A record whose extraction runs away (an extractor bug meeting odd text) must not stall the
# whole ingest: past its budget the record is abandoned and reported as failed. Generous,
# since a legitimate record of the 20 MB allowed takes minutes.
EXTRACT_BUDGET_SECONDS = 120.0
EXTRACT_BUDGET_SECONDS_PER_MB = 30.0


class _OverBudget(Exception):
    pass


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise ``_OverBudget`` in the block after ``seconds`` of wall time (main thread only:
    elsewhere a signal cannot reach the code, and the block runs unbounded)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(signum, frame):
        raise _OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _curation_for(folder: Path):
    """The corpus folder's curation file, loaded once per process."""
    if folder not in _CURATIONS:
        from .extract.curation import load_curation

        _CURATIONS[folder] = load_curation(folder)
    return _CURATIONS[folder]


def process_file(path: str, use_curation: bool = True) -> RecordOutcome:
    """Read, extract and map one file. Runs in worker processes: returns plain strings."""
    from .extract import extract
    from .rdf.mapping import to_ntriples
    from .records import read_record

    try:
        record = read_record(path)
        curation = _curation_for(Path(path).resolve().parent) if use_curation else None
        budget = EXTRACT_BUDGET_SECONDS + EXTRACT_BUDGET_SECONDS_PER_MB * len(record.text) / 1e6
        with _time_budget(budget):
            extraction = extract(record, curation=curation)
            iri, ntriples = to_ntriples(extraction, sha256=record.sha256, file_name=Path(path).name)
        return RecordOutcome(
            path=path,
            record_iri=iri,
            ntriples=ntriples,
            entities=len(extraction.entities),
            relations=len(extraction.relations),
            facts=len(extraction.facts),
            triples=ntriples.count("\n"),
        )
    except TradegraphError as exc:
        return RecordOutcome(path=path, error=str(exc))
    except _OverBudget:
        return RecordOutcome(path=path, error=f"{path}: extraction took over {budget:.0f} s; record skipped")
    except RecursionError:
        return RecordOutcome(path=path, error=f"{path}: too deeply nested to process")
    except MemoryError:
        return RecordOutcome(path=path, error=f"{path}: too large to process in memory")
    except Exception as exc:  # noqa: BLE001 - one record's failure must not stop the others
        # An extractor bug on one odd record: report it against that record and go on.
        return RecordOutcome(path=path, error=f"{path}: extraction failed ({type(exc).__name__}: {exc})")


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the writer, which stops cleanly between records.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _outcomes(paths: list[str], workers: int, use_curation: bool) -> Iterator[RecordOutcome]:
    """Outcomes in input order. With workers, a bounded window of records is in flight, so
    memory stays flat however many records there are and however slow the writer is."""
    if workers <= 1 or len(paths) <= 1:
        for p in paths:
            yield process_file(p, use_curation)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    window: deque = deque()
    pending = iter(paths)
    try:
        for p in pending:
            window.append(pool.submit(process_file, p, use_curation))
            if len(window) >= workers * _WINDOW_PER_WORKER:
                break
        while window:
            outcome = window.popleft().result()
            nxt = next(pending, None)
            if nxt is not None:
                window.append(pool.submit(process_file, nxt, use_curation))
            yield outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _deferred_interrupt() -> Iterator[list[bool]]:
    """Ctrl-C sets a flag that the record loop checks between records, so that an interrupt
    never lands between writing a record and counting it."""
    flag: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: flag.append(True))
    try:
        yield flag
    finally:
        signal.signal(signal.SIGINT, previous)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 1,
    use_curation: bool = True,
    on_start: Callable[[int], None] | None = None,
    on_record: Callable[[RecordOutcome], None] | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Ingest files and folders into ``store``; failures are collected, never raised.

    ``on_start`` gets the number of record files found, ``on_record`` each outcome (progress).
    Pass ``summary`` to keep the count of what was stored even if the caller is interrupted.
    """
    from .records import iter_record_paths

    started = time.perf_counter()
    summary = summary if summary is not None else IngestSummary()
    files: list[str] = []
    for path, problem in iter_record_paths(list(paths)):
        if problem:
            summary.failures.append((str(path), problem))
        else:
            files.append(str(path))
    if on_start:
        on_start(len(files))
    batch: list[RecordOutcome] = []
    size = 0
    batch_bytes = store.write_batch_bytes
    # At most a quarter of the files per batch: progress moves, and Ctrl-C keeps most of a
    # small ingest's work (an interrupt takes effect between batches' records, not inside one).
    batch_records = max(25, min(_WRITE_BATCH_RECORDS, len(files) // 4))
    # One batch is written on a thread while the next is extracted: Oxigraph's bulk loader
    # and HTTP requests release the GIL, so the workers are not left idle during a write.
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tradegraph-writer")
    writing: tuple[Future, list[RecordOutcome]] | None = None

    def settle() -> None:
        """Wait for the batch being written; count its records (an error is raised here)."""
        nonlocal writing
        if writing is None:
            return
        future, written = writing
        writing = None
        future.result()
        # Counted only once written: an error or Ctrl-C never reports a record stored that isn't.
        for done in written:
            summary.add(done)
            if on_record:
                on_record(done)

    def flush() -> None:
        nonlocal batch, size, writing
        settle()
        if batch:
            graphs = [(o.record_iri, o.ntriples) for o in batch]
            writing = (writer.submit(store.replace_graphs, graphs), batch)
        batch, size = [], 0

    try:
        with _deferred_interrupt() as interrupted:
            for outcome in _outcomes(files, workers, use_curation):
                if outcome.error:
                    summary.failures.append((outcome.path, outcome.error))
                    if on_record:
                        on_record(outcome)
                else:
                    batch.append(outcome)
                    size += len(outcome.ntriples)
                    if size >= batch_bytes or len(batch) >= batch_records:
                        flush()
                if interrupted:
                    summary.interrupted = True
                    break
            flush()
            settle()
    finally:
        writer.shutdown(wait=True)
    summary.seconds = time.perf_counter() - started
    return summary
