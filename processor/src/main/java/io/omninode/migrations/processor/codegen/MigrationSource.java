package io.omninode.migrations.processor.codegen;

import io.omninode.migrations.schema.change.SchemaChange;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * A new migration source file, whichever path writes it: {@code revision} and {@code merge} (empty
 * bodies), {@code revision --autogenerate} and the compile-time stub (bodies from entity changes).
 * {@link MigrationSourceWriter} writes it; {@link MigrationClassName} names it.
 *
 * @param packageName the package ("" for none)
 * @param revision the revision id
 * @param downRevisions the revisions it follows; empty for a base, two or more for a merge
 * @param message the one-line description, may be blank
 * @param branchLabels branch labels it declares
 * @param dependsOn revisions or labels it depends on
 * @param created when it was created, shown and part of the class name; empty for a stub, which
 *     every build writes again and so must not depend on the time
 * @param changes the schema changes it makes; empty for a revision whose bodies the user writes
 * @param transactional {@code false} for a revision whose statements must run outside a transaction
 */
public record MigrationSource(String packageName, String revision, List<String> downRevisions, String message,
        List<String> branchLabels, List<String> dependsOn, Optional<LocalDateTime> created, Optional<Changes> changes,
        boolean transactional) {

    /**
     * What a migration generated from a schema difference does.
     *
     * @param summary the review lines, shown in the class comment
     * @param upgrade the changes from the schema before to the new one
     * @param downgrade the changes back
     * @param comments a one-line comment (or several, one per line) written above a change
     */
    public record Changes(List<String> summary, List<SchemaChange> upgrade, List<SchemaChange> downgrade,
            Map<SchemaChange, String> comments) {

        public Changes {
            summary = List.copyOf(summary);
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
            comments = Map.copyOf(comments);
        }

        public Changes(List<String> summary, List<SchemaChange> upgrade, List<SchemaChange> downgrade) {
            this(summary, upgrade, downgrade, Map.of());
        }
    }

    public MigrationSource {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(revision, "revision");
        downRevisions = List.copyOf(downRevisions);
        message = Objects.requireNonNullElse(message, "");
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(changes, "changes");
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a package name");
        }
        String className = MigrationClassName.of(revision, message, created);
        if (!SourceVersion.isName(className)) {
            throw new IllegalArgumentException("revision \"" + revision + "\" gives \"" + className
                    + "\", which is not a Java class name");
        }
    }

    /** A revision whose upgrade and downgrade the user writes ({@code revision}, {@code merge}). */
    public static MigrationSource revision(String packageName, String revision, List<String> downRevisions,
            String message, List<String> branchLabels, List<String> dependsOn, LocalDateTime created) {
        return new MigrationSource(packageName, revision, downRevisions, message, branchLabels, dependsOn,
                Optional.of(created), Optional.empty(), true);
    }

    /**
     * A revision generated from schema changes after {@code downRevision} ("" for a first revision):
     * the compile-time stub (no creation time) or {@code revision --autogenerate}.
     */
    public static MigrationSource ofChanges(String packageName, String revision, String downRevision, String message,
            Changes changes, Optional<LocalDateTime> created) {
        return new MigrationSource(packageName, revision, downRevision.isEmpty() ? List.of() : List.of(downRevision),
                message, List.of(), List.of(), created, Optional.of(changes), true);
    }

    /** This revision followed by a non-transactional one doing {@code changes}, named {@code <message> online}. */
    public MigrationSource followedOutsideTransaction(String revision, Changes changes) {
        return new MigrationSource(packageName, revision, List.of(this.revision), message + " online", List.of(),
                List.of(), created, Optional.of(changes), false);
    }

    /** The same revision, outside a transaction. */
    public MigrationSource outsideTransaction() {
        return new MigrationSource(packageName, revision, downRevisions, message, branchLabels, dependsOn, created,
                changes, false);
    }

    /** The simple class name, by {@link MigrationClassName}. */
    public String className() {
        return MigrationClassName.of(revision, message, created);
    }

    /** The file under {@code sourceRoot}, e.g. {@code src/main/java/com/example/db/V..._add_node.java}. */
    public Path file(Path sourceRoot) {
        Path folder = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
        return folder.resolve(className() + ".java");
    }
}
