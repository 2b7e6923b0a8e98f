package io.omninode.migrations.cli;

import io.omninode.migrations.ConfigurationException;
import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.cli.source.MigrationSourceException;
import io.omninode.migrations.cli.source.MigrationSourceReader;
import io.omninode.migrations.cli.source.MigrationSources;
import io.omninode.migrations.cli.source.SourceMigration;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The history that {@code revision}, {@code merge} and {@code revision --autogenerate} build on:
 * the compiled migrations merged with the source folder's, so that two revisions written without
 * compiling in between chain instead of forking. Like Alembic, which reads only its versions folder,
 * the source folder is the truth for the packages it holds: a source wins over the compiled class
 * of the same revision (it may have been edited), and a compiled migration whose package folder
 * is in the source folder but whose source is gone was deleted. Migrations of packages the folder
 * does not hold (a library's) stay as compiled.
 */
final class WorkingHistory {

    private final Path sourceFolder;
    private final Console console;

    WorkingHistory(Path sourceFolder, Console console) {
        this.sourceFolder = sourceFolder;
        this.console = console;
    }

    /** @param compiled loads the compiled migrations; it may fail when a failed build left a service entry behind */
    List<MigrationDescriptor> migrations(Supplier<List<MigrationDescriptor>> compiled) {
        MigrationSources sources = readSources();
        sources.warnings().forEach(console::warn);
        List<MigrationDescriptor> loaded = loadCompiled(compiled, !sources.migrations().isEmpty());
        Set<String> sourceIds = new HashSet<>();
        Set<String> sourceClasses = new HashSet<>();
        sources.migrations().forEach(m -> {
            sourceIds.add(m.revision().id());
            sourceClasses.add(m.className());
        });
        List<MigrationDescriptor> merged = new ArrayList<>();
        for (MigrationDescriptor descriptor : loaded) {
            boolean replaced = sourceIds.contains(descriptor.revision()) || sourceClasses.contains(descriptor.className());
            if (replaced) {
                continue;
            }
            if (Files.isDirectory(sourceFolder) && holdsPackageOf(descriptor.className())) {
                console.warn("revision " + descriptor.revision() + " (" + descriptor.className() + ") is compiled,"
                        + " but its source is gone from " + sourceFolder + "; it is left out of the history (compile"
                        + " the project to bring the classes up to date)");
                continue;
            }
            merged.add(descriptor);
        }
        sources.migrations().forEach(m -> merged.add(descriptor(m)));
        return merged;
    }

    private MigrationSources readSources() {
        try {
            return MigrationSourceReader.read(sourceFolder);
        } catch (MigrationSourceException e) {
            throw CliException.configuration(e.getMessage());
        } catch (UncheckedIOException e) {
            throw CliException.configuration(e.getMessage() + ": " + e.getCause().getMessage()
                    + "; check source_folder in " + ConfigFile.FILE_NAME);
        }
    }

    private List<MigrationDescriptor> loadCompiled(Supplier<List<MigrationDescriptor>> compiled, boolean haveSources) {
        try {
            return compiled.get();
        } catch (ServiceConfigurationError | ConfigurationException e) {
            if (!haveSources) {
                // The runtime's message names the services file and says to rebuild.
                throw CliException.configuration(e.getMessage());
            }
            // a compilation that failed (strict mode) leaves the service entry of the last one without its registry
            console.warn("the compiled migrations cannot be loaded (" + e.getMessage() + "); using the migration"
                    + " sources in " + sourceFolder);
            return List.of();
        }
    }

    /** Whether the class's package folder is in the source folder; packages are the names before the first capital. */
    private boolean holdsPackageOf(String className) {
        Path folder = sourceFolder;
        for (String segment : className.split("\\.")) {
            if (segment.isEmpty() || Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            folder = folder.resolve(segment);
        }
        return Files.isDirectory(folder);
    }

    private static MigrationDescriptor descriptor(SourceMigration migration) {
        Revision revision = migration.revision();
        Supplier<MigrationScript> notCompiled = () -> {
            throw new IllegalStateException(migration.className() + " (" + migration.location() + ") is not compiled"
                    + " yet; compile the project before running it");
        };
        // only the graph matters to the commands that write revisions; the checksum is the compiled class's business
        return new MigrationDescriptor(revision.id(), revision.downRevisions(), revision.dependsOn(),
                revision.branchLabels(), revision.message(), true, "", null, migration.className(), notCompiled);
    }
}
