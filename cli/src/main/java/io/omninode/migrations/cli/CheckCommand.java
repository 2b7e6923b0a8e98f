package io.omninode.migrations.cli;

import io.omninode.migrations.SchemaCheck;
import io.omninode.migrations.cli.format.JsonOutput;
import io.omninode.migrations.cli.format.SchemaOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", description = "Check whether the database matches the entities and the snapshot of"
        + " its revision: exit 0 when it does, 1 with every difference, 2 when the database is not at head.")
final class CheckCommand extends DatabaseCommand {

    static final String CLEAN = SchemaCheck.CLEAN_HEADLINE;

    @Option(names = "--json", description = "Print {\"clean\", \"revisions\", \"expected\","
            + " \"differences\": [{subject, line, destructive}], \"notCompared\": [{kind, name}]}.")
    boolean json;

    @Override
    public Integer call() {
        SchemaCheck check = session().migrator().check();
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("clean", check.clean());
            document.put("revisions", check.revisions());
            document.put("expected", check.expected());
            document.put("differences", check.differences().stream().map(d -> SchemaOutput.difference(d.subject(),
                    d.line(), d.destructive())).toList());
            document.put("notCompared", check.notCompared());
            console().print(JsonOutput.write(document));
        } else {
            SchemaOutput.notCompared(check.notCompared()).forEach(console()::println);
            console().println(check.headline());
            check.lines().forEach(console()::println);
        }
        return check.clean() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }
}
