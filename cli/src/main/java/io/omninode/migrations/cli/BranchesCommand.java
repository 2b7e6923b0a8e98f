package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.RevisionText;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "branches", description = "Show the branch points: revisions followed by more than one revision.")
final class BranchesCommand extends DatabaseCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each branch point in full.")
    boolean verbose;

    @Option(names = "--json", description = "Print a JSON array of revisions (their nextRevisions are the branches).")
    boolean json;

    @Override
    public Integer call() {
        Migrator migrator = session().offlineMigrator();
        List<RevisionInfo> branchPoints = migrator.branches();
        if (json) {
            console().print(JsonOutput.write(branchPoints));
            return ExitCode.OK;
        }
        for (RevisionInfo branchPoint : branchPoints) {
            console().println(verbose ? RevisionText.entry(branchPoint, false)
                    : RevisionText.line(branchPoint, RevisionText.Style.BRANCH_POINT, false));
            String indent = " ".repeat(branchPoint.revision().length());
            for (String next : branchPoint.nextRevisions()) {
                console().println(indent + " -> " + RevisionText.line(migrator.info(next),
                        verbose ? RevisionText.Style.BRANCH_VERBOSE : RevisionText.Style.BRANCH, false));
            }
            console().println("");
        }
        return ExitCode.OK;
    }
}
