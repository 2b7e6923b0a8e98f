package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.RevisionText;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", description = "List revisions, newest first.")
final class HistoryCommand extends DatabaseCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only revisions in [start]:[end] (endpoints included; current, +N and -N read the database).")
    String range;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the database's current revisions (connects).")
    boolean indicateCurrent;

    @Option(names = "--json", description = "Print a JSON array of revisions (with \"current\" under --indicate-current).")
    boolean json;

    @Override
    public Integer call() {
        // a range may name current revisions; without one, history needs no database
        Migrator migrator = indicateCurrent || range != null ? session().migrator() : session().offlineMigrator();
        List<RevisionInfo> revisions = migrator.history(range);
        Set<String> current = indicateCurrent ? Set.copyOf(migrator.current().revisions()) : Set.of();
        if (json) {
            console().print(JsonOutput.write(indicateCurrent ? JsonOutput.withCurrent(revisions, current) : revisions));
            return ExitCode.OK;
        }
        for (RevisionInfo revision : revisions) {
            boolean isCurrent = current.contains(revision.revision());
            console().println(verbose ? RevisionText.entry(revision, isCurrent)
                    : RevisionText.line(revision, RevisionText.Style.HISTORY, isCurrent));
        }
        return ExitCode.OK;
    }
}
