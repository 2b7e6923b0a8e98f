package io.omninode.migrations.config;

/**
 * The environment variables that name the database, from the OmniNode Bridge service's contract, in
 * the order they are consulted: {@link #BRIDGE_URL}, then {@link #DATABASE_URL}, then the
 * {@code POSTGRES_*} parts (each with its default). The CLI, the build plugins and the Spring Boot
 * integration read the same names through {@link FluentConfiguration#environment(java.util.Map)}.
 *
 * <pre>{@code
 * String url = System.getenv(DatabaseEnvironment.BRIDGE_URL);
 * }</pre>
 */
public final class DatabaseEnvironment {

    /** A full URL; wins over everything else in the environment. */
    public static final String BRIDGE_URL = "OMNINODE_BRIDGE_DATABASE_URL";
    /** A full URL, when {@link #BRIDGE_URL} is not set. */
    public static final String DATABASE_URL = "DATABASE_URL";
    /** Default {@value #DEFAULT_HOST}. */
    public static final String HOST = "POSTGRES_HOST";
    /** Default {@value #DEFAULT_PORT}. */
    public static final String PORT = "POSTGRES_PORT";
    /** Default {@value #DEFAULT_USER}. */
    public static final String USER = "POSTGRES_USER";
    /** Default {@code your_password}, the seed's placeholder; a warning says so when it is used. */
    public static final String PASSWORD = "POSTGRES_PASSWORD";
    /** Default {@value #DEFAULT_DATABASE}. */
    public static final String DATABASE = "POSTGRES_DATABASE";

    public static final String DEFAULT_HOST = "localhost";
    public static final String DEFAULT_PORT = "5436";
    public static final String DEFAULT_USER = "postgres";
    public static final String DEFAULT_DATABASE = "omninode_bridge";

    private DatabaseEnvironment() {}
}
