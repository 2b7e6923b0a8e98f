package io.omninode.migrations.processor.entity;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The column types Hibernate ORM 7's PostgreSQL dialect gives Java attribute types (docs/entities.md's JPA
 * mapping table). Hibernate spells some of them its own way ({@code float(53)}, {@code varchar(255)});
 * these are the types PostgreSQL keeps.
 */
final class JpaTypes {

    /** What the attribute's column is made of, beyond its Java type. */
    record Facets(int length, int precision, int scale, boolean lob, String temporal) {}

    private static final Map<TypeKind, String> PRIMITIVES = Map.of(
            TypeKind.INT, "integer", TypeKind.LONG, "bigint", TypeKind.SHORT, "smallint", TypeKind.BYTE, "smallint",
            TypeKind.BOOLEAN, "boolean", TypeKind.DOUBLE, "double precision", TypeKind.FLOAT, "real",
            TypeKind.CHAR, "char(1)");

    private static final Map<String, String> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", "integer"),
            Map.entry("java.lang.Long", "bigint"),
            Map.entry("java.lang.Short", "smallint"),
            Map.entry("java.lang.Byte", "smallint"),
            Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("java.lang.Double", "double precision"),
            Map.entry("java.lang.Float", "real"),
            Map.entry("java.lang.Character", "char(1)"),
            Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.time.Instant", "timestamp(6) with time zone"),
            Map.entry("java.time.OffsetDateTime", "timestamp(6) with time zone"),
            Map.entry("java.time.ZonedDateTime", "timestamp(6) with time zone"),
            Map.entry("java.time.LocalDateTime", "timestamp(6)"),
            Map.entry("java.time.LocalDate", "date"),
            Map.entry("java.time.LocalTime", "time(0)"),
            Map.entry("java.time.OffsetTime", "time(6) with time zone"),
            Map.entry("java.time.Duration", "numeric(21,0)"));

    private static final Map<String, String> TEMPORAL = Map.of(
            "DATE", "date", "TIME", "time(6)", "TIMESTAMP", "timestamp(6)");

    private JpaTypes() {}

    /** The column type of a basic attribute, if Hibernate maps its Java type without help. */
    static Optional<String> of(TypeMirror type, Facets facets) {
        if (type.getKind().isPrimitive()) {
            return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(facets.lob() ? "oid" : "bytea");
        }
        if (!(type instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        return Optional.ofNullable(switch (name) {
            case "java.lang.String" -> facets.lob() ? "oid" : "varchar(" + facets.length() + ")";
            case "java.math.BigDecimal" -> "numeric(" + (facets.precision() > 0 ? facets.precision() : 38) + ","
                    + (facets.scale() > 0 || facets.precision() > 0 ? facets.scale() : 2) + ")";
            case "java.math.BigInteger" -> "numeric(" + (facets.precision() > 0 ? facets.precision() : 38) + ",0)";
            case "java.util.Date", "java.util.Calendar", "java.sql.Timestamp" ->
                    TEMPORAL.get(facets.temporal() == null ? "TIMESTAMP" : facets.temporal());
            case "java.sql.Date" -> "date";
            case "java.sql.Time" -> "time(6)";
            default -> DECLARED.get(name);
        });
    }

    /**
     * Hibernate orders the columns of a composite primary key by the size of their type, then by name;
     * the order of the key (and of foreign keys to it) is part of the schema.
     */
    static int keyOrder(String sql) {
        return switch (sql) {
            case "smallint" -> 2;
            case "integer", "date", "real" -> 4;
            case "bigint", "double precision", "timestamp(6)", "timestamp(6) with time zone", "time(0)" -> 8;
            case "uuid" -> 16;
            default -> 1000;
        };
    }

    /** Whether a column of this type can be an identity column. */
    static boolean integral(String sql) {
        return sql.equals("smallint") || sql.equals("integer") || sql.equals("bigint");
    }
}
