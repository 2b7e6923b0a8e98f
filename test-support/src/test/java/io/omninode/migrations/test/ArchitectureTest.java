package io.omninode.migrations.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The verifier's rooms, as the runtime's: the public package reaches into {@code internal} only through
 * its entry point, {@link MigrationVerifier#verifyAll()}; and nothing here reaches into the runtime's internals.
 */
class ArchitectureTest {

    private static final JavaClasses VERIFIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.omninode.migrations.test");

    @Test
    void publicPackageUsesItsInternalsOnlyThroughTheEntryPoint() {
        noClasses().that().resideOutsideOfPackage("io.omninode.migrations.test.internal..")
                .and(DescribedPredicate.not(belongToAnyOf(MigrationVerifier.class)))
                .should().dependOnClassesThat().resideInAPackage("io.omninode.migrations.test.internal..")
                .check(VERIFIER);
    }

    @Test
    void verifierIsAThinLayerOverTheRuntimesPublicApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.omninode.migrations.internal..")
                .check(VERIFIER);
    }
}
