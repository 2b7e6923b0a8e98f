#!/usr/bin/env bash
# Lint benchmark: wall time of `omninode-migrate lint --all` (JVM included) over a history of N revisions
# (default 100) on tables that grow as it goes: each revision adds a column, an index, a default, a
# foreign-keyed table or a type change, so both the rules and the measurements have work. Measured on the
# embedded PostgreSQL the CLI starts (its start-up included), and with --rules-only. Not part of CI.
#   benchmarks/lint.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100}"
mvn -B -q package -DskipTests -Dinvoker.skip -pl cli -am
jar=cli/target/omninode-migrate.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/com/example/lint" "$work/classes"

# revision i: one operation on the tables made before it, chosen by i mod 6
body() {
    local i=$1
    case $((i % 6)) in
        0) echo "op.createTable(Table.named(\"t$i\").column(Column.of(\"id\", \"bigint\").notNull()).column(\"ref\", \"bigint\").primaryKey(\"id\"));" ;;
        1) echo "op.addColumn(\"t$((i - 1))\", Column.of(\"c$i\", \"text\"));" ;;
        2) echo "op.createIndex(Index.of(\"ix_$i\", \"t$((i - 2))\", \"c$((i - 1))\"));" ;;
        3) echo "op.addColumn(\"t$((i - 3))\", Column.of(\"n$i\", \"integer\").notNull().defaultValue(0));" ;;
        4) echo "op.addForeignKey(\"t$((i - 4))\", ForeignKey.of(\"ref\").references(\"t$((i - 4))\", \"id\"), Operations.Option.NOT_VALID);" ;;
        5) echo "op.alterColumnType(\"t$((i - 5))\", \"c$((i - 4))\", \"varchar(100)\");" ;;
    esac
}
previous=""
for i in $(seq 0 $((count - 1))); do
    id=$(printf 'a1%010d' "$i")
    down=""
    [[ -n "$previous" ]] && down="downRevision = \"$previous\", "
    cat > "$work/src/com/example/lint/L$i.java" <<JAVA
package com.example.lint;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import io.omninode.migrations.annotations.Migration;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.Table;

@Migration(revision = "$id", ${down}message = "lint step $i")
public final class L$i implements MigrationScript {
    @Override
    public void upgrade(Operations op) {
        $(body "$i")
    }

    @Override
    public void downgrade(Operations op) {
    }
}
JAVA
    previous=$id
done
javac -proc:full -processor io.omninode.migrations.processor.MigrationProcessor -cp "$jar" -d "$work/classes" "$work"/src/com/example/lint/*.java
# the fixed cost: the same run over the first revision alone
mkdir -p "$work/one"
javac -proc:full -processor io.omninode.migrations.processor.MigrationProcessor -cp "$jar" -d "$work/one" "$work"/src/com/example/lint/L0.java

# one run's wall time in ms; lint exits 1 when it finds an error, which these histories have
measure() {
    local start end
    start=$(date +%s%N)
    local classes=$1
    shift
    java -jar "$jar" --classpath "$classes" lint --all "$@" > "$work/out" 2> "$work/err" || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
# an unreachable configured database: lint --all does not need one
export OMNINODE_BRIDGE_DATABASE_URL=postgresql://nobody@127.0.0.1:1/none
one=$(measure "$work/one")
measured=$(measure "$work/classes")
summary=$(tail -1 "$work/out")
rules=$(measure "$work/classes" --rules-only)
echo "lint --all over 1 revision (JVM and embedded PostgreSQL start-up): ${one} ms"
echo "lint --all over $count revisions, embedded PostgreSQL start-up included: ${measured} ms"
echo "  $summary"
echo "lint --all --rules-only over $count revisions (JVM start-up included): ${rules} ms"
