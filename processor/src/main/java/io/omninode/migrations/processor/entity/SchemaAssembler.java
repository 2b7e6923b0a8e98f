package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import io.omninode.migrations.processor.entity.EntityModel.ColumnModel;
import io.omninode.migrations.processor.entity.EntityModel.EnumUse;
import io.omninode.migrations.processor.entity.EntityModel.ForeignKeyModel;
import io.omninode.migrations.schema.Deferrability;
import io.omninode.migrations.schema.EnumType;
import io.omninode.migrations.schema.ForeignKey;
import io.omninode.migrations.schema.Index;
import io.omninode.migrations.schema.QualifiedName;
import io.omninode.migrations.schema.RenameHint;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what no single entity can (duplicate tables and index names, foreign keys to other
 * tables, enum types shared by several entities) and assembles the entities into one
 * {@link Schema}. Linear in the number of entities and columns: every lookup is a map.
 */
final class SchemaAssembler {

    private final Diagnostics diagnostics;

    SchemaAssembler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The schema, or empty when a problem was reported. */
    Optional<Schema> assemble(List<EntityModel> entities) {
        int errorsBefore = diagnostics.errorCount();
        Map<QualifiedName, EntityModel> byName = new LinkedHashMap<>();
        for (EntityModel entity : entities) {
            EntityModel earlier = byName.putIfAbsent(entity.name(), entity);
            if (earlier != null) {
                diagnostics.report(ProcessorMessages.duplicateTable(entity.name().toString(),
                        earlier.type().getQualifiedName().toString(), entity.type().getQualifiedName().toString())
                        .on(entity.type(), entity.annotation()));
            }
        }
        Map<QualifiedName, EnumUse> enums = new LinkedHashMap<>();
        Map<QualifiedName, Index> indexNames = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<RenameHint> hints = new ArrayList<>();
        for (EntityModel entity : byName.values()) {
            for (EnumUse use : entity.enums()) {
                EnumUse earlier = enums.putIfAbsent(use.type().name(), use);
                if (earlier != null && !earlier.type().equals(use.type())) {
                    diagnostics.report(ProcessorMessages.conflictingEnum(use.type().name().toString(),
                            earlier.javaEnum().getQualifiedName().toString(),
                            use.javaEnum().getQualifiedName().toString()).on(use.element()));
                }
            }
            for (Index index : entity.indexes()) {
                if (indexNames.putIfAbsent(Schema.indexName(index), index) != null) {
                    diagnostics.report(ProcessorMessages.invalidEntity("index " + index.name(), "another index of"
                            + " schema " + (index.table().schema() == null ? "public" : index.table().schema())
                            + " has that name; index names are unique per schema, give this one another")
                            .on(entity.type(), entity.annotation()));
                }
                indexes.add(index);
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (ForeignKeyModel fk : entity.foreignKeys()) {
                resolve(fk, byName).ifPresent(foreignKeys::add);
            }
            if (entity.renamedFrom() != null) {
                hints.add(RenameHint.ofTable(entity.name(), entity.renamedFrom()));
            }
            for (ColumnModel column : entity.columns()) {
                if (column.renamedFrom() != null) {
                    hints.add(RenameHint.ofColumn(entity.name(), column.column().name(), column.renamedFrom()));
                }
            }
            tables.add(new Table(entity.name(), entity.columns().stream().map(ColumnModel::column).toList(),
                    entity.primaryKey(), entity.uniques(), entity.checks(), foreignKeys, entity.comment()));
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        List<EnumType> enumTypes = enums.values().stream().map(EnumUse::type).toList();
        return Optional.of(new Schema(tables, indexes, enumTypes, List.of(), hints));
    }

    private Optional<ForeignKey> resolve(ForeignKeyModel fk, Map<QualifiedName, EntityModel> byName) {
        String what = "foreign key " + fk.name();
        EntityModel target = byName.get(fk.target());
        if (target == null) {
            diagnostics.report(ProcessorMessages.unknownTable(what, fk.target().toString())
                    .on(fk.element(), fk.annotation()));
            return Optional.empty();
        }
        List<String> targetColumns = fk.targetColumns();
        if (targetColumns.isEmpty()) {
            if (target.primaryKey() == null || target.primaryKey().columns().size() != fk.columns().size()) {
                diagnostics.report(ProcessorMessages.noReferencedKey(what, fk.target().toString())
                        .on(fk.element(), fk.annotation()));
                return Optional.empty();
            }
            targetColumns = target.primaryKey().columns();
        }
        if (targetColumns.size() != fk.columns().size()) {
            diagnostics.report(ProcessorMessages.columnCountMismatch(what, fk.columns().size(), targetColumns.size())
                    .on(fk.element(), fk.annotation()));
            return Optional.empty();
        }
        List<String> known = target.columns().stream().map(c -> c.column().name()).toList();
        boolean ok = true;
        for (String column : targetColumns) {
            if (!known.contains(column)) {
                diagnostics.report(ProcessorMessages.unknownColumn(what, column, fk.target().toString(), known)
                        .on(fk.element(), fk.annotation()));
                ok = false;
            }
        }
        return ok ? Optional.of(new ForeignKey(fk.name(), fk.columns(), fk.target(), targetColumns, fk.onDelete(),
                fk.onUpdate(), Deferrability.NOT_DEFERRABLE)) : Optional.empty();
    }
}
