package io.omninode.migrations.processor.entity;

import io.omninode.migrations.schema.CheckConstraint;
import io.omninode.migrations.schema.Column;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.PrimaryKey;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.ReferentialAction;
import io.omninode.migrations.schema.Unique;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * One valid entity as plain values, each part remembering the element it came from so that
 * problems found across entities (such as foreign keys) are reported where they were written.
 *
 * @param type the entity class or record
 * @param annotation its {@code @Table}
 * @param name the table name
 * @param comment the table comment, or null
 * @param renamedFrom the table's former name, or null
 * @param columns the columns in declaration order
 * @param primaryKey the primary key, or null
 * @param uniques unique constraints
 * @param checks check constraints
 * @param foreignKeys foreign keys, still to be resolved against the other entities
 * @param indexes indexes
 * @param enums the PostgreSQL enum types its columns use
 */
record EntityModel(TypeElement type, AnnotationMirror annotation, QualifiedName name, String comment,
        String renamedFrom, List<ColumnModel> columns, PrimaryKey primaryKey, List<Unique> uniques,
        List<CheckConstraint> checks, List<ForeignKeyModel> foreignKeys, List<Index> indexes, List<EnumUse> enums) {

    /**
     * A column and its origin.
     *
     * @param element the field or record component
     * @param column the column
     * @param renamedFrom the former name, or null
     */
    record ColumnModel(Element element, Column column, String renamedFrom) {}

    /**
     * A foreign key as declared; the referenced columns may still be empty (meaning the primary key).
     *
     * @param element where it was declared
     * @param annotation the {@code @References} or {@code @ForeignKey} annotation
     * @param name the constraint name
     * @param columns the referencing columns
     * @param target the referenced table
     * @param targetColumns the referenced columns, or empty for the target's primary key
     * @param onDelete the delete action
     * @param onUpdate the update action
     */
    record ForeignKeyModel(Element element, AnnotationMirror annotation, String name, List<String> columns,
            QualifiedName target, List<String> targetColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {}

    /**
     * A Java enum mapped to a PostgreSQL enum type.
     *
     * @param element the field that uses it
     * @param javaEnum the Java enum
     * @param type the PostgreSQL type
     */
    record EnumUse(Element element, TypeElement javaEnum, EnumType type) {}
}
