package io.omninode.migrations;

/**
 * No migration was loaded: the class loader given to {@code .classLoader(...)} holds no generated
 * registry, or neither {@code .classLoader(...)} nor {@code .migrations(...)} was called. Running
 * commands against zero migrations would report success (or advise rewriting the version table)
 * when the cause is the configuration, so loading stops here.
 *
 * <pre>{@code
 * catch (NoMigrationsException e) {
 *     System.err.println(e.getMessage()); // names the class loader searched and how to add migrations
 * }
 * }</pre>
 */
public final class NoMigrationsException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    /** The registries' service file, relative to a classpath root. */
    public static final String REGISTRY_FILE = "META-INF/services/io.omninode.migrations.spi.MigrationRegistry";

    private final String searched;

    /** @param searched where the registries were looked for, as a user would name it, or {@code null} for nowhere */
    public NoMigrationsException(String searched) {
        super("no migrations found: " + (searched == null ? "neither .classLoader(...) nor .migrations(...) was given"
                : "no " + REGISTRY_FILE + " in " + searched) + "; the annotation processor writes that file when it"
                + " compiles the @Migration classes, so compile them and pass a class loader that sees them with"
                + " .classLoader(...), or give them with .migrations(...) (on the command line: --classpath or the"
                + " classpath key of the configuration file)");
        this.searched = searched;
    }

    /** Where the registries were looked for, or {@code null} when no class loader was given. */
    public String searched() {
        return searched;
    }
}
