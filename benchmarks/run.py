"""tradegraph's performance benchmarks, one command:

    python benchmarks/run.py --sizes 1000,10000 [--workers 2] [--rdflib-max 1000] [--json out.json]

For each size: a synthetic corpus (benchmarks/corpus.py) in a temporary folder; extraction
throughput (when ``tradegraph.extract.extract`` exists); ingest wall time and peak memory in
a child process (the writer plus its worker processes); cold-process ``tradegraph firm NAME``
(median of 5); every bundled query's time on Oxigraph as `tradegraph query` runs it (one page of
``--query-limit`` rows; a paged listing also whole, up to ``--whole-max`` records); and, up to
``--rdflib-max`` records, the same query texts on rdflib's in-memory store, as a ratio to
Oxigraph's whole run of them.

Goals (issue 6): 100k records ingested in < 15 min with 2 workers and < 4 GiB peak; cold
``firm`` < 0.3 s at 10k and < 0.5 s at 100k; every bundled query < 1 s at 100k.

Where the extractor is missing, "ingest" falls back to mapping + writing the corpus's own
extractions (marked ``store-only``), so the store side is still measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
sys.path[:0] = [str(SRC), str(HERE)]
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), str(HERE), os.environ.get("PYTHONPATH")])))

PARAM_DEFAULTS = {"literal": "{firm}", "iri": "https://w3id.org/tradegraph/id/firm/x",
                  "integer": "10", "date": "2030-01-01"}
NAMED = {"name": "{firm}", "place": "{city}", "asOf": "2030-01-01"}

INGEST_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
folder, store_path, workers, mode, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
from tradegraph.store.embedded import EmbeddedStore
started = time.perf_counter()
records = failures = 0
with EmbeddedStore(store_path) as store:
    if mode == "full":
        from tradegraph.ingest import ingest
        summary = ingest([folder], store, workers=workers)
        records, failures = summary.records, len(summary.failures)
    else:
        from corpus import generate
        from tradegraph.rdf.mapping import to_ntriples
        batch = []
        for _, extraction in generate(n):
            batch.append(to_ntriples(extraction, sha256="0" * 64, file_name=extraction.record.id + ".md"))
            records += 1
            if len(batch) >= 200:
                store.replace_graphs(batch); batch = []
        store.replace_graphs(batch)
wall = time.perf_counter() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "records": records, "failures": failures,
                  "peak_writer_mib": own / 1024, "peak_worker_mib": kids / 1024}))
"""

# One bundled query in a child process, so that a query slower than --query-timeout can be
# stopped (Oxigraph evaluates inside one call that a signal cannot interrupt).
QUERY_CHILD = r"""
import json, sys, time
store_path, name, params, limit = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
from tradegraph.queries import bundled_queries, run_query
from tradegraph.store.embedded import EmbeddedStore
with EmbeddedStore(store_path, create=False) as store:
    started = time.perf_counter()
    result = run_query(store, bundled_queries()[name], params, limit=limit or None)
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": len(result.rows)}))
"""


def have_extractor() -> bool:
    try:
        from tradegraph.extract import extract  # noqa: F401
    except ImportError:
        return False
    return True


def fmt_s(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s" if x < 120 else f"{x:.0f} s ({x / 60:.1f} min)"


def bench_size(n: int, args, out: dict) -> None:
    from corpus import firm_names, pools

    row: dict = {"records": n, "workers": args.workers}
    out[str(n)] = row
    work = Path(tempfile.mkdtemp(prefix=f"tg-bench-{n}-"))
    try:
        folder = work / "records"
        from corpus import generate

        t = time.perf_counter()
        for _ in generate(n, folder):
            pass
        row["generate_s"] = time.perf_counter() - t
        print(f"[{n}] corpus written in {fmt_s(row['generate_s'])}", flush=True)

        # Extraction throughput on a sample.
        if have_extractor():
            from tradegraph.extract import extract
            from tradegraph.records import read_record

            sample = sorted(folder.rglob("*.md"))[: min(n, args.extract_sample)]
            extract(read_record(sample[0]))  # warm-up: pipelines, gazetteer
            t = time.perf_counter()
            for path in sample:
                extract(read_record(path))
            row["extract_per_s"] = len(sample) / (time.perf_counter() - t)
            print(f"[{n}] extraction: {row['extract_per_s']:.1f} records/s (1 process)", flush=True)
        else:
            row["extract_per_s"] = None
            print(f"[{n}] extraction: n/a (tradegraph.extract.extract not available)", flush=True)

        # Ingest in a child process: wall time and peak memory of writer and workers.
        mode = "full" if have_extractor() and not args.store_only else "store-only"
        store = work / "store"
        proc = subprocess.run([sys.executable, "-c", INGEST_CHILD, str(folder), str(store),
                               str(args.workers), mode, str(n)],
                              capture_output=True, text=True, env=ENV, cwd=HERE)
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed:\n{proc.stderr[-3000:]}")
        ing = json.loads(proc.stdout.strip().splitlines()[-1])
        row.update({"ingest_mode": mode, "ingest_s": ing["wall"], "ingested": ing["records"],
                    "ingest_failures": ing["failures"], "peak_writer_mib": ing["peak_writer_mib"],
                    "peak_worker_mib": ing["peak_worker_mib"]})
        print(f"[{n}] ingest ({mode}, {args.workers} workers): {fmt_s(ing['wall'])}, "
              f"{ing['records']} records, peak writer {ing['peak_writer_mib']:.0f} MiB, "
              f"largest worker {ing['peak_worker_mib']:.0f} MiB", flush=True)

        firm = firm_names(n)[0]
        city = pools(n).cities[0][0]

        # Cold `tradegraph firm NAME`.
        times = []
        for _ in range(5):
            t = time.perf_counter()
            r = subprocess.run([sys.executable, "-m", "tradegraph", "firm", firm, "--store", str(store)],
                               capture_output=True, text=True, env=ENV)
            times.append(time.perf_counter() - t)
        row["firm_cold_s"] = statistics.median(times)
        row["firm_exit"] = r.returncode
        print(f"[{n}] cold firm {firm!r}: {fmt_s(row['firm_cold_s'])} (exit {r.returncode})", flush=True)

        # Bundled queries on Oxigraph, and on rdflib's in-memory store for small sizes.
        from tradegraph.queries import bundled_queries, run_query
        from tradegraph.store.embedded import EmbeddedStore

        queries = bundled_queries()
        row["queries"] = {}
        params = {name: {p.name: NAMED.get(p.name, PARAM_DEFAULTS[p.type]).format(firm=firm, city=city)
                         for p in q.params} for name, q in queries.items()}
        for name in sorted(queries):
            # As `tradegraph query NAME` runs it (one page of --limit rows); for a paged
            # listing also the whole of it (--limit 0), up to --whole-max records.
            runs = [("", args.query_limit)]
            if queries[name].paged_by_record and n <= args.whole_max:
                runs.append(("whole_", 0))
            entry = row["queries"][name] = {}
            for prefix, limit in runs:
                try:
                    proc = subprocess.run([sys.executable, "-c", QUERY_CHILD, str(store), name,
                                           json.dumps(params[name]), str(limit)], capture_output=True,
                                          text=True, env=ENV, timeout=args.query_timeout)
                except subprocess.TimeoutExpired:
                    entry.update({f"{prefix}oxigraph_s": None, f"{prefix}timeout_s": args.query_timeout,
                                  f"{prefix}rows": None})
                    continue
                if proc.returncode != 0:
                    raise SystemExit(f"query {name} failed:\n{proc.stderr[-3000:]}")
                done = json.loads(proc.stdout.strip().splitlines()[-1])
                entry.update({f"{prefix}oxigraph_s": done["seconds"], f"{prefix}rows": done["rows"]})
        dump = None
        if n <= args.rdflib_max:
            with EmbeddedStore(store, create=False) as es:
                dump = es.dump_nquads()
        if dump is not None:
            compare_rdflib(dump, queries, params, row, args.rdflib_timeout)
        for name, q in sorted(row["queries"].items()):
            if q["oxigraph_s"] is None:
                print(f"[{n}] query {name:32} > {q['timeout_s']:.0f} s (stopped)", flush=True)
                continue
            # rdflib runs the query text whole: set against Oxigraph's whole run of it.
            ratio = q.get("rdflib_s") and q["rdflib_s"] / max(q.get("whole_oxigraph_s") or q["oxigraph_s"], 1e-6)
            versus = (f"   rdflib {fmt_s(q['rdflib_s'])} ({ratio:.0f}x)" if ratio else
                      f"   rdflib > {q['rdflib_timeout_s']:.0f} s" if "rdflib_timeout_s" in q else
                      f"   rdflib error: {q['rdflib_error']}" if "rdflib_error" in q else "")
            whole = (f"   whole listing {fmt_s(q['whole_oxigraph_s'])}, {q['whole_rows']} rows"
                     if q.get("whole_oxigraph_s") else "")
            print(f"[{n}] query {name:32} {fmt_s(q['oxigraph_s']):>9} {q['rows']:>7} rows" + whole + versus,
                  flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def compare_rdflib(dump: str, queries, params, row, limit_s: float) -> None:
    """The same query texts (parameters bound as Oxigraph gets them) on rdflib's in-memory
    store; a query still running after ``limit_s`` is stopped and reported as such."""
    import signal

    from rdflib import Dataset

    from tradegraph.queries import query_bindings
    from tradegraph.store.base import bind_query

    def too_slow(signum, frame):
        raise TimeoutError

    ds = Dataset(default_union=True)
    t = time.perf_counter()
    ds.parse(data=dump, format="nquads")
    row["rdflib_load_s"] = time.perf_counter() - t
    previous = signal.signal(signal.SIGALRM, too_slow)
    try:
        for name, q in sorted(queries.items()):
            text = bind_query(q.text, query_bindings(q, params[name]))
            t = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, limit_s)
            try:
                list(ds.query(text))
                row["queries"][name]["rdflib_s"] = time.perf_counter() - t
            except TimeoutError:
                row["queries"][name]["rdflib_timeout_s"] = limit_s
            except Exception as exc:  # noqa: BLE001 - report, keep benchmarking
                row["queries"][name]["rdflib_error"] = f"{exc.__class__.__name__}: {exc}"[:200]
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def table(out: dict) -> str:
    """The figures as the README's Markdown table: one column per size, goals alongside."""
    sizes = list(out)
    head = "| | " + " | ".join(f"{int(n):,} records" for n in sizes) + " | goal (issue 6) |"
    lines = [head, "|---" * (len(sizes) + 2) + "|"]

    def line(label: str, cells: list[str], goal: str = "") -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {goal} |")

    rows = [out[n] for n in sizes]
    line("extraction, 1 process", [f"{r['extract_per_s']:.0f} rec/s" if r.get("extract_per_s") else "n/a"
                                   for r in rows])
    line("ingest wall time", [f"{fmt_s(r.get('ingest_s'))} ({r['ingested'] / r['ingest_s']:.0f} rec/s, "
                              f"{r.get('workers', '?')} workers)" for r in rows], "100k < 15 min, 2 workers")
    line("ingest peak memory (writer / largest worker)",
         [f"{r['peak_writer_mib']:.0f} / {r['peak_worker_mib']:.0f} MiB" for r in rows], "< 4 GiB")
    line("cold `tradegraph firm NAME` (median of 5)", [fmt_s(r.get("firm_cold_s")) for r in rows],
         "10k < 0.3 s, 100k < 0.5 s")
    names = sorted({q for r in rows for q in r.get("queries", {})})
    for name in names:
        cells = []
        for r in rows:
            q = r.get("queries", {}).get(name)
            if not q:
                cells.append("n/a")
                continue
            if q["oxigraph_s"] is None:
                cells.append(f"> {q['timeout_s']:.0f} s (stopped)")
                continue
            cell = f"{fmt_s(q['oxigraph_s'])} ({q['rows']:,} rows)"
            if q.get("whole_oxigraph_s"):
                cell += f"; whole {fmt_s(q['whole_oxigraph_s'])} ({q['whole_rows']:,})"
            if q.get("rdflib_s"):
                cell += f"; rdflib {q['rdflib_s'] / max(q.get('whole_oxigraph_s') or q['oxigraph_s'], 1e-6):.0f}x slower"
            elif q.get("rdflib_timeout_s"):
                cell += f"; rdflib > {q['rdflib_timeout_s']:.0f} s"
            elif q.get("rdflib_error"):
                cell += f"; rdflib failed ({q['rdflib_error'].split(':')[0]})"
            cells.append(cell)
        line(f"query `{name}`", cells, "< 1 s at 100k")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rdflib-max", type=int, default=1000,
                    help="compare with rdflib's in-memory store up to this many records")
    ap.add_argument("--rdflib-timeout", type=float, default=60.0,
                    help="stop an rdflib query after this many seconds (reported as '> N s')")
    ap.add_argument("--query-timeout", type=float, default=300.0,
                    help="stop an Oxigraph query after this many seconds (reported as '> N s')")
    ap.add_argument("--query-limit", type=int, default=100,
                    help="rows per page, as `tradegraph query` asks by default (0: every row)")
    ap.add_argument("--whole-max", type=int, default=10000,
                    help="also time each paged listing whole (--limit 0) up to this many records")
    ap.add_argument("--extract-sample", type=int, default=200)
    ap.add_argument("--store-only", action="store_true", help="skip extraction even if available")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpora and stores")
    ap.add_argument("--json", help="also write the figures as JSON here")
    ap.add_argument("--table", nargs="+", metavar="JSON",
                    help="only print the Markdown table of figures saved earlier with --json")
    args = ap.parse_args()
    if args.table:
        saved: dict = {}
        for path in args.table:
            saved.update(json.loads(Path(path).read_text()))
        print(table(dict(sorted(saved.items(), key=lambda kv: int(kv[0])))))
        return
    out: dict = {}
    for n in (int(s) for s in args.sizes.split(",")):
        bench_size(n, args, out)
    print()
    print(table(out))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
