#!/usr/bin/env bash
# How much the annotation processor adds to javac, for histories of N migrations plus E entities.
# Usage: benchmarks/processor-scale.sh [N[:E] ...]
#   (default: 500 1000 2000 2000:100 2000:500; 5 runs each, median shown)
# "cold": a javac process per compile (wall and CPU time); "warm": javac in one JVM after 3 warm-up
# compiles, as Maven's in-process compiler and Gradle's daemon run it. "floor": a processor that only
# generates one empty class (benchmarks/FloorProcessor.java) -- the second javac round any
# source-generating processor costs -- so the gap between floor and processor is our own share.
# Entities are compared with the head's snapshot (-Aomninode.migrations.schemaDir), as in a real build.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(500 1000 2000 2000:100 2000:500)
runs=5
work=benchmarks/work
rm -rf "$work" && mkdir -p "$work"

mvn -B -q -DskipTests package dependency:build-classpath -pl processor -am \
    -Dmdep.outputFile="$PWD/$work/processor.classpath" -DincludeScope=runtime >/dev/null
deps=$(cat "$work/processor.classpath")
processor_path="processor/target/omninode-migrations-processor-0.1.0-SNAPSHOT.jar:$deps"
classpath="annotations/target/classes:runtime/target/classes"
javac -d "$work/floor" benchmarks/FloorProcessor.java

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "wall_ms cpu_ms" of one javac run; CPU time (user + system) is steadier than wall time on a busy machine.
measure() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "$@" >/dev/null 2>&1 ; } 2>&1 ) || { echo "failed: $*" >&2; exit 1; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$times"
}
percent() { awk -v p="$1" -v w="$2" 'BEGIN{printf "%+.1f%%", (w-p)*100/p}'; }

printf '%-9s | %-9s %-10s %-8s | %-9s %-10s %-8s | %-9s %-8s %-8s %-10s %-8s\n' "N:E" "cold wall" "+processor" \
    "overhead" "cold cpu" "+processor" "overhead" "warm wall" "+floor" "overhead" "+processor" "overhead"
for size in "${sizes[@]}"; do
  n=${size%%:*}; e=0
  [[ "$size" == *:* ]] && e=${size##*:}
  src="$work/src-$n-$e"
  java benchmarks/GenerateMigrations.java "$n" "$src"
  [ "$e" -gt 0 ] && java benchmarks/GenerateEntities.java "$e" "$src"
  sources="$work/sources-$n-$e.txt"
  find "$src" -name '*.java' > "$sources"
  schema_dir="$work/schema-$n-$e"
  : > "$work/plain" ; : > "$work/with"
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -proc:none -cp "$classpath" -d "$work/out" "@$sources" >> "$work/plain"
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -processorpath "$processor_path" -Aomninode.migrations.schemaDir="$schema_dir" \
        -cp "$classpath" -d "$work/out" "@$sources" >> "$work/with"
  done
  test -f "$work/out/com/example/bench/GeneratedMigrationRegistry.class" || { echo "registry not generated for N=$n" >&2; exit 1; }
  if [ "$e" -gt 0 ]; then
    test -f "$work/out/META-INF/omninode-migrations/schema.json" || { echo "no entity snapshot for $size" >&2; exit 1; }
  fi
  pw=$(cut -d' ' -f1 "$work/plain" | median); ww=$(cut -d' ' -f1 "$work/with" | median)
  pc=$(cut -d' ' -f2 "$work/plain" | median); wc=$(cut -d' ' -f2 "$work/with" | median)
  read -r warm_plain warm_floor warm_with < <(java -cp "$processor_path:$work/floor" benchmarks/CompileTimer.java \
      "$sources" "$classpath" "$work/warm" 3 "$runs" -Aomninode.migrations.schemaDir="$schema_dir" \
      FloorProcessor io.omninode.migrations.processor.MigrationProcessor)
  printf '%-9s | %-9s %-10s %-8s | %-9s %-10s %-8s | %-9s %-8s %-8s %-10s %-8s\n' "$n:$e" "$pw" "$ww" \
      "$(percent "$pw" "$ww")" "$pc" "$wc" "$(percent "$pc" "$wc")" "$warm_plain" "$warm_floor" \
      "$(percent "$warm_plain" "$warm_floor")" "$warm_with" "$(percent "$warm_plain" "$warm_with")"
done
