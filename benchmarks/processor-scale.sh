#!/usr/bin/env bash
# How much the annotation processor adds to javac, for histories of N migrations plus E entities.
# Usage: benchmarks/processor-scale.sh [N[:E] ...]
#   (default: 500 1000 2000 2000:100 2000:500; 5 runs each, median shown)
# "cold": a javac process per compile (wall and CPU time); "warm": javac in one JVM after 3 warm-up
# compiles, as Maven's in-process compiler and Gradle's daemon run it. "floor": a processor that only
# generates one empty class (benchmarks/FloorProcessor.java) -- the second javac round any
# source-generating processor costs -- so the gap between floor and processor is our own share; the cold
# "floor" column is the floor's overhead over plain javac. The stage table splits our share by stage (the
# processor's own note, -Aomninode.migrations.stageTimes=true).
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

printf '%-9s | %-9s %-8s %-10s %-8s %-8s | %-9s %-8s %-10s %-8s | %-9s %-8s %-8s %-10s %-8s\n' "N:E" "cold wall" \
    "+floor" "+processor" "overhead" "floor" "cold cpu" "+floor" "+processor" "overhead" "warm wall" "+floor" \
    "overhead" "+processor" "overhead"
stages_table=""
for size in "${sizes[@]}"; do
  n=${size%%:*}; e=0
  [[ "$size" == *:* ]] && e=${size##*:}
  src="$work/src-$n-$e"
  java benchmarks/GenerateMigrations.java "$n" "$src"
  [ "$e" -gt 0 ] && java benchmarks/GenerateEntities.java "$e" "$src"
  sources="$work/sources-$n-$e.txt"
  find "$src" -name '*.java' > "$sources"
  schema_dir="$work/schema-$n-$e"
  : > "$work/plain" ; : > "$work/floor-times" ; : > "$work/with"
  for _ in $(seq "$runs"); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -proc:none -cp "$classpath" -d "$work/out" "@$sources" >> "$work/plain"
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -processorpath "$work/floor" -processor FloorProcessor -cp "$classpath" -d "$work/out" \
        "@$sources" >> "$work/floor-times"
    rm -rf "$work/out" && mkdir -p "$work/out"
    measure javac -processorpath "$processor_path" -Aomninode.migrations.schemaDir="$schema_dir" \
        -cp "$classpath" -d "$work/out" "@$sources" >> "$work/with"
  done
  # one more compile that reports the time of each stage of the processor (a note; see StageTimes)
  rm -rf "$work/out" && mkdir -p "$work/out"
  stages=$(javac -processorpath "$processor_path" -Aomninode.migrations.schemaDir="$schema_dir" \
      -Aomninode.migrations.stageTimes=true -cp "$classpath" -d "$work/out" "@$sources" 2>&1 \
      | sed -n 's/.*omninode stage times (ms): //p')
  test -f "$work/out/com/example/bench/GeneratedMigrationRegistry.class" || { echo "registry not generated for N=$n" >&2; exit 1; }
  if [ "$e" -gt 0 ]; then
    test -f "$work/out/META-INF/omninode-migrations/schema.json" || { echo "no entity snapshot for $size" >&2; exit 1; }
  fi
  pw=$(cut -d' ' -f1 "$work/plain" | median); ww=$(cut -d' ' -f1 "$work/with" | median)
  pc=$(cut -d' ' -f2 "$work/plain" | median); wc=$(cut -d' ' -f2 "$work/with" | median)
  fw=$(cut -d' ' -f1 "$work/floor-times" | median); fc=$(cut -d' ' -f2 "$work/floor-times" | median)
  # each stage's share of our own cost: the processor's wall time above the floor's
  own=$(( ww > fw ? ww - fw : 1 ))
  stages_table+=$(awk -v size="$n:$e" -v own="$own" -v stages="$stages" 'BEGIN {
      n = split(stages, parts, ", "); line = sprintf("%-9s | above floor %6d ms |", size, own); sum = 0
      for (i = 1; i <= n; i++) { k = split(parts[i], w, " "); ms = w[k]; name = parts[i]; sub(/ [0-9]+$/, "", name)
          sum += ms; line = line sprintf(" %s %d ms (%.0f%%),", name, ms, ms * 100 / own) }
      printf "%s rest (javac compiling the generated code, class loading) %.0f%%\n", line, (own - sum) * 100 / own }')
  stages_table+=$'\n'
  read -r warm_plain warm_floor warm_with < <(java -cp "$processor_path:$work/floor" benchmarks/CompileTimer.java \
      "$sources" "$classpath" "$work/warm" 3 "$runs" -Aomninode.migrations.schemaDir="$schema_dir" \
      FloorProcessor io.omninode.migrations.processor.MigrationProcessor)
  printf '%-9s | %-9s %-8s %-10s %-8s %-8s | %-9s %-8s %-10s %-8s | %-9s %-8s %-8s %-10s %-8s\n' "$n:$e" "$pw" \
      "$fw" "$ww" "$(percent "$pw" "$ww")" "$(percent "$pw" "$fw")" \
      "$pc" "$fc" "$wc" "$(percent "$pc" "$wc")" "$warm_plain" "$warm_floor" \
      "$(percent "$warm_plain" "$warm_floor")" "$warm_with" "$(percent "$warm_plain" "$warm_with")"
done
echo
echo "Stages of the processor (one compile each, -Aomninode.migrations.stageTimes=true), as shares of its cold wall time above the floor:"
printf '%s' "$stages_table"
