package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.MigrationsException;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.cli.format.DotGraph;
import io.omninode.migrations.cli.format.TerminalGraph;
import io.omninode.migrations.graph.Revision;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "graph", description = "Draw the revision graph, newest first, the database's current revisions marked when it is"
                + " reachable.")
final class GraphCommand extends DatabaseCommand {

    @Option(names = "--dot", description = "Write Graphviz DOT instead (graph --dot | dot -Tsvg > history.svg).")
    boolean dot;

    @Option(names = "--offline", description = "Do not connect to the database to mark the current revisions.")
    boolean offline;

    @Override
    public Integer call() {
        Migrator migrator = offline ? session().offlineMigrator() : session().migrator();
        List<RevisionInfo> revisions = migrator.graph().revisions().stream().map(Revision::id).map(migrator::info)
                .toList();
        Set<String> current = offline ? Set.of() : current(migrator);
        if (dot) {
            console().print(DotGraph.write(revisions, current));
        } else {
            TerminalGraph.draw(revisions, current).forEach(console()::println);
        }
        return ExitCode.OK;
    }

    /** The current revisions, or none when the database cannot tell: the graph is useful without them. */
    private Set<String> current(Migrator migrator) {
        try {
            return Set.copyOf(migrator.current().revisions());
        } catch (MigrationsException e) {
            console().info("Current revisions not marked: " + e.getMessage());
            return Set.of();
        }
    }
}
