package io.omninode.migrations.cli;

import io.omninode.migrations.DatabaseSchema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "snapshot", description = "Write the database's live schema as a snapshot file: how a team taking over"
        + " an existing database gives its head revision a snapshot (save it as <schema folder>/<head>.json).")
final class SnapshotCommand extends DatabaseCommand {

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write; default: standard output.")
    Path out;

    @Override
    public Integer call() {
        DatabaseSchema live = session().schemaReader(null).readSchema();
        // the snapshot cannot hold them, so they are said on stderr whatever the destination
        live.notCompared().forEach(n -> console().warn("not compared: " + n + " (not in the snapshot)"));
        String json = SchemaSnapshot.toJson(live.schema());
        if (out == null) {
            console().print(json);
            return ExitCode.OK;
        }
        Path file = session().context().workingDirectory().resolve(out).normalize();
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.configuration("cannot write the snapshot " + file + ": " + e.getMessage());
        }
        console().println("  Generating " + file + " ...  done");
        return ExitCode.OK;
    }
}
