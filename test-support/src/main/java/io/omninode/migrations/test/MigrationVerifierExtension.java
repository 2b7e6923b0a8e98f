package io.omninode.migrations.test;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives test methods (and constructors) a {@link MigrationVerifier} parameter, configured from the test
 * class's {@link MigrationTest} or with its defaults when registered with
 * {@code @ExtendWith(MigrationVerifierExtension.class)}.
 */
public final class MigrationVerifierExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MigrationVerifier.class;
    }

    @Override
    public MigrationVerifier resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        MigrationVerifier verifier = MigrationVerifier.forRegistries(testClass.getClassLoader());
        return AnnotationSupport.findAnnotation(testClass, MigrationTest.class)
                .map(test -> verifier.url(test.url()).schemaDir(Path.of(test.schemaDir())))
                .orElse(verifier);
    }
}
