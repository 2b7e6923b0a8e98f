package io.omninode.migrations.processor.jpa;

import io.omninode.migrations.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Real Hibernate ORM creating its schema for compiled entity classes in a database of its own. */
record HibernateSchema(TestDatabase server, String name) implements AutoCloseable {

    /** Held, so that the level stays: Hibernate's start-up information is noise in the test output. */
    private static final Logger HIBERNATE_LOG = quiet();

    private static Logger quiet() {
        Logger logger = Logger.getLogger("org.hibernate");
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** An empty database next to the test class's own, dropped on close. */
    static HibernateSchema scratch(TestDatabase server) throws SQLException {
        String name = server.name() + "_" + UUID.randomUUID().toString().substring(0, 8);
        execute(server, "create database \"" + name + "\"");
        return new HibernateSchema(server, name);
    }

    String url() {
        return server.jdbcUrl().replaceFirst("/" + server.name() + "(?=\\?|$)", "/" + name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Lets Hibernate create the tables of {@code entities} (schema-generation action {@code create}). */
    void create(List<Class<?>> entities, boolean snakeCase) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("corpus")
                .managedClasses(entities)
                .property("jakarta.persistence.jdbc.url", url())
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property("hibernate.hbm2ddl.halt_on_error", "true");
        if (snakeCase) {
            configuration.property("hibernate.physical_naming_strategy",
                    CamelCaseToUnderscoresNamingStrategy.class.getName());
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(entities.get(0).getClassLoader());
        try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
            factory.getMetamodel(); // the schema is created while the factory is built
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() throws SQLException {
        execute(server, "drop database if exists \"" + name + "\" with (force)");
    }

    private static void execute(TestDatabase server, String sql) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
