package io.omninode.migrations.schema;

/** When a constraint is checked: at once, or (if deferrable) possibly at commit. */
public enum Deferrability {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferrability(String sql) {
        this.sql = sql;
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED} when {@code initiallyDeferred}, else {@code INITIALLY IMMEDIATE}. */
    public static Deferrability deferrable(boolean initiallyDeferred) {
        return initiallyDeferred ? DEFERRABLE_INITIALLY_DEFERRED : DEFERRABLE_INITIALLY_IMMEDIATE;
    }

    /** The SQL words, empty for PostgreSQL's default {@code NOT DEFERRABLE}. */
    public String sql() {
        return sql;
    }
}
