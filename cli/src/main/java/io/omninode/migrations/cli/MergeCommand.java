package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = "Create a revision that merges two or more revisions (usually: merge -m \"merge heads\" heads).")
final class MergeCommand extends DatabaseCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge is for.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision.")
    List<String> branchLabels = List.of();

    @Option(names = "--rev-id", paramLabel = "ID", description = "The revision id instead of a random 12-hex one.")
    String revId;

    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to merge (heads for every head).")
    List<String> revisions;

    @Override
    public Integer call() {
        Migrator migrator = session().workingMigrator(false);
        List<String> parents = new ArrayList<>();
        for (String revision : revisions) {
            for (RevisionInfo named : migrator.show(revision)) {
                if (!parents.contains(named.revision())) {
                    parents.add(named.revision());
                }
            }
        }
        if (parents.size() < 2) {
            throw CliException.usage("a merge needs at least two revisions, but " + String.join(" ", revisions)
                    + " name(s) only " + String.join(", ", parents));
        }
        for (String parent : parents) {
            for (String other : parents) {
                if (migrator.graph().ancestors(parent).contains(other)) {
                    throw CliException.usage("Revision " + other + " is an ancestor of " + parent + "; a merge joins"
                            + " revisions on separate branches");
                }
            }
        }
        new RevisionFiles(session(), migrator).write(message, parents, branchLabels, List.of(), revId);
        return ExitCode.OK;
    }
}
