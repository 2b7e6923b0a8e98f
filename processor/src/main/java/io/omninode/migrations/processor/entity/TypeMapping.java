package io.omninode.migrations.processor.entity;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The default Java to PostgreSQL type mapping (documented in docs/entities.md's type table). Enums are
 * handled by the reader, since they become enum types of their own.
 */
final class TypeMapping {

    /** What a Java type maps to, and which default-literal form its values take. */
    enum Literal { INTEGER, DECIMAL, BOOLEAN, TEXT }

    record Mapped(String sql, Literal literal, boolean primitive) {}

    private static final Map<TypeKind, Mapped> PRIMITIVES = Map.of(
            TypeKind.INT, new Mapped("integer", Literal.INTEGER, true),
            TypeKind.LONG, new Mapped("bigint", Literal.INTEGER, true),
            TypeKind.SHORT, new Mapped("smallint", Literal.INTEGER, true),
            TypeKind.BYTE, new Mapped("smallint", Literal.INTEGER, true),
            TypeKind.BOOLEAN, new Mapped("boolean", Literal.BOOLEAN, true),
            TypeKind.DOUBLE, new Mapped("double precision", Literal.DECIMAL, true),
            TypeKind.FLOAT, new Mapped("real", Literal.DECIMAL, true),
            TypeKind.CHAR, new Mapped("char(1)", Literal.TEXT, true));

    private static final Map<String, Mapped> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", new Mapped("integer", Literal.INTEGER, false)),
            Map.entry("java.lang.Long", new Mapped("bigint", Literal.INTEGER, false)),
            Map.entry("java.lang.Short", new Mapped("smallint", Literal.INTEGER, false)),
            Map.entry("java.lang.Byte", new Mapped("smallint", Literal.INTEGER, false)),
            Map.entry("java.lang.Boolean", new Mapped("boolean", Literal.BOOLEAN, false)),
            Map.entry("java.lang.Double", new Mapped("double precision", Literal.DECIMAL, false)),
            Map.entry("java.lang.Float", new Mapped("real", Literal.DECIMAL, false)),
            Map.entry("java.lang.Character", new Mapped("char(1)", Literal.TEXT, false)),
            Map.entry("java.lang.String", new Mapped("text", Literal.TEXT, false)),
            Map.entry("java.math.BigDecimal", new Mapped("numeric", Literal.DECIMAL, false)),
            Map.entry("java.math.BigInteger", new Mapped("numeric", Literal.INTEGER, false)),
            Map.entry("java.util.UUID", new Mapped("uuid", Literal.TEXT, false)),
            Map.entry("java.time.Instant", new Mapped("timestamptz", Literal.TEXT, false)),
            Map.entry("java.time.OffsetDateTime", new Mapped("timestamptz", Literal.TEXT, false)),
            Map.entry("java.time.ZonedDateTime", new Mapped("timestamptz", Literal.TEXT, false)),
            Map.entry("java.time.LocalDateTime", new Mapped("timestamp", Literal.TEXT, false)),
            Map.entry("java.time.LocalDate", new Mapped("date", Literal.TEXT, false)),
            Map.entry("java.time.LocalTime", new Mapped("time", Literal.TEXT, false)),
            Map.entry("java.time.OffsetTime", new Mapped("timetz", Literal.TEXT, false)),
            Map.entry("java.time.Duration", new Mapped("interval", Literal.TEXT, false)));

    private static final Mapped BYTES = new Mapped("bytea", Literal.TEXT, false);

    private TypeMapping() {}

    /** The default mapping of {@code type}, if it has one. */
    static Optional<Mapped> of(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return Optional.ofNullable(PRIMITIVES.get(type.getKind()));
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(BYTES);
        }
        if (type instanceof DeclaredType declared) {
            String name = ((javax.lang.model.element.TypeElement) declared.asElement()).getQualifiedName().toString();
            return Optional.ofNullable(DECLARED.get(name));
        }
        return Optional.empty();
    }

    /** The literal form for a column whose type was given explicitly: text, unless the Java type says more. */
    static Literal literalOf(TypeMirror type) {
        return of(type).map(Mapped::literal).orElse(Literal.TEXT);
    }
}
