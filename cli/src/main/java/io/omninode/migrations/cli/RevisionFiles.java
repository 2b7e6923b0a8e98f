package io.omninode.migrations.cli;

import io.omninode.migrations.Migrator;
import io.omninode.migrations.RevisionInfo;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.processor.codegen.MigrationSource;
import io.omninode.migrations.processor.codegen.MigrationSourceWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the class of a new revision ({@code revision}, {@code merge}) into the configured source
 * folder and package, named by {@code MigrationClassName} ({@code V<date>_<time>_<id>_<slug>}); its id
 * is checked as Alembic checks one.
 */
final class RevisionFiles {

    private static final Pattern ALEMBIC_REFUSED = Pattern.compile("[@\\-+:]");

    private final Session session;
    private final Migrator migrator;

    RevisionFiles(Session session, Migrator migrator) {
        this.session = session;
        this.migrator = migrator;
    }

    /**
     * Writes the class and prints its path.
     *
     * @param revId the requested id, or {@code null} for a new random one
     * @return the written file
     */
    Path write(String message, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn,
            String revId) {
        RevisionGraph graph = migrator.graph();
        String id = revId == null ? newId(graph) : checkedId(revId, graph);
        for (String label : branchLabels) {
            if (label.contains("@")) {
                throw CliException.usage("branch label \"" + label + "\" contains \"@\", which targets use as a"
                        + " separator; choose another label");
            }
            graph.revisionForLabel(label).ifPresent(owner -> {
                throw CliException.usage("branch label \"" + label + "\" is already used by revision " + owner);
            });
        }
        List<String> dependencies = new ArrayList<>();
        for (String dependency : dependsOn) {
            dependencies.add(graph.revisionForLabel(dependency).isPresent() ? dependency : single(dependency, "--depends-on"));
        }
        MigrationSource source = MigrationSource.revision(packageName(), id, downRevisions, message, branchLabels,
                dependencies, now());
        Path file = write(source, sourceFolder());
        session.console().println("  Generating " + file + " ...  done");
        return file;
    }

    /** The creation time of a new revision, shown in it and part of its class name. */
    LocalDateTime now() {
        return LocalDateTime.now(session.context().clock());
    }

    /** The one revision a target names (an id, a prefix, a label, head...). */
    String single(String target, String option) {
        List<RevisionInfo> named = migrator.show(target);
        if (named.size() != 1) {
            throw CliException.usage(option + " " + target + " names " + named.size() + " revisions ("
                    + String.join(", ", named.stream().map(RevisionInfo::revision).toList()) + "); name one");
        }
        return named.get(0).revision();
    }

    private static String newId(RevisionGraph graph) {
        String id;
        do {
            // Alembic's form: the last 12 hex digits of a random UUID
            id = UUID.randomUUID().toString().replace("-", "").substring(20);
        } while (graph.contains(id));
        return id;
    }

    private static String checkedId(String id, RevisionGraph graph) {
        Matcher refused = ALEMBIC_REFUSED.matcher(id);
        if (refused.find()) {
            throw CliException.usage("Character(s) '" + refused.group() + "' not allowed in revision identifier '"
                    + id + "'");
        }
        Revision.idProblem(id).ifPresent(problem -> {
            throw CliException.usage(problem);
        });
        if (graph.contains(id)) {
            throw CliException.usage("Revision " + id + " is already present; choose another --rev-id");
        }
        return id;
    }

    /** The file's {@code package}, else the package of the newest head's class. */
    String packageName() {
        String configured = session.config().get(ConfigFile.PACKAGE);
        if (configured != null) {
            return configured;
        }
        List<RevisionInfo> heads = migrator.heads();
        if (heads.isEmpty()) {
            throw CliException.configuration("no package for the new revision: set package=com.example.db in "
                    + ConfigFile.FILE_NAME + " (there is no migration yet to take it from)");
        }
        String className = heads.get(heads.size() - 1).className();
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    Path sourceFolder() {
        return session.sourceFolder();
    }

    private static Path write(MigrationSource source, Path folder) {
        Path target = source.file(folder);
        if (Files.exists(target)) {
            throw CliException.usage(target + " already exists; wait a second or choose another --rev-id");
        }
        try {
            return MigrationSourceWriter.write(source).writeToPath(folder);
        } catch (IOException e) {
            throw CliException.configuration("cannot write " + target + ": " + e.getMessage()
                    + "; check source_folder in " + ConfigFile.FILE_NAME);
        }
    }
}
