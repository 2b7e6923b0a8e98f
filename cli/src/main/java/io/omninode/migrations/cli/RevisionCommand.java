package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "revision", description = "Create a new revision: a @Migration class with empty upgrade and downgrade methods, written into"
                + " the configured source folder and package.")
final class RevisionCommand extends DatabaseCommand {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", defaultValue = "head",
            description = "The revision to build on (default: ${DEFAULT-VALUE}; base starts a new root).")
    String head;

    @Option(names = "--splice", description = "Allow a --head that is not a head, starting a new branch from it.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the new revision.")
    List<String> branchLabels = List.of();

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision or branch label it depends on.")
    List<String> dependsOn = List.of();

    @Option(names = "--rev-id", paramLabel = "ID", description = "The revision id instead of a random 12-hex one.")
    String revId;

    @Option(names = "--autogenerate", description = "Fill upgrade and downgrade in from the difference between the"
            + " entities and the database, which must be at head (with --offline: the head revision's snapshot).")
    boolean autogenerate;

    @Option(names = "--offline", description = "With --autogenerate: compare the entity snapshot on the classpath with"
            + " the head revision's snapshot in the schema folder; no database is used.")
    boolean offline;

    @Option(names = "--schema-dir", paramLabel = "DIR", description = "The folder of revision snapshots"
            + " (<revision>.json); default: the schema_dir key, else " + Session.DEFAULT_SCHEMA_DIR + ".")
    String schemaDir;

    @Option(names = "--no-safe-ddl", description = "With --autogenerate: plain DDL, without the safe form for existing"
            + " tables (concurrent indexes in a second, non-transactional revision; constraints NOT VALID, then"
            + " validated); for databases that are empty whenever they are migrated. Key " + ConfigFile.SAFE_DDL + ".")
    boolean noSafeDdl;

    @Override
    public Integer call() {
        boolean autogenerating = autogenerate || offline || schemaDir != null || noSafeDdl;
        if (autogenerating) {
            checkAutogenerateOptions();
        }
        Migrator migrator = session().workingMigrator(true);
        RevisionFiles files = new RevisionFiles(session(), migrator);
        if (autogenerating) {
            return new AutogenerateRevision(session(), migrator, files).run(message, schemaDir, offline,
                    !noSafeDdl && session().safeDdl());
        }
        files.write(message, parents(migrator, files), branchLabels, dependsOn, revId);
        return ExitCode.OK;
    }

    private void checkAutogenerateOptions() {
        if (!autogenerate) {
            throw CliException.usage("--offline, --schema-dir and --no-safe-ddl go with --autogenerate");
        }
        if (!"head".equals(head) || splice || !branchLabels.isEmpty() || !dependsOn.isEmpty() || revId != null) {
            throw CliException.usage("revision --autogenerate builds on the single head with an id derived from the"
                    + " changes; --head, --splice, --branch-label, --depends-on and --rev-id do not apply");
        }
    }

    private List<String> parents(Migrator migrator, RevisionFiles files) {
        if ("base".equals(head) || "head".equals(head) && migrator.graph().size() == 0) {
            return List.of();
        }
        List<String> heads = migrator.graph().heads();
        if ("head".equals(head) && heads.size() > 1) {
            throw CliException.usage("Multiple heads are present (" + String.join(", ", heads) + "); please specify"
                    + " the head revision on which the new revision should be based with --head, or perform a merge");
        }
        String parent = files.single(head, "--head");
        RevisionInfo info = migrator.info(parent);
        if (!info.head() && !splice) {
            throw CliException.usage("Revision " + parent + " is not a head revision; please specify --splice to create"
                    + " a new branch from this revision");
        }
        return List.of(parent);
    }
}
