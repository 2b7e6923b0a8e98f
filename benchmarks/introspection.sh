#!/usr/bin/env bash
# Introspection benchmark: catalog queries per reading for 10, 100 and 1,000 tables (10 columns, two
# indexes, a foreign key and a check per table) -- the count must not grow -- and the time to read the
# schema and diff it versus `pg_dump --schema-only` on the same database.
# pg_dump refuses a server of a newer major version, so when a PostgreSQL server and pg_dump of one
# version are installed (Debian: /usr/lib/postgresql/<v>/bin) the script starts a throwaway server of
# that version; otherwise it measures on the embedded PostgreSQL 17 without the pg_dump column.
set -euo pipefail
cd "$(dirname "$0")/.."
# one invocation, so the classpath names the reactor's annotations module (nothing is installed)
mvn -B -q test-compile dependency:build-classpath -pl annotations,runtime -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath
CLASSPATH="runtime/target/test-classes:runtime/target/classes:$(cat runtime/target/test.classpath)"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
ARGS=()
if [[ -n "$BIN" && -x "$BIN/pg_dump" && -x "$BIN/initdb" ]]; then
    DATA=$(mktemp -d)
    PORT=$((20000 + RANDOM % 10000))
    trap '"$BIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT
    if [[ $(id -u) -eq 0 ]]; then
        # initdb refuses root: run the throwaway server as nobody
        chown nobody "$DATA"
        RUN=(runuser -u nobody --)
    else
        RUN=()
    fi
    "${RUN[@]}" "$BIN/initdb" -D "$DATA" -U postgres -A trust >/dev/null
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA" -o "-p $PORT -k $DATA -c fsync=off" -l "$DATA/log" -w start >/dev/null
    echo "server and pg_dump: $("$BIN/postgres" --version)"
    ARGS=("jdbc:postgresql://localhost:$PORT/postgres?user=postgres" "$BIN/pg_dump")
else
    echo "no PostgreSQL server with a matching pg_dump installed: embedded PostgreSQL 17, no pg_dump column"
fi
java -cp "$CLASSPATH" io.omninode.migrations.internal.introspect.IntrospectionBenchmark "${ARGS[@]}" \
    2> >(grep -v '^SLF4J' >&2)
