package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.EnumType;
import java.util.Objects;

/**
 * Creates an enum type.
 *
 * @param type the type and its labels
 */
public record CreateEnum(EnumType type) implements SchemaChange {

    public CreateEnum {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
