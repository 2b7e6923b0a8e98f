#!/usr/bin/env bash
# Live-schema commands as whole processes (JVM start included) against pg_dump, on the same database:
# `omninode-migrate snapshot`, `omninode-migrate diff <db> <db>` and `pg_dump --schema-only`, for 10, 100
# and 1,000 tables of 10 columns, two indexes, a foreign key and a check each. Not part of CI.
# The commands run through bin/omninode-migrate as users run it, with its class-data-sharing archive
# (created first, on the largest database). Each cell is the median wall time in ms of RUNS runs; "diff
# cpu" is the median CPU time (user + system) of the diff process, which a busy machine disturbs less.
# The catalog query count per reading is printed by benchmarks/introspection.sh (it is constant).
# Needs a PostgreSQL server and pg_dump of one version (Debian: /usr/lib/postgresql/<v>/bin); a
# throwaway server is started and removed.
#   benchmarks/live-commands.sh [RUNS]     (default 5 runs per command)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
mvn -B -q package -DskipTests -pl cli -am
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

# the median wall time in ms of a command, and in $cpu_file the median of its CPU time (user + system)
cpu_file=$(mktemp)
measure() {
    local walls=() cpus=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S' -o "$cpu_file" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
        end=$(date +%s%N)
        walls+=($(((end - start) / 1000000)))
        cpus+=("$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$cpu_file")")
    done
    printf '%s\n' "${cpus[@]}" | median > "$cpu_file"
    printf '%s\n' "${walls[@]}" | median
}

for n in 10 100 1000; do
    "${psql[@]}" -d postgres -c "drop database if exists bench_$n" -c "create database bench_$n"
    schema "$n" | "${psql[@]}" -d "bench_$n"
done
base="postgresql://postgres@localhost:$PORT"
# the archive holds the classes a run loaded: one diff of the largest database loads those of both commands
rm -f cli/target/omninode-migrate.jsa
OMNINODE_MIGRATE_CDS=create bin/omninode-migrate diff "$base/bench_1000" "$base/bench_1000" > /dev/null
[[ -f cli/target/omninode-migrate.jsa ]] || { echo "the launcher wrote no archive" >&2; exit 1; }

printf '%7s %10s %10s %10s %10s %13s\n' tables snapshot "diff db db" "diff cpu" pg_dump "diff/pg_dump"
for n in 10 100 1000; do
    url="$base/bench_$n"
    out=$(mktemp)
    snapshot=$(OMNINODE_BRIDGE_DATABASE_URL="$url" measure bin/omninode-migrate snapshot --out "$out")
    diff=$(measure bin/omninode-migrate diff --exit-code "$url" "$url")
    diff_cpu=$(cat "$cpu_file")
    dump=$(measure "$BIN/pg_dump" --schema-only -h localhost -p "$PORT" -U postgres "bench_$n")
    rm -f "$out"
    printf '%7s %7s ms %7s ms %7s ms %7s ms %13s\n' "$n" "$snapshot" "$diff" "$diff_cpu" "$dump" \
        "$(awk -v a="$diff" -v b="$dump" 'BEGIN { printf "%.2f", a / b }')"
done
rm -f "$cpu_file"
