"""Refresh the README's command outputs (like cog): every block that follows a
``<!-- run: tradegraph ... -->`` marker is replaced by that command's real output.

    python scripts/readme.py          # rewrite README.md in place
    python scripts/readme.py --check  # exit 1 if any block is stale (used by the docs test)

Commands run from the repository root against the store that ``scripts/demo.sh`` builds
(``tradegraph-store``); timings in outputs are masked so that the check is stable.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```[a-z]*\n)(?P<out>.*?)(```)", re.S)
_VOLATILE = re.compile(r"\b\d+\.\d\ds\b|│\s+\d+\.\d\d\s+│")


def run(cmd: str) -> str:
    store = os.environ.get("TRADEGRAPH_README_STORE")
    if store:  # the docs test checks against its own store, shown under the README's name
        cmd = cmd.replace("--store tradegraph-store", f"--store {shlex.quote(store)}")
    # A shell, so that a block may show `... | head -n 20`; `tradegraph` is this Python's.
    bin_dir = str(Path(sys.executable).parent)
    proc = subprocess.run(cmd, shell=True, cwd=ROOT, capture_output=True, text=True,
                          env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb",
                               "PATH": f"{bin_dir}:/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src"),
                               "HOME": str(ROOT)})
    out = proc.stdout + proc.stderr
    if proc.returncode:
        out += f"(exit code {proc.returncode})\n"
    if store:
        out = out.replace(store, "tradegraph-store")
    return out


def _stable(output: str) -> str:
    # Timings change run to run, and a table title centred on a longer store path pads
    # differently: compare without either.
    return " ".join(_VOLATILE.sub("", output).split())


def refresh(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run(m.group("cmd")) + m.group(4), text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    fresh = refresh(text)
    if "--check" in sys.argv:
        stale = [m.group("cmd") for m, f in zip(BLOCK.finditer(text), BLOCK.finditer(fresh))
                 if _stable(m.group("out")) != _stable(f.group("out"))]
        for cmd in stale:
            print(f"stale README output: {cmd}")
        return 1 if stale else 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
