package io.omninode.migrations;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.omninode.migrations.config.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The runtime's rooms: the public API never reaches into {@code internal} except through the one
 * documented entry point, {@code Migrator.configure()...load()}, and no two packages depend on each
 * other in a cycle.
 */
class ArchitectureTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.omninode.migrations");

    /** {@code Migrator.configure()} returns a {@link FluentConfiguration} whose {@code load()} builds a {@link Migrator}. */
    private static final Class<?>[] ENTRY_POINT = {Migrator.class, FluentConfiguration.class};

    @Test
    void apiPackagesDoNotImportInternalsExceptTheEntryPoint() {
        noClasses().that().resideOutsideOfPackage("io.omninode.migrations.internal..")
                .and(DescribedPredicate.not(belongToAnyOf(ENTRY_POINT)))
                .should().dependOnClassesThat().resideInAPackage("io.omninode.migrations.internal..")
                .check(RUNTIME);
    }

    @Test
    void theSchemaModelIsALeafThatKnowsNoEngineDialectOrGraph() {
        noClasses().that().resideInAPackage("io.omninode.migrations.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omninode.migrations.internal..",
                        "io.omninode.migrations.graph..", "io.omninode.migrations.config..",
                        "io.omninode.migrations.spi..")
                .check(RUNTIME);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(ROOMS).should().beFreeOfCycles()
                .ignoreDependency(belongToAnyOf(ENTRY_POINT), alwaysTrue())
                .check(RUNTIME);
    }

    /**
     * One slice per package, except that the schema model and its change vocabulary are one room:
     * a change is made of model values, and {@code Schema.apply(change)} is the model's own operation.
     */
    private static final SliceAssignment ROOMS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("io.omninode.migrations")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.equals("io.omninode.migrations.schema.change")
                    ? "io.omninode.migrations.schema" : name);
        }

        @Override
        public String getDescription() {
            return "packages (the schema model with its change vocabulary as one)";
        }
    };
}
