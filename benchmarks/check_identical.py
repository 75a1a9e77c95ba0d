"""Guard for speed work: extraction output must stay byte-identical.

    python benchmarks/check_identical.py --save     # before a change: write the baseline
    python benchmarks/check_identical.py            # after it: compare (exit 1 on any difference)

The inputs, all deterministic:

* every record in ``graph/records/`` (with and without the corpus curation, as ``tradegraph
  extract FILE --format json`` prints it) and the seed record, if ``/work/shared/seeds`` exists;
* the 300 synthetic records ``bench_extract.py`` times, and 150 more of other seeds and lengths;
* 300 Markdown records from ``corpus.py``'s generator, read through ``read_record``;
* 200 records remixed from the example corpus's sentences (real prose in new company);
* 150 perturbed records: example sentences with case flips, accents, non-breaking spaces, and
  the four characters that ``re.IGNORECASE`` matches to ASCII letters (İ ı ſ K), so that any
  shortcut test which is not exactly as permissive as the regex it guards shows up here;
* 100 random-text records (the property tests' kind of input) and every string literal of
  ``tests/test_extract*.py`` longer than 30 characters;
* the two stress records of ``tests/test_hardening.py`` (a 5 MB line, 10,000 firms), kept
  as a hash of their output;
* the output of ``tradegraph eval --verbose``.

``--src DIR`` runs another source tree (e.g. the branch point's, to write a baseline from
the code before the change); its checkout's ``graph/`` serves ``eval``, the inputs are this
checkout's.

The baseline goes to ``benchmarks/out/`` (not in git). ``PYTHONHASHSEED`` is pinned, so that
a difference means the code changed, not the hash seed.
"""

from __future__ import annotations

import argparse
import ast
import atexit
import gzip
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Pin the hash seed (re-running this script under it), so that a difference means the code
# changed, not set iteration order. ``TG_HASH_SEED=1`` checks that order does not matter.
HASH_SEED = os.environ.get("TG_HASH_SEED", "0")
if os.environ.get("PYTHONHASHSEED") != HASH_SEED:
    os.environ["PYTHONHASHSEED"] = HASH_SEED
    os.execv(sys.executable, [sys.executable, *sys.argv])
_SRC = Path(sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv else ROOT / "src").resolve()
sys.path[:0] = [str(_SRC), str(HERE)]

# tradegraph first: bench_extract puts this checkout's src/ in front when it is imported
import tradegraph  # noqa: E402
from tradegraph.extract import extract  # noqa: E402
from tradegraph.extract.curation import load_curation  # noqa: E402
from tradegraph.records import read_record, record_from_text  # noqa: E402

from bench_extract import synthetic_record  # noqa: E402

if not Path(tradegraph.__file__).resolve().is_relative_to(_SRC):
    raise SystemExit(f"tradegraph came from {tradegraph.__file__}, not from {_SRC}")

RECORDS = ROOT / "graph" / "records"
SEEDS = Path("/work/shared/seeds")
DEFAULT_BASELINE = HERE / "out" / "identical-baseline.json.gz"
CONFUSABLES = "İıſK"  # re.I matches these to i, i, s, k


def _example_texts() -> list[str]:
    texts = []
    for path in sorted(RECORDS.iterdir()):
        try:
            texts.append(read_record(path).text)
        except Exception:  # noqa: BLE001 - curation.yaml and the like
            continue
    return texts


def _sentences(texts: list[str]) -> list[str]:
    from tradegraph.extract.text import split_sentences

    return [s.text for t in texts for s in split_sentences(t)]


def _remix(rng: random.Random, sentences: list[str]) -> str:
    paragraphs = [" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 6)))
                  for _ in range(rng.randint(1, 8))]
    return "\n\n".join(paragraphs)


def _perturb(rng: random.Random, text: str) -> str:
    out = []
    for ch in text:
        r = rng.random()
        if r < 0.02 and ch.isalpha():
            ch = ch.swapcase()
        elif r < 0.03 and ch in "iIsSkK":
            ch = {"i": "ı", "I": "İ", "s": "ſ", "S": "ſ", "k": "K", "K": "K"}[ch]
        elif r < 0.035 and ch == " ":
            ch = rng.choice(["\u00a0", "  ", "\n", " - "])
        elif r < 0.04 and ch in "aeou":
            ch = {"a": "á", "e": "é", "o": "ö", "u": "ü"}[ch]
        elif r < 0.042 and ch == "'":
            ch = "’"
        out.append(ch)
    return "".join(out)


def _random_text(rng: random.Random, words: list[str]) -> str:
    pool = words + list(CONFUSABLES) + [",", ".", "(", ")", "\n\n", "’s", "-", "£", "%", "\u00a0"]
    n = rng.randint(0, 120)
    if rng.random() < 0.3:  # raw characters, the property test's kind of text
        return "".join(chr(rng.choice([rng.randint(32, 126), rng.randint(0xA0, 0x24F),
                                       rng.randint(0x370, 0x3FF), rng.randint(0x4E00, 0x4E80)]))
                       for _ in range(n * 3))
    return " ".join(rng.choice(pool) for _ in range(n))


def _test_literals() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests").glob("test_extract*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30:
                out.append(node.value)
    return out


def cases():
    """(name, callable returning the JSON text) for every input."""
    cur = load_curation(RECORDS)
    files = [p for p in sorted(RECORDS.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    if SEEDS.is_dir():
        files += sorted(SEEDS.glob("*.txt"))
    for path in files:
        yield f"record/{path.name}", lambda p=path: extract(read_record(p), curation=cur).to_json()
        yield f"record-nocur/{path.name}", lambda p=path: extract(read_record(p)).to_json()

    rng = random.Random(7)  # exactly bench_extract.py's records
    for i in range(300):
        text = synthetic_record(rng)
        yield f"bench/{i}", lambda t=text, i=i: extract(record_from_text(t, f"r{i}")).to_json()
    for i in range(150):
        rng = random.Random(1000 + i)
        text = synthetic_record(rng, words=rng.choice([20, 80, 200, 500, 900]))
        yield f"bench-var/{i}", lambda t=text, i=i: extract(record_from_text(t, f"v{i}")).to_json()

    from corpus import generate

    folder = Path(tempfile.mkdtemp(prefix="tg-identical-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for path, _ in generate(300, folder):
        yield f"corpus/{path.name}", lambda p=path: extract(read_record(p)).to_json()

    examples = _example_texts()
    sentences = _sentences(examples)
    words = sorted({w for s in sentences for w in s.split()})
    rng = random.Random(11)
    for i in range(200):
        text = _remix(rng, sentences)
        yield f"remix/{i}", lambda t=text: extract(record_from_text(t, "remix")).to_json()
    rng = random.Random(13)
    for i in range(150):
        base = examples[i % len(examples)] if i < len(examples) else _remix(rng, sentences)
        text = _perturb(rng, base)
        yield f"perturbed/{i}", lambda t=text: extract(record_from_text(t, "perturbed")).to_json()
    rng = random.Random(17)
    for i in range(100):
        text = _random_text(rng, words)
        yield f"random/{i}", lambda t=text: extract(record_from_text(t, "random")).to_json()
    for i, text in enumerate(_test_literals()):
        yield f"test-literal/{i}", lambda t=text: extract(record_from_text(t, "lit")).to_json()

    def digest(text: str) -> str:
        import hashlib

        out = extract(record_from_text(text, "stress")).to_json()
        return f"sha256 {hashlib.sha256(out.encode()).hexdigest()} ({len(out)} characters)"

    line = ("Acme Ltd met Beta plc in Leeds and signed an agreement with Gamma GmbH; " * 70_000)[:5_000_000]
    yield "stress/5mb-line", lambda: digest(line)
    names = [f"Firm{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}{chr(65 + (i // 676) % 26)} Ltd" for i in range(10_000)]
    yield "stress/10k-firms", lambda: digest("The delegation met " + ", ".join(names) + ".\n")

    def eval_output() -> str:
        from click.testing import CliRunner

        from tradegraph.cli.main import cli

        result = CliRunner().invoke(cli, ["eval", "--verbose"])
        return f"exit {result.exit_code}\n{result.output}"

    yield "eval --verbose", eval_output


def run_all() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, fn in cases():
        try:
            out[name] = fn()
        except Exception as exc:  # noqa: BLE001 - an exception is output too
            out[name] = f"EXCEPTION {exc.__class__.__name__}: {exc}"
    return out


def _first_difference(a: str, b: str) -> str:
    import difflib

    diff = difflib.unified_diff(a.splitlines(), b.splitlines(), "baseline", "now", n=2, lineterm="")
    return "\n".join(list(diff)[:40])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", action="store_true", help="write the baseline instead of comparing")
    ap.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    ap.add_argument("--show", type=int, default=3, help="differences to print in full")
    ap.add_argument("--src", help="source tree to run (default: this checkout's src/)")
    args = ap.parse_args()
    started = time.process_time()
    now = run_all()
    cpu = time.process_time() - started
    if args.save:
        args.baseline.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.baseline, "wt", encoding="utf-8") as f:
            json.dump(now, f, ensure_ascii=False)
        print(f"baseline: {len(now)} outputs written to {args.baseline} ({cpu:.1f} s CPU)")
        return
    with gzip.open(args.baseline, "rt", encoding="utf-8") as f:
        base = json.load(f)
    missing = sorted(set(base) ^ set(now))
    differ = [k for k in base if k in now and base[k] != now[k]]
    for k in differ[: args.show]:
        print(f"--- {k}\n{_first_difference(base[k], now[k])}\n")
    if missing or differ:
        print(f"DIFFERENT: {len(differ)} of {len(base)} outputs differ"
              + (f"; {len(missing)} inputs only on one side: {missing[:5]}" if missing else "")
              + f" (first: {', '.join(differ[:10])})")
        raise SystemExit(1)
    print(f"identical: {len(now)} outputs match the baseline ({cpu:.1f} s CPU)")


if __name__ == "__main__":
    main()
