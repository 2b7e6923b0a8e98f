package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.SqlFragments;

/**
 * Removes an extension and its objects.
 *
 * @param name the extension name
 * @param ifExists no error when it is not installed
 * @param cascade also drop objects that depend on it
 */
public record DropExtension(String name, boolean ifExists, boolean cascade) implements DestructiveChange {

    public DropExtension {
        SqlFragments.checkName("extension name", name);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
