package io.omninode.migrations.processor.entity;

import io.omninode.migrations.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * A single table's discriminator column and the checks Hibernate builds on it.
 *
 * @param column its folded name
 * @param quoted whether its values are strings (a {@code STRING} or {@code CHAR} discriminator)
 */
record JpaDiscriminator(String column, boolean quoted) {

    /** The entity's value in SQL: {@code @DiscriminatorValue}, or the entity name. */
    String value(TypeElement entity) {
        String value = JpaAnnotations.string(JpaAnnotations.find(entity, "DiscriminatorValue"), "value",
                JpaEntityReader.entityName(entity));
        return quoted ? "'" + value.replace("'", "''") + "'" : value;
    }

    /** The values of {@code entity} and its subclasses that have rows (abstract classes have none). */
    List<String> values(TypeElement entity, JpaHierarchy hierarchy) {
        List<TypeElement> all = new ArrayList<>(List.of(hierarchy.root()));
        all.addAll(hierarchy.subclasses());
        List<String> values = new ArrayList<>();
        for (TypeElement candidate : all) {
            if (JpaHierarchy.entityChain(candidate).contains(entity)
                    && !candidate.getModifiers().contains(Modifier.ABSTRACT)) {
                values.add(value(candidate));
            }
        }
        return values;
    }

    /** Hibernate's check that the column holds only the hierarchy's values, named as PostgreSQL names it. */
    CheckConstraint valuesCheck(String table, JpaHierarchy hierarchy) {
        return CheckConstraint.of(table + "_" + column + "_check",
                column + " in (" + String.join(",", values(hierarchy.root(), hierarchy)) + ")");
    }

    /** The condition that a row is not one of {@code subclass}'s (or its subclasses'). */
    String rowsOf(TypeElement subclass, JpaHierarchy hierarchy) {
        List<String> values = values(subclass, hierarchy);
        return values.size() == 1 ? column + " <> " + values.get(0)
                : column + " not in (" + String.join(",", values) + ")";
    }
}
