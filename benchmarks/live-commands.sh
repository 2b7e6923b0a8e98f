#!/usr/bin/env bash
# Live-schema commands as whole processes (JVM start included) against pg_dump, on the same database:
# `omninode-migrate snapshot`, `omninode-migrate diff <db> <db>` and `pg_dump --schema-only`, for 10, 100
# and 1,000 tables of 10 columns, two indexes, a foreign key and a check each. Not part of CI.
# The catalog query count per reading is printed by benchmarks/introspection.sh (it is constant).
# Needs a PostgreSQL server and pg_dump of one version (Debian: /usr/lib/postgresql/<v>/bin); a
# throwaway server is started and removed.
#   benchmarks/live-commands.sh [RUNS]     (default 3 runs per command; prints the median in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
mvn -B -q package -DskipTests -pl cli -am
# the launcher users run: the jar with -XX:TieredStopAtLevel=1
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ -z "$BIN" || ! -x "$BIN/pg_dump" || ! -x "$BIN/initdb" ]]; then
    echo "no PostgreSQL server with a matching pg_dump installed (/usr/lib/postgresql/<v>/bin)" >&2
    exit 1
fi
DATA=$(mktemp -d)
PORT=$((20000 + RANDOM % 10000))
RUN=()
if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses root: run the throwaway server as nobody
    chown nobody "$DATA"
    RUN=(runuser -u nobody --)
fi
trap '"${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT
"${RUN[@]}" "$BIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k $DATA -c fsync=off" -l "$DATA/log" -w start >/dev/null
echo "server and pg_dump: $("$BIN/postgres" --version)"
psql=("$BIN/psql" -q -h localhost -p "$PORT" -U postgres -v ON_ERROR_STOP=1)

# N tables, each referencing the one before it
schema() {
    local n=$1
    for i in $(seq 1 "$n"); do
        local fk=""
        [[ $i -gt 1 ]] && fk=", parent_id bigint references t_$((i - 1)) (id)"
        echo "create table t_$i (id bigint primary key, name text not null, amount numeric(12,2) default 0,"
        echo "  created_at timestamptz not null default now(), status varchar(20), code integer, note text,"
        echo "  flag boolean not null default false, ref uuid$fk, check (amount >= 0));"
        echo "create index t_${i}_name_idx on t_$i (name);"
        echo "create index t_${i}_created_idx on t_$i (created_at desc, code);"
    done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# the median wall time in ms of a command
measure() {
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | median
}

printf '%8s %12s %12s %12s %10s\n' tables snapshot "diff db db" pg_dump "diff/pg_dump"
for n in 10 100 1000; do
    "${psql[@]}" -d postgres -c "drop database if exists bench_$n" -c "create database bench_$n"
    schema "$n" | "${psql[@]}" -d "bench_$n"
    url="postgresql://postgres@localhost:$PORT/bench_$n"
    export OMNINODE_BRIDGE_DATABASE_URL="$url"
    out=$(mktemp)
    snapshot=$(measure bin/omninode-migrate snapshot --out "$out")
    diff=$(measure bin/omninode-migrate diff --exit-code "$url" "$url")
    dump=$(measure "$BIN/pg_dump" --schema-only -h localhost -p "$PORT" -U postgres "bench_$n")
    rm -f "$out"
    printf '%8s %10s ms %10s ms %10s ms %10s\n' "$n" "$snapshot" "$diff" "$dump" \
        "$(awk -v a="$diff" -v b="$dump" 'BEGIN { printf "%.2f", a / b }')"
done
