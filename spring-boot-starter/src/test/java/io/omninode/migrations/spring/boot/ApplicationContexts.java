package io.omninode.migrations.spring.boot;

import io.omninode.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Small contexts for the auto-configuration tests: Boot's DataSource on a test database, plus ours. */
public final class ApplicationContexts {

    /** Boot 3's name, then Boot 4's (the package moved to spring-boot-jdbc), so the tests run on both. */
    private static final List<String> DATA_SOURCE_AUTO_CONFIGURATION = List.of(
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");

    private ApplicationContexts() {}

    /** A runner whose DataSource points at {@code database}, with the given auto-configurations after it. */
    public static ApplicationContextRunner on(TestDatabase database, Class<?>... autoConfigurations) {
        List<Class<?>> all = new ArrayList<>(List.of(dataSourceAutoConfiguration()));
        all.addAll(List.of(autoConfigurations));
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(all.toArray(Class<?>[]::new)))
                .withPropertyValues("spring.datasource.url=" + database.jdbcUrl());
    }

    private static Class<?> dataSourceAutoConfiguration() {
        for (String name : DATA_SOURCE_AUTO_CONFIGURATION) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                // the other Boot generation's name
            }
        }
        throw new IllegalStateException("no DataSourceAutoConfiguration on the test classpath: "
                + DATA_SOURCE_AUTO_CONFIGURATION);
    }
}
