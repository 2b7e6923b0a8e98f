package io.omninode.migrations.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import io.omninode.migrations.schema.change.SchemaChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Writes a migration class for a list of schema changes: {@code @Migration} with the new revision
 * and the head as {@code downRevision}, and {@code upgrade}/{@code downgrade} bodies that call the
 * {@code Operations} API, one statement per change; each destructive step carries a warning comment.
 * Used by the processor's stubs and by the offline autogenerate, so both write the same code.
 */
public final class StubWriter {

    /**
     * What to write.
     *
     * @param packageName the package of the class ("" for none)
     * @param revision the new revision id
     * @param downRevision the revision it follows (the head), or "" for a first (base) revision
     * @param message the revision message
     * @param summary the review lines, shown in the class comment
     * @param upgrade the changes from the head's schema to the new one
     * @param downgrade the changes back
     * @param className the class name; null for one derived from the message and the revision
     */
    public record Stub(String packageName, String revision, String downRevision, String message, List<String> summary,
            List<SchemaChange> upgrade, List<SchemaChange> downgrade, String className) {

        public Stub {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(downRevision, "downRevision");
            if (Objects.requireNonNull(message, "message").isBlank()) {
                throw new IllegalArgumentException("a migration needs a message");
            }
            summary = List.copyOf(summary);
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
            if (className == null) {
                className = derivedClassName(message, revision);
            } else if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
                throw new IllegalArgumentException("\"" + className + "\" is not a Java class name");
            }
        }

        /** A stub whose class name derives from the message and the revision. */
        public Stub(String packageName, String revision, String downRevision, String message, List<String> summary,
                List<SchemaChange> upgrade, List<SchemaChange> downgrade) {
            this(packageName, revision, downRevision, message, summary, upgrade, downgrade, null);
        }

        /** The same stub under another class name, such as the CLI's date-ordered one. */
        public Stub withClassName(String name) {
            return new Stub(packageName, revision, downRevision, message, summary, upgrade, downgrade,
                    Objects.requireNonNull(name, "name"));
        }

        /** The message in UpperCamelCase, then the revision, e.g. {@code AddBridgeTable_1a2b3c4d5e6f}. */
        static String derivedClassName(String message, String revision) {
            StringBuilder name = new StringBuilder();
            for (String word : message.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
            String prefix = name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))
                    ? "Migration" + name : name.toString();
            if (prefix.length() > 60) {
                prefix = prefix.substring(0, 60);
            }
            return prefix + "_" + revision;
        }
    }

    private StubWriter() {}

    /** The migration source for {@code stub}. */
    public static JavaFile write(Stub stub) {
        if (!stub.packageName().isEmpty() && !SourceVersion.isName(stub.packageName())) {
            throw new IllegalArgumentException("\"" + stub.packageName() + "\" is not a package name");
        }
        MigrationClassSpec spec = new MigrationClassSpec(stub.packageName(), stub.className(), stub.revision(),
                stub.downRevision().isEmpty() ? List.of() : List.of(stub.downRevision()), stub.message(), List.of(),
                List.of(), List.of());
        return MigrationClassWriter.write(spec, javadoc(stub), body(stub.upgrade()), body(stub.downgrade()));
    }

    private static CodeBlock javadoc(Stub stub) {
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("$L.\n\n", MigrationClassWriter.javadocText(
                        Character.toUpperCase(stub.message().charAt(0)) + stub.message().substring(1)))
                .add("<p>Generated by OmniNode Migrations from the entity changes after $L:\n",
                        stub.downRevision().isEmpty() ? "an empty schema" : "revision " + stub.downRevision())
                .add("<pre>\n");
        stub.summary().forEach(line -> javadoc.add("$L\n", MigrationClassWriter.javadocText(line)));
        return javadoc.add("</pre>\nReview every step (especially those marked destructive) before applying it.\n")
                .build();
    }

    private static CodeBlock body(List<SchemaChange> changes) {
        CodeBlock.Builder body = CodeBlock.builder();
        ChangeCode code = new ChangeCode("op");
        for (SchemaChange change : changes) {
            if (change.destructive()) {
                body.add("// WARNING: destructive, data can be lost: review before applying\n");
            }
            body.addStatement("$L", change.accept(code));
        }
        return body.build();
    }

    /**
     * An Alembic-style revision id (12 hex digits) derived from the inputs, so that the same head and
     * the same entities give the same stub on every build instead of a new file each time.
     */
    public static String revisionId(String... inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                digest.update(input.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
