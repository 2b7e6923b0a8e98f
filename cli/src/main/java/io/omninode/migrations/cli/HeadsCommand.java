package io.omninode.migrations.cli;

import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.RevisionText;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", description = "Show the current heads of the migrations.")
final class HeadsCommand extends DatabaseCommand {

    @Option(names = {"-v", "--verbose"}, description = "Show each head in full.")
    boolean verbose;

    @Option(names = "--json", description = "Print a JSON array of revisions.")
    boolean json;

    @Override
    public Integer call() {
        List<RevisionInfo> heads = session().offlineMigrator().heads();
        if (json) {
            console().print(JsonOutput.write(heads));
            return ExitCode.OK;
        }
        heads.forEach(head -> console().println(verbose ? RevisionText.entry(head, false)
                : RevisionText.line(head, RevisionText.Style.HEADS, false)));
        return ExitCode.OK;
    }
}
