package io.omninode.migrations.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The processor's rooms: one package per stage, none in a cycle with another, diagnostics and
 * options as leaves, and nothing of the runtime's internals (the processor builds on its public API).
 */
class ArchitectureTest {

    private static final JavaClasses PROCESSOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.omninode.migrations.processor");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.omninode.migrations.(**)").should().beFreeOfCycles().check(PROCESSOR);
    }

    @Test
    void diagnosticsAndOptionsKnowNoStage() {
        noClasses().that().resideInAnyPackage("io.omninode.migrations.processor.diagnostic..",
                        "io.omninode.migrations.processor.options..")
                .should().dependOnClassesThat().resideInAnyPackage("io.omninode.migrations.processor",
                        "io.omninode.migrations.processor.migration..", "io.omninode.migrations.processor.entity..",
                        "io.omninode.migrations.processor.snapshot..", "io.omninode.migrations.processor.codegen..")
                .check(PROCESSOR);
    }

    @Test
    void theProcessorUsesNoRuntimeInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.omninode.migrations.internal..")
                .check(PROCESSOR);
    }
}
