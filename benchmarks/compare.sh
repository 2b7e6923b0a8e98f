#!/usr/bin/env bash
# The four comparisons of issue 17, side by side as whole processes, ours and the floor or a peer in the same
# run (interleaved, so machine load falls on both), on one PostgreSQL 15 with fsync off:
#   1. no-op `upgrade head` with N revisions applied: ours, Flyway (Java API), Alembic
#   2. applying N one-table migrations, a transaction each and one for all: ours, plain JDBC (the floor),
#      Alembic, Flyway
#   3. javac on 2N migrations as a whole process: -proc:none, a processor writing one empty class (the floor), ours
#   4. `current`, a new process each time, through the distribution's launcher: ours, `alembic current`
# Medians of RUNS runs, and the peak resident memory of the process (the server's is not counted).
# Flyway is fetched into the work folder with `mvn dependency:copy-dependencies` (never a build dependency);
# Alembic runs as `/usr/bin/python3 -m alembic` and is skipped with a notice when it is not installed.
#   benchmarks/compare.sh [RUNS] [N]      (default 3 runs, N = 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
n="${2:-1000}"
root=$PWD
work="$root/benchmarks/work/compare"
pgbin=/usr/lib/postgresql/15/bin
flyway_version=13.12.1
postgresql_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
version=$(sed -n '0,/<version>\(.*\)<\/version>/s//\1/p' pom.xml | head -1 | tr -d ' ')
rm -rf "$work" && mkdir -p "$work"
[ -x "$pgbin/postgres" ] || { echo "PostgreSQL 15 not found in $pgbin" >&2; exit 1; }
alembic=yes
/usr/bin/python3 -m alembic --version >/dev/null 2>&1 || { alembic=no; echo "NOTICE: alembic is not installed for /usr/bin/python3; its rows are skipped"; }

echo "building the distribution and fetching Flyway $flyway_version ..."
mvn -B -q -DskipTests package dependency:build-classpath -pl cli -am -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/cli.classpath" >/dev/null
tar -xzf "cli/target/omninode-migrate-$version.tar.gz" -C "$work"
launcher="$work/omninode-migrate-$version/bin/omninode-migrate"
mkdir -p "$work/flyway"
cat > "$work/flyway/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>benchmark</groupId><artifactId>flyway-peer</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-core</artifactId><version>$flyway_version</version></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId><version>$flyway_version</version></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>$postgresql_version</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$work/flyway/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/flyway/lib" >/dev/null
flyway_cp="$work/flyway/classes:$work/flyway/lib/*"
javac -d "$work/flyway/classes" -cp "$work/flyway/lib/*" benchmarks/peers/FlywayMigrate.java
javac -d "$work/jdbc" benchmarks/peers/PlainJdbc.java
jdbc_cp="$work/jdbc:$work/flyway/lib/postgresql-$postgresql_version.jar"

echo "generating and compiling the histories ..."
java benchmarks/peers/GeneratePeerHistories.java "$n" "$work"
processor_path="processor/target/omninode-migrations-processor-$version.jar:$(cat "$work/cli.classpath")"
api="annotations/target/classes:runtime/target/classes"
find "$work/ours/src" -name '*.java' > "$work/ours/sources.txt"
javac -processorpath "$processor_path" -cp "$api" -d "$work/ours/classes" "@$work/ours/sources.txt"
printf 'transaction_per_migration=true\n' > "$work/ours/per-migration.properties"
printf 'transaction_per_migration=false\n' > "$work/ours/one.properties"

# PostgreSQL 15 in a folder of its own; initdb refuses root, so the postgres account runs it then
pgdata=$(mktemp -d)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
as_pg "$pgbin/initdb" -D "$pgdata" -U postgres -A trust >/dev/null
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null; rm -rf "$pgdata"' EXIT
database_count=0
db=postgres
fresh_database() {
    database_count=$((database_count + 1))
    db="bench_$database_count"
    "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database $db" postgres
}

# one run of "$@": appends "wall_ms peak_kb" to the file named by $1
measure() {
    local file=$1 start end
    shift
    start=$(date +%s%N)
    # through bash so that the functions below can be measured; time reports the largest process's peak
    /usr/bin/time -f '%M' -o "$work/rss" bash -c '"$@"' _ "$@" > "$work/last.log" 2>&1 || { echo "failed: $*" >&2; cat "$work/last.log" >&2; exit 1; }
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/rss")" >> "$file"
}
ours() { OMNINODE_BRIDGE_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/$db" "$launcher" --classpath "$work/ours/classes" "$@"; }
alembic_run() { ALEMBIC_URL="postgresql://postgres@127.0.0.1:$port/$db" /usr/bin/python3 -m alembic -c "$work/alembic/alembic.ini" "$@"; }
flyway_run() { java -cp "$flyway_cp" FlywayMigrate "jdbc:postgresql://127.0.0.1:$port/$db" postgres "$work/flyway/sql"; }
jdbc_run() { java -cp "$jdbc_cp" PlainJdbc "jdbc:postgresql://127.0.0.1:$port/$db" postgres "$n" "$@"; }
export -f ours alembic_run flyway_run jdbc_run
export work port launcher flyway_cp jdbc_cp n db api

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '%-46s %-26s %9s %9s %8s\n' "comparison" "tool" "median ms" "peak MB" "ratio"
# prints a row; the ratio is to the reference row of the comparison (the first one printed)
reference=0
row() {
    local comparison=$1 tool=$2 file=$3 ms mb
    ms=$(cut -d' ' -f1 "$file" | median)
    mb=$(cut -d' ' -f2 "$file" | median | awk '{ printf "%.0f", $1 / 1024 }')
    [ "$reference" = 0 ] && reference=$ms
    printf '%-46s %-26s %9d %9s %7.2fx\n' "$comparison" "$tool" "$ms" "$mb" "$(awk -v a="$ms" -v b="$reference" 'BEGIN { print a / b }')"
}

# 1. no-op upgrade head over N applied revisions
fresh_database; ours_db=$db; ours upgrade head >/dev/null 2>&1
fresh_database; flyway_db=$db; flyway_run >/dev/null 2>&1
if [ $alembic = yes ]; then fresh_database; alembic_db=$db; alembic_run upgrade head >/dev/null 2>&1; fi
# the launcher's archive, made now (a user's first run makes it in the background), trained by a no-op upgrade
OMNINODE_MIGRATE_CDS=create ours upgrade head >/dev/null 2>&1
for _ in $(seq "$runs"); do
    db=$flyway_db; measure "$work/noop.flyway" flyway_run
    db=$ours_db; measure "$work/noop.ours" ours upgrade head
    if [ $alembic = yes ]; then db=$alembic_db; measure "$work/noop.alembic" alembic_run upgrade head; fi
done
reference=0
row "no-op upgrade head, $n applied" "Flyway $flyway_version migrate" "$work/noop.flyway"
row "" "omninode-migrate upgrade" "$work/noop.ours"
[ $alembic = yes ] && row "" "alembic upgrade head" "$work/noop.alembic"

# 2. applying N one-table migrations, each in a fresh database
for _ in $(seq "$runs"); do
    fresh_database; measure "$work/apply.jdbc" jdbc_run
    fresh_database; measure "$work/apply.ours" ours --config "$work/ours/per-migration.properties" upgrade head
    if [ $alembic = yes ]; then fresh_database; PER_MIGRATION=true measure "$work/apply.alembic" alembic_run upgrade head; fi
    fresh_database; measure "$work/apply.flyway" flyway_run
    fresh_database; measure "$work/apply1.jdbc" jdbc_run one
    fresh_database; measure "$work/apply1.ours" ours --config "$work/ours/one.properties" upgrade head
    if [ $alembic = yes ]; then fresh_database; PER_MIGRATION=false measure "$work/apply1.alembic" alembic_run upgrade head; fi
done
reference=0
row "apply $n, a transaction each" "plain JDBC (floor)" "$work/apply.jdbc"
row "" "omninode-migrate upgrade" "$work/apply.ours"
[ $alembic = yes ] && row "" "alembic upgrade head" "$work/apply.alembic"
row "" "Flyway $flyway_version migrate" "$work/apply.flyway"
reference=0
row "apply $n, one transaction" "plain JDBC (floor)" "$work/apply1.jdbc"
row "" "omninode-migrate upgrade" "$work/apply1.ours"
[ $alembic = yes ] && row "" "alembic upgrade head" "$work/apply1.alembic"

# 3. javac on 2N migrations of the processor benchmark's history
java benchmarks/GenerateMigrations.java $((2 * n)) "$work/javac-src"
find "$work/javac-src" -name '*.java' > "$work/javac-sources.txt"
javac -d "$work/floor" benchmarks/FloorProcessor.java
compile() { rm -rf "$work/javac-out" && mkdir -p "$work/javac-out" && javac -cp "$api" -d "$work/javac-out" "$@" "@$work/javac-sources.txt"; }
export -f compile
for _ in $(seq "$runs"); do
    measure "$work/javac.plain" compile -proc:none
    measure "$work/javac.floor" compile -processorpath "$work/floor" -processor FloorProcessor
    measure "$work/javac.ours" compile -processorpath "$processor_path"
done
reference=0
row "javac, $((2 * n)) migrations" "javac -proc:none" "$work/javac.plain"
row "" "+ floor processor" "$work/javac.floor"
row "" "+ omninode processor" "$work/javac.ours"

# 4. current, a new process each time
for _ in $(seq "$runs"); do
    db=$ours_db; measure "$work/current.ours" ours current
    if [ $alembic = yes ]; then db=$alembic_db; measure "$work/current.alembic" alembic_run current; fi
done
reference=0
if [ $alembic = yes ]; then
    row "current, through the launcher" "alembic current" "$work/current.alembic"
    row "" "omninode-migrate current" "$work/current.ours"
else
    row "current, through the launcher" "omninode-migrate current" "$work/current.ours"
fi
