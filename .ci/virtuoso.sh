#!/usr/bin/env bash
# Start or stop a throw-away Virtuoso for tradegraph's store contract tests.
#
#   eval "$(.ci/virtuoso.sh start)"   # fresh database, prints the env vars to export
#   .ci/virtuoso.sh stop              # clean shutdown, database removed
#
# The server listens on 127.0.0.1 only (SQL 1111, HTTP 8890), with .ci/virtuoso.ini and a
# database under $TRADEGRAPH_VIRTUOSO_DIR (default: $TMPDIR/tradegraph-virtuoso). The dba
# password and a test user's password are random per start; the test user gets SPARQL
# update rights on /sparql-auth (HTTP Digest). Needs Debian's virtuoso-opensource-7-bin
# (apt-get install -y virtuoso-opensource-7-bin), which provides virtuoso-t and isql-vt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${TRADEGRAPH_VIRTUOSO_DIR:-${TMPDIR:-/tmp}/tradegraph-virtuoso}"
sql_port=1111
http_port=8890
user=tradegraph
url="http://127.0.0.1:${http_port}/sparql-auth"

log() { echo "virtuoso.sh: $*" >&2; }

isql() {  # isql PASSWORD SQL...
    local pw="$1"; shift
    local out
    out="$(isql-vt "127.0.0.1:${sql_port}" dba "$pw" exec="$*" 2>&1)" || { echo "$out" >&2; return 1; }
    if grep -q '\*\*\* Error' <<<"$out"; then echo "$out" | grep -A2 'Error' >&2; return 1; fi
}

start() {
    for tool in virtuoso-t isql-vt curl; do
        command -v "$tool" >/dev/null || { log "$tool not found; install: apt-get install -y virtuoso-opensource-7-bin curl"; exit 2; }
    done
    if [[ -f "$dir/virtuoso.lck" ]]; then stop; fi
    rm -rf "$dir"
    mkdir -p "$dir/www"
    chmod 700 "$dir"
    cp "$here/virtuoso.ini" "$dir/virtuoso.ini"
    local dba_pw user_pw
    dba_pw="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    user_pw="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    (cd "$dir" && virtuoso-t +configfile virtuoso.ini +wait >"$dir/start.log" 2>&1) || {
        log "virtuoso-t failed to start; see $dir/virtuoso.log"; tail -5 "$dir/virtuoso.log" >&2 || true; exit 2; }
    local ok=""
    for _ in $(seq 1 60); do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
                "http://127.0.0.1:${http_port}/sparql?query=ASK%7B%7D" || true)"
        if [[ "$code" == 200 ]]; then ok=1; break; fi
        sleep 0.5
    done
    [[ -n "$ok" ]] || { log "endpoint did not answer on port ${http_port}"; exit 2; }
    isql dba "DB.DBA.USER_CREATE('${user}', '${user_pw}');" \
             "GRANT SPARQL_UPDATE TO \"${user}\";" \
             "DB.DBA.RDF_DEFAULT_USER_PERMS_SET('${user}', 7);" \
             "USER_SET_PASSWORD('dba', '${dba_pw}');"
    printf '%s\n' "$dba_pw" >"$dir/dba.pw"
    chmod 600 "$dir/dba.pw"
    # The test user can authenticate and write (Digest on /sparql-auth).
    code="$(curl -s -o /dev/null -w '%{http_code}' --digest -u "${user}:${user_pw}" \
            --data-urlencode 'update=DROP SILENT GRAPH <urn:tradegraph:ci-check>' "$url")"
    [[ "$code" == 200 ]] || { log "test user cannot update (HTTP $code)"; exit 2; }
    cat >"$dir/env" <<ENV
export TRADEGRAPH_VIRTUOSO_URL=${url}
export TRADEGRAPH_SPARQL_USER=${user}
export TRADEGRAPH_SPARQL_PASSWORD=${user_pw}
export TRADEGRAPH_REQUIRE_VIRTUOSO=1
ENV
    chmod 600 "$dir/env"
    log "Virtuoso up at ${url} (database in ${dir})"
    cat "$dir/env"
}

stop() {
    [[ -d "$dir" ]] || { log "not running"; return 0; }
    local pid=""
    if [[ -f "$dir/virtuoso.lck" ]]; then
        pid="$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" | head -1)"
    fi
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        local pw=dba
        [[ -f "$dir/dba.pw" ]] && pw="$(cat "$dir/dba.pw")"
        isql-vt "127.0.0.1:${sql_port}" dba "$pw" -K >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then log "forcing pid $pid"; kill -9 "$pid" 2>/dev/null || true; fi
    fi
    rm -rf "$dir"
    log "stopped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
