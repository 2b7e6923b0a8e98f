package io.omninode.migrations.cli.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code @Migration} classes of a source folder without compiling it.
 *
 * <pre>{@code
 * MigrationSources sources = MigrationSourceReader.read(Path.of("src/main/java"));
 * sources.warnings().forEach(console::warn);
 * sources.migrations().forEach(m -> System.out.println(m.revision().id() + " " + m.location()));
 * }</pre>
 *
 * A file that does not parse is skipped with a warning, unless it mentions {@code @Migration}: a
 * migration that cannot be read would let a new revision fork the history, so that is an error.
 */
public final class MigrationSourceReader {

    static final String ANNOTATION_PACKAGE = "io.omninode.migrations.annotations";
    private static final String ANNOTATION = "Migration";
    /** For a file without a syntax tree: whether it looks like it declares a migration. */
    private static final Pattern MENTIONS_MIGRATION = Pattern.compile("@\\s*(?:[\\w.]+\\.)?Migration\\b");

    private final JavaParser parser = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    private final List<SourceMigration> migrations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private MigrationSourceReader() {}

    /**
     * Every {@code @Migration} class under {@code folder}; nothing when the folder does not exist.
     *
     * @throws MigrationSourceException when a migration source does not parse or a value is not a constant
     * @throws UncheckedIOException when a file cannot be read
     */
    public static MigrationSources read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new MigrationSources(List.of(), List.of());
        }
        MigrationSourceReader reader = new MigrationSourceReader();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted()
                    .toList()) {
                reader.readFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration sources in " + folder, e);
        }
        return new MigrationSources(reader.migrations, reader.warnings);
    }

    private void readFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ParseResult<CompilationUnit> parsed = parser.parse(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            String problem = parsed.getProblems().stream().findFirst().map(Problem::getVerboseMessage)
                    .map(m -> m.lines().findFirst().orElse(m)).orElse("not Java");
            if (MENTIONS_MIGRATION.matcher(text).find()) {
                throw new MigrationSourceException("cannot parse migration source " + file + ": " + problem
                        + "; fix the file (its @Migration is needed to place the new revision in the history)");
            }
            warnings.add("skipped " + file + ", which does not parse (" + problem + "); it holds no @Migration");
            return;
        }
        CompilationUnit unit = parsed.getResult().get();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            migrationAnnotation(unit, type).ifPresent(annotation -> migrations.add(new SourceMigration(file,
                    annotation.getBegin().map(position -> position.line).orElse(0),
                    type.getFullyQualifiedName().orElse(type.getNameAsString()),
                    new MigrationAnnotation(unit, file, annotation).revision())));
        }
    }

    /** Our {@code @Migration}, not another library's annotation of the same simple name. */
    private static Optional<AnnotationExpr> migrationAnnotation(CompilationUnit unit, TypeDeclaration<?> type) {
        return type.getAnnotationByName(ANNOTATION).filter(annotation -> {
            String name = annotation.getNameAsString();
            if (name.contains(".")) {
                return name.equals(ANNOTATION_PACKAGE + "." + ANNOTATION);
            }
            boolean samePackage = unit.getPackageDeclaration()
                    .filter(p -> p.getNameAsString().equals(ANNOTATION_PACKAGE)).isPresent();
            return samePackage || unit.getImports().stream().anyMatch(MigrationSourceReader::importsMigration);
        });
    }

    private static boolean importsMigration(ImportDeclaration declaration) {
        String name = declaration.getNameAsString();
        return !declaration.isStatic() && (declaration.isAsterisk() ? name.equals(ANNOTATION_PACKAGE)
                : name.equals(ANNOTATION_PACKAGE + "." + ANNOTATION));
    }
}
