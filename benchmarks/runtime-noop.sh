#!/usr/bin/env bash
# Runtime benchmark: round trips and time of `upgrade head` on the embedded PostgreSQL 17.
# A no-op upgrade must cost a constant number of statements whatever the number of applied
# revisions; applying N trivial migrations one round trip per migration beyond its own SQL (the bookkeeping, which carries the commit).
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor run: the runtime's classpath names the annotations module's classes, never an installed jar
mvn -B -q test-compile dependency:build-classpath -pl annotations,runtime -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath
java -cp "runtime/target/test-classes:runtime/target/classes:$(cat runtime/target/test.classpath)" \
    io.omninode.migrations.RuntimeBenchmark 2> >(grep -v '^SLF4J' >&2)
