package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops an enum type.
 *
 * @param type the type
 * @param ifExists no error when it does not exist
 * @param cascade also drop columns and objects that use it
 */
public record DropEnum(QualifiedName type, boolean ifExists, boolean cascade) implements DestructiveChange {

    public DropEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
