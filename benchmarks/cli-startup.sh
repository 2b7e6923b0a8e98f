#!/usr/bin/env bash
# CLI start-up benchmark: wall time of `omninode-migrate current` (JVM included) on a database at
# head, on the embedded PostgreSQL 17: plain `java -jar`, with a dynamic AppCDS archive (-XX:ArchiveClassesAtExit,
# which leaves out picocli's Java 5 classes), and through the launcher with its static archive. Not part of CI.
#   benchmarks/cli-startup.sh [RUNS]     (default 10 runs per variant; prints median and mean in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
mvn -B -q package dependency:build-classpath -DskipTests -pl cli -am -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath
jar=cli/target/omninode-migrate.jar
migrations=cli/target/test-classes
work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; rm -rf "$work"' EXIT

# the database: a small Java main that stops PostgreSQL when its standard input closes
mkfifo "$work/in"
java -cp "cli/target/test-classes:$(cat cli/target/test.classpath)" io.omninode.migrations.cli.BenchmarkDatabase \
    < "$work/in" > "$work/url" 2> >(grep -v '^SLF4J' >&2) &
exec 3> "$work/in"
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
export OMNINODE_BRIDGE_DATABASE_URL; OMNINODE_BRIDGE_DATABASE_URL=$(head -1 "$work/url")
java -jar "$jar" --classpath "$migrations" upgrade heads 2>/dev/null
echo "current:"; java -jar "$jar" --classpath "$migrations" current | sed 's/^/  /'

# one run's wall time in ms
measure() {
    local start end
    start=$(date +%s%N)
    "$@" --classpath "$migrations" current > /dev/null || { echo "current failed" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

report() {
    local name=$1; shift
    local times=()
    "$@" --classpath "$migrations" current > /dev/null  # warm the file cache
    for _ in $(seq "$runs"); do times+=("$(measure "$@")"); done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" \
        '{ t[NR] = $1; sum += $1 } END { printf "%-44s median %5d ms   mean %5d ms   (%d runs)\n", name, t[int((NR + 1) / 2)], sum / NR, NR }'
}

archive="$work/omninode-migrate.jsa"
report "java -jar" java -jar "$jar"
report "java -XX:TieredStopAtLevel=1 -jar" java -XX:TieredStopAtLevel=1 -jar "$jar"
java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off,cds+dynamic=off -jar "$jar" --classpath "$migrations" current > /dev/null
report "dynamic AppCDS archive" java -XX:SharedArchiveFile="$archive" -jar "$jar"
report "dynamic AppCDS + TieredStopAtLevel=1" \
    java -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1 -Xlog:cds=off,cds+dynamic=off -jar "$jar"
OMNINODE_MIGRATE_CDS=create bin/omninode-migrate --classpath "$migrations" current > /dev/null
report "bin/omninode-migrate (static archive, C1)" bin/omninode-migrate
