package io.omninode.migrations.cli;

import io.omninode.migrations.ChecksumMismatch;
import io.omninode.migrations.CurrentState;
import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.RevisionText;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", description = "Display the current revision(s) of the database.")
final class CurrentCommand extends DatabaseCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--json", description = "Print {\"current\": [revisions], \"dependencyHeads\": [revisions],"
            + " \"changed\": [checksum mismatches]}.")
    boolean json;

    @Override
    public Integer call() {
        Migrator migrator = session().migrator();
        CurrentState state = migrator.current();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("current", state.heads());
            document.put("dependencyHeads", state.dependencyHeads());
            document.put("changed", state.changed());
            console().print(JsonOutput.write(document));
            return ExitCode.OK;
        }
        if (state.heads().isEmpty()) {
            console().info("The database is at base: no revision applied");
        }
        if (verbose) {
            console().println("Current revision(s) for " + migrator.settings().database().describe() + ":");
        }
        for (RevisionInfo revision : state.all()) {
            console().println(verbose ? RevisionText.entry(revision, false) : RevisionText.line(revision,
                    RevisionText.Style.CURRENT, false));
        }
        for (ChecksumMismatch changed : state.changed()) {
            console().warn("revision " + changed.revision() + " changed since it was applied (checksum "
                    + changed.recorded() + " recorded, " + changed.current() + " now)");
        }
        return ExitCode.OK;
    }
}
