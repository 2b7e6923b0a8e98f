package io.omninode.migrations.processor;

import static io.omninode.migrations.processor.Sources.migration;
import static io.omninode.migrations.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.spi.MigrationDescriptor;
import io.omninode.migrations.spi.MigrationFactory;
import io.omninode.migrations.spi.MigrationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryGenerationTest {

    private static final String REGISTRY = "com.example.db.GeneratedMigrationRegistry";

    /** A small OmniNode Bridge history: a base, two branches (one labelled), a merge, and a dependency. */
    private static List<JavaFileObject> bridgeHistory() {
        return List.of(
                migration("V1CreateNode", """
                        revision = "1975ea83b712",
                        message = "create node table\""""),
                migration("V2AddAccount", """
                        revision = "ae1027a6acf",
                        downRevision = "1975ea83b712",
                        message = "add account table\""""),
                migration("V3AddEvents", """
                        revision = "27c6a30d7c24",
                        downRevision = "1975ea83b712",
                        branchLabels = "events",
                        message = "add event log\""""),
                migration("V4Merge", """
                        revision = "3c9f5e1b2a10",
                        downRevision = {"ae1027a6acf", "27c6a30d7c24"},
                        message = "merge account and events\""""),
                migration("V5IndexEvents", """
                        revision = "4d0a6f2c3b21",
                        downRevision = "3c9f5e1b2a10",
                        dependsOn = "ae1027a6acf",
                        transactional = false,
                        message = "index events concurrently\""""));
    }

    private static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).withOptions((Object[]) options).compile(sources);
    }

    private static String generated(Compilation compilation, String qualifiedName) throws IOException {
        return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void healthyHistoryCompilesWithoutWarningsAndMatchesTheGoldenRegistry() throws IOException {
        Compilation compilation = compile(bridgeHistory());

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/GeneratedMigrationRegistry.java.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(generated(compilation, REGISTRY)).isEqualTo(golden);
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MigrationProcessor.SERVICE_FILE).orElseThrow()
                .getCharContent(true).toString()).isEqualTo(REGISTRY + "\n");
    }

    @Test
    void generatedSourceIsByteForByteStableWhateverTheSourceOrder() throws IOException {
        List<JavaFileObject> reversed = new ArrayList<>(bridgeHistory());
        java.util.Collections.reverse(reversed);

        assertThat(generated(compile(reversed), REGISTRY)).isEqualTo(generated(compile(bridgeHistory()), REGISTRY));
    }

    @Test
    void stageTimesAreOneNoteWhenAskedForAndNothingOtherwise() {
        Compilation timed = compile(bridgeHistory(), "-Aomninode.migrations.stageTimes=true", "-Werror");
        Compilation quiet = compile(bridgeHistory());

        CompilationSubject.assertThat(timed).succeeded();
        assertThat(timed.notes()).filteredOn(note -> note.getMessage(null).startsWith(StageTimes.NOTE_PREFIX))
                .singleElement().extracting(note -> note.getMessage(null)).asString()
                .matches("omninode stage times \\(ms\\): migrations read \\d+, graph checked \\d+, registry written \\d+");
        assertThat(quiet.notes()).noneMatch(note -> note.getMessage(null).startsWith(StageTimes.NOTE_PREFIX));
    }

    @Test
    void warningsAsErrorsBuildSucceeds() {
        Compilation compilation = compile(bridgeHistory(), "-Xlint:all", "-Werror");

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void registryLoadsThroughServiceLoaderInTopologicalOrderWithWorkingFactories(@TempDir Path work) throws Exception {
        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(), processors(),
                bridgeHistory().toArray(new JavaFileObject[0]));
        assertThat(result.success()).as(result.diagnostics()).isTrue();

        try (URLClassLoader loader = result.classLoader()) {
            List<MigrationRegistry> registries = new ArrayList<>();
            ServiceLoader.load(MigrationRegistry.class, loader).forEach(registries::add);
            assertThat(registries).singleElement().extracting(r -> r.getClass().getName()).isEqualTo(REGISTRY);
            List<MigrationDescriptor> migrations = registries.get(0).migrations();

            assertThat(migrations).extracting(MigrationDescriptor::revision).containsExactly(
                    "1975ea83b712", "27c6a30d7c24", "ae1027a6acf", "3c9f5e1b2a10", "4d0a6f2c3b21");
            MigrationDescriptor merge = migrations.get(3);
            assertThat(merge.downRevisions()).containsExactly("ae1027a6acf", "27c6a30d7c24");
            assertThat(merge.message()).isEqualTo("merge account and events");
            assertThat(migrations.get(1).branchLabels()).containsExactly("events");
            assertThat(migrations.get(4).dependsOn()).containsExactly("ae1027a6acf");
            assertThat(migrations.get(4).transactional()).isFalse();
            assertThat(migrations.get(0).transactional()).isTrue();
            for (MigrationDescriptor descriptor : migrations) {
                MigrationScript script = descriptor.factory().get();
                assertThat(script.getClass().getName()).isEqualTo(descriptor.className());
                assertThat(script).isNotSameAs(descriptor.factory().get());
            }
        }
    }

    @Test
    void oddMessagesLabelsAndAWideMergeComeBackFromTheRegistryExactlyAsDeclared(@TempDir Path work) throws Exception {
        // a quote, a backslash, the row's own separators (escaped or not), line breaks, a combining accent,
        // CJK and a character outside the BMP (a surrogate pair)
        String odd = "quote \" backslash \\ pipe | comma , \\| \\, newline\n tab\t e\u0301t\u00e9 \u65e5\u672c \ud83d\ude00";
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(migration("Base", """
                revision = "base",
                branchLabels = {"core, main|x\\\\y", "\u00e9v\u00e9nements", "a b"},
                message = "%s\"""".formatted(javaLiteralBody(odd))));
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            branches.add("\"side%02d\"".formatted(i));
            sources.add(migration("Side%02d".formatted(i), """
                    revision = "side%02d",
                    downRevision = "base",
                    message = "side %02d\"""".formatted(i, i)));
        }
        sources.add(migration("Merge", """
                revision = "merge",
                downRevision = {%s},
                dependsOn = {"core, main|x\\\\y", "side03"},
                transactional = false,
                message = "%s\"""".formatted(String.join(", ", branches), // as long as a class-file constant allows
                        "x".repeat(65_400) + "\u00e9\ud83d\ude00")));

        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of("-Xlint:all", "-Werror"),
                processors(), sources.toArray(new JavaFileObject[0]));

        assertThat(result.success()).as(result.diagnostics()).isTrue();
        try (URLClassLoader loader = result.classLoader()) {
            List<MigrationDescriptor> migrations = ServiceLoader.load(MigrationRegistry.class, loader).findFirst()
                    .orElseThrow().migrations();
            MigrationDescriptor base = migrations.get(0);
            assertThat(base.message()).isEqualTo(odd);
            assertThat(base.branchLabels()).containsExactly("core, main|x\\y", "\u00e9v\u00e9nements", "a b");
            assertThat(base.downRevisions()).isEmpty();
            MigrationDescriptor merge = migrations.get(13);
            assertThat(merge.revision()).isEqualTo("merge");
            assertThat(merge.downRevisions()).hasSize(12).startsWith("side00").endsWith("side11");
            assertThat(merge.dependsOn()).containsExactly("core, main|x\\y", "side03");
            assertThat(merge.message()).hasSize(65_403).endsWith("x\u00e9\ud83d\ude00");
            assertThat(merge.transactional()).isFalse();
            assertThat(merge.factory().get().getClass().getName()).isEqualTo("com.example.db.Merge");
            assertThat(migrations).extracting(MigrationDescriptor::checksum).allMatch(c -> c.matches("v2:[A-Za-z0-9_-]{43}"));
        }
    }

    /** The text between the quotes of a Java string literal holding {@code value}. */
    private static String javaLiteralBody(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
    }

    @Test
    void registryCarriesTheCodeChecksumAndTheWholeFileChecksumEarlierVersionsRecorded() throws Exception {
        JavaFileObject unix = migration("V1CreateNode", """
                revision = "1975ea83b712",
                message = "create node table\"""");
        String text = unix.getCharContent(true).toString();
        JavaFileObject windows = source("com.example.db.V1CreateNode", text.replace("\n", "\r\n"));
        String fromUnix = generated(compile(List.of(unix)), REGISTRY);
        String fromWindows = generated(compile(List.of(windows)), REGISTRY);

        assertThat(checksumIn(fromUnix)).matches("v2:[A-Za-z0-9_-]{43}").isEqualTo(checksumIn(fromWindows));
        String wholeFile = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(legacyChecksumIn(fromUnix)).isEqualTo(wholeFile);
        assertThat(legacyChecksumIn(fromWindows)).isEqualTo(wholeFile);
    }

    @Test
    void editingAStatementChangesBothChecksums() throws IOException {
        JavaFileObject edited = source("com.example.db.V1CreateNode", bridgeHistory().get(0).getCharContent(true)
                .toString().replace("select 1", "select 42"));
        String before = generated(compile(List.of(bridgeHistory().get(0))), REGISTRY);
        String after = generated(compile(List.of(edited)), REGISTRY);

        assertThat(checksumIn(after)).isNotEqualTo(checksumIn(before));
        assertThat(legacyChecksumIn(after)).isNotEqualTo(legacyChecksumIn(before));
    }

    @Test
    void addingACommentKeepsTheCodeChecksum() throws IOException {
        JavaFileObject commented = source("com.example.db.V1CreateNode", bridgeHistory().get(0).getCharContent(true)
                .toString().replace("op.execute(\"select 1\");", "op.execute(\"select 1\"); // still select 1"));
        String before = generated(compile(List.of(bridgeHistory().get(0))), REGISTRY);
        String after = generated(compile(List.of(commented)), REGISTRY);

        assertThat(checksumIn(after)).isEqualTo(checksumIn(before));
        assertThat(legacyChecksumIn(after)).isNotEqualTo(legacyChecksumIn(before));
    }

    @Test
    void nothingIsGeneratedWhenAnyMigrationHasAnError(@TempDir Path work) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>(bridgeHistory());
        sources.add(migration("Broken", """
                revision = "5e1b7a3d4c32",
                downRevision = "4d0a6f2c3b2",
                message = "broken link\""""));

        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(), processors(),
                sources.toArray(new JavaFileObject[0]));

        assertThat(result.success()).isFalse();
        assertThat(result.diagnostics()).contains("did you mean \"4d0a6f2c3b21\"?");
        try (var files = Files.walk(work)) {
            assertThat(files.map(Path::toString))
                    .noneMatch(p -> p.contains("GeneratedMigrationRegistry"))
                    .noneMatch(p -> p.contains("META-INF"));
        }
    }

    @Test
    void registryPackageOptionChoosesThePackage() {
        Compilation compilation = compile(bridgeHistory(), "-Aomninode.migrations.registryPackage=com.example.generated");

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompilationSubject.assertThat(compilation).generatedSourceFile("com.example.generated.GeneratedMigrationRegistry");
    }

    @Test
    void defaultPackageIsTheLongestCommonPackageOfTheMigrations() {
        JavaFileObject first = source("com.example.db.accounts.A1", """
                package com.example.db.accounts;

                @io.omninode.migrations.annotations.Migration(revision = "a1", message = "accounts")
                public final class A1 implements io.omninode.migrations.MigrationScript {
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);
        JavaFileObject second = source("com.example.db.events.E1", """
                package com.example.db.events;

                @io.omninode.migrations.annotations.Migration(revision = "e1", downRevision = "a1", message = "events")
                public final class E1 implements io.omninode.migrations.MigrationScript {
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);

        Compilation compilation = compile(List.of(first, second));

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        CompilationSubject.assertThat(compilation).generatedSourceFile(REGISTRY);
    }

    @Test
    void aLongHistoryIsSplitIntoPartsAndLoadsInOrderWithoutLoadingAnyMigrationClass(@TempDir Path work)
            throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String down = i == 0 ? "" : "downRevision = \"r%04d\",\n".formatted(i - 1);
            sources.add(migration("M%04d".formatted(i), "revision = \"r%04d\",\n%smessage = \"step %d\""
                    .formatted(i, down, i)));
        }

        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(), processors(),
                sources.toArray(new JavaFileObject[0]));

        assertThat(result.success()).as(result.diagnostics()).isTrue();
        assertThat(result.generatedSource(REGISTRY)).contains("Part3.describe(table);", "case 2: return Part3.create(index);",
                "case 599: return new M0599();").doesNotContain("Part4", "::new", "->");
        List<String> loaded = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()},
                getClass().getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            MigrationRegistry registry = ServiceLoader.load(MigrationRegistry.class, loader).findFirst().orElseThrow();
            List<MigrationDescriptor> migrations = registry.migrations();
            assertThat(migrations).hasSize(600);
            assertThat(migrations.get(599).revision()).isEqualTo("r0599");
            assertThat(migrations.get(599).downRevisions()).containsExactly("r0598");
            assertThat(loaded).as("describing the history loads the registry and its parts only")
                    .allMatch(name -> name.startsWith(REGISTRY));

            assertThat(migrations.get(251).factory().get().getClass().getName()).isEqualTo("com.example.db.M0251");
            assertThat(loaded).filteredOn(name -> !name.startsWith(REGISTRY)).containsExactly("com.example.db.M0251");
            assertThatThrownBy(() -> ((MigrationFactory) registry).create(600))
                    .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("no migration at index 600");
        }
    }

    @Test
    void aHistoryTooLargeForOneClassFileIsSpreadOverNestedClasses(@TempDir Path work) throws Exception {
        // One class file holds at most 65,535 constants; a single registry class overflowed at about 5,000.
        int count = 6_000;
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String down = i == 0 ? "" : ", downRevision = \"r%05d\"".formatted(i - 1);
            sources.add(source("com.example.db.M%05d".formatted(i), """
                    package com.example.db;
                    @io.omninode.migrations.annotations.Migration(revision = "r%05d"%s, message = "step %d")
                    public final class M%05d implements io.omninode.migrations.MigrationScript {
                        public void upgrade(io.omninode.migrations.Operations op) {}
                        public void downgrade(io.omninode.migrations.Operations op) {}
                    }
                    """.formatted(i, down, i, i)));
        }

        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(), processors(),
                sources.toArray(new JavaFileObject[0]));

        assertThat(result.success()).as(result.diagnostics()).isTrue();
        try (URLClassLoader loader = result.classLoader()) {
            MigrationRegistry registry = ServiceLoader.load(MigrationRegistry.class, loader).findFirst().orElseThrow();
            assertThat(registry.migrations()).hasSize(count);
            assertThat(registry.migrations().get(count - 1).revision()).isEqualTo("r05999");
            assertThat(registry.migrations().get(count - 1).factory().get().getClass().getSimpleName())
                    .isEqualTo("M05999");
        }
    }

    @Test
    void migrationAppearingInALaterRoundIsAnError(@TempDir Path work) throws IOException {
        DirectoryCompiler.Result result = DirectoryCompiler.compile(work, List.of(),
                List.of(new MigrationProcessor(), new LateSourceGenerator("com.example.db.LateOne", LateSourceGenerator.LATE_MIGRATION)),
                bridgeHistory().toArray(new JavaFileObject[0]));

        assertThat(result.success()).isFalse();
        assertThat(result.diagnostics()).contains("[OmniNode/LateMigration] @Migration class com.example.db.LateOne"
                + " appeared in annotation-processing round 2, after com.example.db.GeneratedMigrationRegistry was"
                + " generated in round 1");
    }

    @Test
    void processorIsRegisteredForJavacAndGradle() throws IOException {
        assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type)).contains(MigrationProcessor.class);
        try (InputStream in = getClass().getResourceAsStream("/META-INF/gradle/incremental.annotation.processors")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo(MigrationProcessor.class.getName() + ",aggregating");
        }
    }

    private static List<Processor> processors() {
        return List.of(new MigrationProcessor());
    }

    private static String checksumIn(String registrySource) {
        return firstMatch("\\|(v2:[A-Za-z0-9_-]{43})\\|", registrySource);
    }

    private static String legacyChecksumIn(String registrySource) {
        return firstMatch("\\|([0-9a-f]{64})\\|", registrySource);
    }

    private static String firstMatch(String regex, String registrySource) {
        Matcher matcher = Pattern.compile(regex).matcher(registrySource);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
