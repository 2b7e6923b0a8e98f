#!/usr/bin/env bash
# How much the annotation processor adds to javac, for histories of N migrations.
# Usage: benchmarks/processor-scale.sh [N ...]   (default: 500 1000 2000; 3 runs each, median shown)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-500 1000 2000}")
[ $# -eq 0 ] && sizes=(500 1000 2000)
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

printf '%-6s | %-9s %-10s %-8s | %-9s %-10s %-8s | %-9s %-10s %-8s %-10s %-8s\n' "N" "cold wall" "+processor" "overhead" \
    "cold cpu" "+processor" "overhead" "warm wall" "+floor" "overhead" "+processor" "overhead"
for n in "${sizes[@]}"; do
  src="$work/src-$n"
  java benchmarks/GenerateMigrations.java "$n" "$src"
  find "$src" -name '*.java' > "$work/sources-$n.txt"
  : > "$work/plain" ; : > "$work/with"
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -proc:none -cp "$classpath" -d "$work/out" "@$work/sources-$n.txt" >> "$work/plain"
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -processorpath "$processor_path" -cp "$classpath" -d "$work/out" "@$work/sources-$n.txt" >> "$work/with"
  done
  test -f "$work/out/com/example/bench/GeneratedMigrationRegistry.class" || { echo "registry not generated for N=$n" >&2; exit 1; }
  pw=$(cut -d' ' -f1 "$work/plain" | median); ww=$(cut -d' ' -f1 "$work/with" | median)
  pc=$(cut -d' ' -f2 "$work/plain" | median); wc=$(cut -d' ' -f2 "$work/with" | median)
  read -r warm_plain warm_floor warm_with < <(java -cp "$processor_path:$work/floor" benchmarks/CompileTimer.java \
      "$work/sources-$n.txt" "$classpath" "$work/warm" 3 "$runs" FloorProcessor \
      io.omninode.migrations.processor.MigrationProcessor)
  printf '%-6s | %-9s %-10s %-8s | %-9s %-10s %-8s | %-9s %-10s %-8s %-10s %-8s\n' "$n" "$pw" "$ww" "$(percent "$pw" "$ww")" \
      "$pc" "$wc" "$(percent "$pc" "$wc")" "$warm_plain" "$warm_floor" "$(percent "$warm_plain" "$warm_floor")" \
      "$warm_with" "$(percent "$warm_plain" "$warm_with")"
done
