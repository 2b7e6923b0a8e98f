package io.omninode.migrations;

import java.util.Objects;

/**
 * An object of the live database that the schema model does not describe (a view, a trigger, a
 * policy...), so a comparison cannot speak for it. Every check and diff lists them rather than
 * ignoring them silently.
 *
 * <pre>{@code
 * migrator.check().notCompared().forEach(n -> System.out.println("-- not compared: " + n));
 * }</pre>
 *
 * @param kind what it is, e.g. {@code view}, {@code trigger}, {@code exclusion constraint}
 * @param name which one, qualified as needed, e.g. {@code audit.event.trg_touch}
 */
public record NotComparedObject(String kind, String name) {

    public NotComparedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** {@code kind name}, as in {@code view node_summary}. */
    @Override
    public String toString() {
        return kind + " " + name;
    }
}
