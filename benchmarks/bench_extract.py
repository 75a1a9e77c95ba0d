"""Extraction throughput on synthetic 500-word mission records.

    python benchmarks/bench_extract.py [--records N] [--repeat K] [--profile]

Reports records/s and words/s on one core (the gazetteer is loaded before timing starts),
by wall clock and by the process's CPU time; the CPU figure is the steadier one on a shared
machine. With ``--repeat K`` the records are extracted K times and the best pass counts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from tradegraph.extract import extract  # noqa: E402
from tradegraph.extract.gazetteer import load  # noqa: E402
from tradegraph.records import record_from_text  # noqa: E402

PARTIES = ["Leeds City Region", "Greater Manchester", "Wales", "Sheffield City Council", "Bavaria"]
PLACES = ["Qingdao", "Tokyo", "Mumbai", "Pittsburgh", "Düsseldorf", "São Paulo", "Nairobi"]
FIRMS = ["Northwind Robotics Ltd", "Acme Widgets plc", "Blue Harbour Foods", "Kestrel Systems GmbH",
         "Orion Pharma AG", "Greystone Logistics Inc"]
PEOPLE = ["Jane Doe", "Li Wei", "Amara Okafor", "Pedro Alves", "Hannah Schmidt"]
SECTORS = ["offshore wind", "life sciences", "smart cities", "advanced manufacturing", "fintech"]
TEMPLATES = [
    "In {month} 2019 a delegation from {party} travelled to {place} to meet investors.",
    "{firm}, a {sector} company headquartered in {place}, employs over {n},000 people worldwide.",
    "The delegation held talks with {firm} and visited the {place} Innovation Forum.",
    "{person}, chief executive of {firm}, said the visit opened new markets in {sector}.",
    "Turnover at {firm} rose from £{n}.5m in 2012 to well over £{n}0m in 2019, growth of {n}%.",
    "{party} signed a memorandum of understanding with {place} on {sector} and {sector2}.",
    "The {place} Chamber of Commerce hosted a dinner for the visitors at the University of {place}.",
    "After buying {firm2}, {firm} now runs seven brands and plans further expansion in Europe.",
    "The group's UK headquarters is in Leeds, and its {sector} team works with local universities.",
    "Officials discussed opportunities for collaboration with {firm} on {sector} projects.",
]


def synthetic_record(rng: random.Random, words: int = 500) -> str:
    paragraphs, count, sentences = [], 0, []
    while count < words:
        t = rng.choice(TEMPLATES)
        s = t.format(month=rng.choice(["May", "June", "December"]), party=rng.choice(PARTIES),
                     place=rng.choice(PLACES), firm=rng.choice(FIRMS), firm2=rng.choice(FIRMS),
                     person=rng.choice(PEOPLE), sector=rng.choice(SECTORS),
                     sector2=rng.choice(SECTORS), n=rng.randint(1, 9))
        sentences.append(s)
        count += len(s.split())
        if len(sentences) == 4:
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the records; the best counts")
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary")
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [synthetic_record(rng) for _ in range(args.records)]
    records = [record_from_text(t, f"r{i}") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    load()
    extract(records[0])  # warm caches and compiled patterns
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
    passes = []
    for _ in range(max(1, args.repeat)):
        start, cpu = time.perf_counter(), time.process_time()
        for rec in records:
            extract(rec)
        passes.append((time.perf_counter() - start, time.process_time() - cpu))
    elapsed, cpu = min(p[0] for p in passes), min(p[1] for p in passes)
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    print(f"{len(records)} records, {words} words in {elapsed:.2f} s: "
          f"{len(records) / elapsed:.0f} records/s, {words / elapsed:.0f} words/s "
          f"(CPU {cpu:.2f} s: {len(records) / cpu:.0f} records/s, {words / cpu:.0f} words/s)")


if __name__ == "__main__":
    main()
