package io.omninode.migrations.processor.diagnostic;

import io.omninode.migrations.graph.GraphProblem;
import java.util.Arrays;
import java.util.Optional;
import javax.tools.Diagnostic.Kind;

/**
 * Every code the processor prints, {@code [OmniNode/<key>]}: the one catalogue, documented in the
 * code tables of docs/reference.md. The keys are a contract (docs, searches and suppression keys use them); the
 * revision-graph codes come from the runtime's {@link GraphProblem.Code}, which the runtime reports too.
 */
public enum DiagnosticCode {
    // the @Migration class
    NOT_A_MIGRATION_SCRIPT("NotAMigrationScript", Kind.ERROR),
    RUNTIME_MISSING("RuntimeMissing", Kind.ERROR),
    NOT_A_CONCRETE_CLASS("NotAConcreteClass", Kind.ERROR),
    NOT_PUBLIC("NotPublic", Kind.ERROR),
    NO_PUBLIC_CONSTRUCTOR("NoPublicConstructor", Kind.ERROR),
    CONSTRUCTOR_THROWS("ConstructorThrows", Kind.ERROR),
    INNER_CLASS("InnerClass", Kind.ERROR),
    GENERIC_MIGRATION("GenericMigration", Kind.ERROR),
    LATE_MIGRATION("LateMigration", Kind.ERROR),
    UNKNOWN_HAZARD("UnknownHazard", Kind.ERROR),
    ALLOWANCE_WITHOUT_REASON("AllowanceWithoutReason", Kind.ERROR),

    // the revision graph
    INVALID_REVISION_ID(GraphProblem.Code.INVALID_REVISION_ID, Kind.ERROR),
    DUPLICATE_REVISION(GraphProblem.Code.DUPLICATE_REVISION, Kind.ERROR),
    UNKNOWN_DOWN_REVISION(GraphProblem.Code.UNKNOWN_DOWN_REVISION, Kind.ERROR),
    UNKNOWN_DEPENDS_ON(GraphProblem.Code.UNKNOWN_DEPENDS_ON, Kind.ERROR),
    SELF_REFERENCE(GraphProblem.Code.SELF_REFERENCE, Kind.ERROR),
    REVISION_CYCLE(GraphProblem.Code.CYCLE, Kind.ERROR),
    REPEATED_DOWN_REVISION(GraphProblem.Code.REPEATED_DOWN_REVISION, Kind.ERROR),
    DUPLICATE_BRANCH_LABEL(GraphProblem.Code.DUPLICATE_BRANCH_LABEL, Kind.ERROR),
    BRANCH_LABEL_IS_REVISION(GraphProblem.Code.BRANCH_LABEL_IS_REVISION, Kind.ERROR),
    INVALID_BRANCH_LABEL(GraphProblem.Code.INVALID_BRANCH_LABEL, Kind.ERROR),
    MULTIPLE_HEADS(GraphProblem.Code.MULTIPLE_HEADS, Kind.WARNING),
    BLANK_MESSAGE(GraphProblem.Code.BLANK_MESSAGE, Kind.WARNING),

    // entities
    UNMAPPED_TYPE("UnmappedType", Kind.ERROR),
    DUPLICATE_TABLE("DuplicateTable", Kind.ERROR),
    DUPLICATE_COLUMN("DuplicateColumn", Kind.ERROR),
    UNKNOWN_TABLE("UnknownTable", Kind.ERROR),
    UNKNOWN_COLUMN("UnknownColumn", Kind.ERROR),
    FOREIGN_KEY_COLUMN_COUNT("ForeignKeyColumnCount", Kind.ERROR),
    NO_REFERENCED_KEY("NoReferencedKey", Kind.ERROR),
    NAME_TOO_LONG("NameTooLong", Kind.ERROR),
    NO_PRIMARY_KEY("NoPrimaryKey", Kind.WARNING),
    INVALID_ENTITY("InvalidEntity", Kind.ERROR),
    CONFLICTING_ENUM("ConflictingEnum", Kind.ERROR),

    // Jakarta Persistence entities
    MIXED_ENTITY_ANNOTATIONS("MixedEntityAnnotations", Kind.ERROR),
    UNKNOWN_MAPPED_BY("UnknownMappedBy", Kind.ERROR),
    UNSUPPORTED_JPA_MAPPING("UnsupportedJpaMapping", Kind.ERROR),

    // the entity check: entities against the head revision's snapshot
    ENTITIES_CHANGED("EntitiesChanged", Kind.WARNING),
    ENTITIES_SEVERAL_HEADS("EntitiesSeveralHeads", Kind.WARNING),
    UNREADABLE_SNAPSHOT("UnreadableSnapshot", Kind.ERROR),
    SNAPSHOT_WRITTEN("SnapshotWritten", Kind.NOTE),

    // the processor itself
    INVALID_OPTION("InvalidOption", Kind.ERROR),
    FILE_NOT_WRITTEN("FileNotWritten", Kind.ERROR),
    PROCESSOR_FAILURE("ProcessorFailure", Kind.ERROR);

    private final String key;
    private final Kind kind;
    private final GraphProblem.Code graphCode;

    DiagnosticCode(String key, Kind kind) {
        this(key, kind, null);
    }

    DiagnosticCode(GraphProblem.Code graphCode, Kind kind) {
        this(graphCode.key(), kind, graphCode);
    }

    DiagnosticCode(String key, Kind kind, GraphProblem.Code graphCode) {
        this.key = key;
        this.kind = kind;
        this.graphCode = graphCode;
    }

    /** The stable key, as printed between {@code [OmniNode/} and {@code ]}. */
    public String key() {
        return key;
    }

    /** {@code [OmniNode/<key>]}, the start of every message with this code. */
    public String tag() {
        return "[OmniNode/" + key + "]";
    }

    /** The kind it is reported with unless an option (strict mode, requireSingleHead) makes it an error. */
    public Kind kind() {
        return kind;
    }

    /** The runtime's graph code this one reports, if it is a revision-graph code. */
    public Optional<GraphProblem.Code> graphCode() {
        return Optional.ofNullable(graphCode);
    }

    /** The code that reports a revision-graph problem; every graph code has one. */
    public static DiagnosticCode of(GraphProblem.Code graphCode) {
        return Arrays.stream(values()).filter(code -> code.graphCode == graphCode).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no diagnostic code reports " + graphCode));
    }
}
