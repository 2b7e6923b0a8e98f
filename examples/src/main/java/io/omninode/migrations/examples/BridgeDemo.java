package io.omninode.migrations.examples;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.cli.CliContext;
import io.omninode.migrations.cli.Main;
import io.omninode.migrations.config.DatabaseSettings;
import io.omninode.migrations.config.DatabaseEnvironment;
import io.omninode.migrations.schema.Table;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OmniNode Bridge schema taken through its life with the real {@code omninode-migrate} commands,
 * each printing its own output: on the database the seed's variables name, or on a PostgreSQL 17
 * started for the occasion when none is set.
 */
public final class BridgeDemo {

    /** A step of the tour. */
    sealed interface Step permits Command, ByHand {}

    /**
     * An {@code omninode-migrate} command.
     *
     * @param args its arguments, {@code $DATABASE} standing for the database's URL
     * @param expectedExit the exit code the tour expects (1 for {@code check} finding drift)
     */
    record Command(List<String> args, int expectedExit) implements Step {
        Command {
            args = List.copyOf(args);
        }
    }

    /** SQL run by hand, outside migrations, as a hotfix is. */
    record ByHand(String why, String sql) implements Step {}

    static final String DATABASE = "$DATABASE";

    /** The hotfix that {@code check} must catch: an index made by hand on a busy day. */
    static final String HOTFIX_INDEX = "ix_hook_events_source";

    /** The tour: what an Alembic user runs, command for command, and drift caught on the way. */
    static final List<Step> TOUR = List.of(
            new Command(List.of("upgrade", "head"), 0),
            new Command(List.of("current"), 0),
            new Command(List.of("history", "--verbose"), 0),
            new Command(List.of("graph"), 0),
            new Command(List.of("check"), 0),
            new ByHand("a hotfix index, made by hand outside migrations",
                    "create index " + HOTFIX_INDEX + " on hook_events (source)"),
            new Command(List.of("check"), 1),
            new Command(List.of("diff", DATABASE, "entities"), 0),
            new ByHand("the hotfix removed again (or turned into a migration)", "drop index " + HOTFIX_INDEX),
            new Command(List.of("downgrade", "-1"), 0),
            new Command(List.of("current"), 0),
            new Command(List.of("upgrade", "head"), 0),
            new Command(List.of("upgrade", "--sql", "7a2d5e6f9b04:fada80bdcb05"), 0));

    /** Tables the demo may find in a database it is given; anything else belongs to someone else. */
    private static final List<String> OWN_TABLES = List.of("alembic_version", "omninode_migration_log");

    private final PrintWriter out;

    BridgeDemo(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(System.out, true);
        Map<String, String> environment = System.getenv();
        Optional<DemoDatabase> given = DemoDatabase.fromEnvironment(environment);
        int exitCode;
        if (given.isPresent()) {
            out.println("Using " + given.get().description() + "; nothing is started.");
            exitCode = new BridgeDemo(out).run(environment, given.get());
        } else {
            out.println("Starting an embedded PostgreSQL 17 for the OmniNode Bridge database"
                    + " (set OMNINODE_BRIDGE_DATABASE_URL, DATABASE_URL or POSTGRES_* to use yours)...");
            try (EmbeddedServer server = EmbeddedServer.start()) {
                DemoDatabase embedded = DemoDatabase.embedded(server.url());
                out.println("Using " + embedded.description() + "; it is removed when the demo ends.");
                exitCode = new BridgeDemo(out).run(
                        Map.of(DatabaseEnvironment.BRIDGE_URL, embedded.url()), embedded);
            }
        }
        System.exit(exitCode);
    }

    /**
     * Runs the tour with the CLI seeing {@code environment}; returns 0, or the exit code of the first
     * command that ended otherwise than the tour expects.
     */
    int run(Map<String, String> environment, DemoDatabase database) throws IOException {
        DatabaseSettings settings = Migrator.configure().environment(environment).settings().database();
        Optional<String> refusal = foreignTables(settings)
                .map(tables -> "The database holds tables that are not the bridge's (" + String.join(", ", tables)
                        + "). The demo changes the schema it runs on, so give it an empty database (createdb"
                        + " bridge_demo, then point the variable at it) or unset the seed's variables for an"
                        + " embedded one.");
        if (refusal.isPresent()) {
            out.println(refusal.get());
            return 3;
        }
        Path workingDirectory = DemoWorkspace.create();
        try {
            CliContext context = new CliContext(environment, workingDirectory, BridgeDemo.class.getClassLoader(),
                    Clock.systemDefaultZone()); // the class loader finds the registry and the entity snapshot
            for (Step step : TOUR) {
                out.println();
                int failed = step instanceof Command command ? run(context, command, database)
                        : runByHand(settings, (ByHand) step);
                if (failed != 0) {
                    return failed;
                }
            }
            return 0;
        } finally {
            DemoWorkspace.delete(workingDirectory);
        }
    }

    private int run(CliContext context, Command command, DemoDatabase database) {
        List<String> args = command.args().stream().map(a -> a.equals(DATABASE) ? database.url() : a).toList();
        List<String> shown = command.args().stream().map(a -> a.equals(DATABASE) ? database.shown() : a).toList();
        out.println("$ omninode-migrate " + String.join(" ", shown));
        out.flush();
        // progress (stderr) and results (stdout) interleaved, as a terminal shows them
        int exitCode = Main.execute(context, out, out, args.toArray(new String[0]));
        if (exitCode != 0 || command.expectedExit() != 0) {
            out.println("(exit " + exitCode + ")");
        }
        return exitCode == command.expectedExit() ? 0 : exitCode == 0 ? 1 : exitCode;
    }

    private int runByHand(DatabaseSettings settings, ByHand step) {
        out.println("$ psql -c \"" + step.sql() + "\"   # " + step.why());
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            statement.execute(step.sql());
            return 0;
        } catch (SQLException e) {
            out.println("ERROR: " + settings.mask(e.getMessage()));
            return 1;
        }
    }

    /** Tables outside the bridge's, if any: the demo refuses to work on somebody else's database. */
    private static Optional<List<String>> foreignTables(DatabaseSettings settings) {
        List<String> own = new ArrayList<>(OWN_TABLES);
        SchemaSnapshot.fromClasspath(BridgeDemo.class.getClassLoader())
                .ifPresent(entities -> entities.tables().stream().map(Table::name).forEach(n -> own.add(n.name())));
        try (Connection connection = connect(settings);
                PreparedStatement query = connection.prepareStatement("select table_schema || '.' || table_name"
                        + " from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"
                        + " and not (table_schema = current_schema() and table_name = any(?)) order by 1 limit 5")) {
            Array names = connection.createArrayOf("text", own.toArray());
            query.setArray(1, names);
            List<String> foreign = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    foreign.add(rows.getString(1));
                }
            }
            return foreign.isEmpty() ? Optional.empty() : Optional.of(foreign);
        } catch (SQLException e) {
            // the tour's first command reports an unreachable database in the CLI's own words
            return Optional.empty();
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.connectionProperties());
    }
}
