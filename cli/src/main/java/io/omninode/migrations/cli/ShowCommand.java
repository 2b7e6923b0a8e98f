package io.omninode.migrations.cli;

import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.RevisionText;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show the revision(s) a target names: an id or prefix, head, heads, a branch label, current.")
final class ShowCommand extends DatabaseCommand {

    @Parameters(paramLabel = "REV", description = "The revision to show.")
    String revision;

    @Option(names = "--json", description = "Print a JSON array of revisions.")
    boolean json;

    @Override
    public Integer call() {
        List<RevisionInfo> revisions = session().migrator().show(revision);
        if (json) {
            console().print(JsonOutput.write(revisions));
            return ExitCode.OK;
        }
        revisions.forEach(r -> console().println(RevisionText.entry(r, false)));
        return ExitCode.OK;
    }
}
