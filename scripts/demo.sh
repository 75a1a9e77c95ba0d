#!/usr/bin/env bash
# The main job (README): build the example graph from graph/records and show it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
tradegraph ingest graph/records --store tradegraph-store
tradegraph firm Hisense --store tradegraph-store
if tradegraph --help | grep -q '^  viz'; then
  tradegraph viz --store tradegraph-store -o tradegraph.html
  echo "Open tradegraph.html in a browser to explore the graph."
fi
