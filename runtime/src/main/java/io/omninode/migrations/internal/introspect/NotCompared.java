package io.omninode.migrations.internal.introspect;

import java.util.Objects;

/**
 * An object or option of the live database that the schema model does not describe, so a comparison
 * cannot speak for it: {@code view public.node_summary}, {@code column collation node.name COLLATE "C"}.
 *
 * @param kind what it is, e.g. {@code view}, {@code trigger}, {@code exclusion constraint}
 * @param name which one, qualified as needed, e.g. {@code audit.event.trg_touch}
 */
public record NotCompared(String kind, String name) implements Comparable<NotCompared> {

    public NotCompared {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(NotCompared other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }

    /** {@code kind name}, as in {@code -- not compared: view node_summary}. */
    @Override
    public String toString() {
        return kind + " " + name;
    }
}
