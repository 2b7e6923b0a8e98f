package io.omninode.migrations.schema.change;

import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.QualifiedName;
import java.util.Objects;

/**
 * Renames a label of an enum type, keeping its position; stored values follow the rename.
 *
 * @param type the type
 * @param value the existing label
 * @param newValue its new text
 */
public record RenameEnumValue(QualifiedName type, String value, String newValue) implements SchemaChange {

    public RenameEnumValue {
        Objects.requireNonNull(type, "type");
        EnumType.checkLabel(value);
        EnumType.checkLabel(newValue);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
