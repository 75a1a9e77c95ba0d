#!/usr/bin/env bash
# Set up a fresh machine: a virtualenv in .venv with tradegraph installed (editable).
# With --test, also the test extras and the Debian packages the integration tests drive
# (Chromium for the page tests, Virtuoso for the remote-store tests).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--test" ]]; then
  if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) == 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
    # Virtuoso is optional: its tests skip (or, in CI, fail) without it.
    apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin curl >/dev/null 2>&1 \
      || echo "setup: virtuoso-opensource-7-bin not installable here; remote-store tests will skip" >&2
  fi
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [[ "${1:-}" == "--test" ]]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
