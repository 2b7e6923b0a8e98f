package io.omninode.migrations.schema;

import java.util.Locale;

/** An index access method. */
public enum IndexMethod {
    BTREE, HASH, GIST, SPGIST, GIN, BRIN;

    /** The method's SQL name, e.g. {@code gin}. */
    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }
}
