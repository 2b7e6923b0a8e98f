package io.omninode.migrations.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A PostgreSQL enum type: {@code EnumType.of("node_status", "active", "retired")}.
 *
 * @param name the type name
 * @param values the labels, in sort order
 */
public record EnumType(QualifiedName name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            checkLabel(value);
            if (!seen.add(value)) {
                throw new IllegalArgumentException("enum " + name + " lists \"" + value + "\" twice");
            }
        }
    }

    /** An enum in the search path: {@code EnumType.of("node_status", "active", "retired")}. */
    public static EnumType of(String name, String... values) {
        return new EnumType(QualifiedName.of(name), List.of(values));
    }

    /**
     * Enum labels are limited like identifiers (NAMEDATALEN), but PostgreSQL refuses longer ones
     * rather than truncating; checking here fails before any statement runs.
     */
    public static String checkLabel(String label) {
        Objects.requireNonNull(label, "enum label");
        int bytes = SqlText.identifierBytes(label);
        if (label.isEmpty() || bytes > SqlText.MAX_IDENTIFIER_BYTES || label.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("enum label \"" + label + "\" must be 1 to " + SqlText.MAX_IDENTIFIER_BYTES
                    + " bytes without NUL, is "
                    + bytes + " bytes");
        }
        return label;
    }
}
