package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.NotComparedObject;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.cli.format.SchemaOutput;
import io.omninode.migrations.config.PasswordMask;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.diff.DiffResult;
import io.omninode.migrations.schema.diff.SchemaDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "Print the SQL that turns FROM into TO, runnable by"
        + " psql -v ON_ERROR_STOP=1. Each of FROM and TO is a database URL (postgresql://..., jdbc:postgresql://...), a snapshot file (.json), entities"
        + " (the entity snapshot on the classpath) or head (the head revision's snapshot in the schema folder).")
final class DiffCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "FROM", description = "The schema to start from.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The schema to reach.")
    String to;

    @Option(names = "--json", description = "Print {\"from\", \"to\", \"changes\": [{subject, line, destructive}],"
            + " \"notCompared\": [{kind, name}]} instead of SQL.")
    boolean json;

    @Option(names = "--exit-code", description = "Exit with 1 when there are differences (like git diff --exit-code).")
    boolean exitCode;

    @Option(names = "--schema-dir", paramLabel = "DIR", description = "The folder of revision snapshots, for head;"
            + " default: the schema_dir key, else " + Session.DEFAULT_SCHEMA_DIR + ".")
    String schemaDir;

    @Override
    public Integer call() {
        session().maskPasswordsOf(List.of(from, to));
        // two databases are read at once: each reading mostly waits for its server
        CompletableFuture<DiffOperand> reading = CompletableFuture.supplyAsync(() ->
                DiffOperand.resolve(session(), to, schemaDir));
        DiffOperand source = DiffOperand.resolve(session(), from, schemaDir);
        DiffOperand target = joined(reading);
        DiffResult diff = SchemaDiff.compare(comparable(source, target), comparable(target, source));
        List<NotComparedObject> notCompared = Stream.concat(source.notCompared().stream(),
                target.notCompared().stream()).distinct().toList();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("from", PasswordMask.maskedUrl(from));
            document.put("to", PasswordMask.maskedUrl(to));
            List<Map<String, Object>> changes = new ArrayList<>();
            for (int i = 0; i < diff.changes().size(); i++) {
                changes.add(SchemaOutput.difference(SchemaDiff.subject(source.schema(), diff.changes().get(i)),
                        diff.summary().get(i), diff.changes().get(i).destructive()));
            }
            document.put("changes", changes);
            document.put("notCompared", notCompared);
            console().print(JsonOutput.write(document));
        } else {
            SchemaOutput.notCompared(notCompared).forEach(console()::println);
            StringBuilder script = new StringBuilder();
            Migrator.writeSql(diff, script);
            console().print(script.toString());
        }
        return exitCode && !diff.isEmpty() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }

    private static DiffOperand joined(CompletableFuture<DiffOperand> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * A snapshot compared with a database is first printed as that database's server prints it, so that
     * only real differences show; two snapshots, or two databases, compare as they are.
     */
    private static Schema comparable(DiffOperand side, DiffOperand other) {
        if (side.database().isPresent() || other.database().isEmpty()) {
            return side.schema();
        }
        return other.database().get().asServerPrints(side.schema());
    }
}
