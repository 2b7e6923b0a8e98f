package io.omninode.migrations.test;

import java.util.List;
import java.util.Objects;

/**
 * A verification failed at one step: the message names the revision, its class and the direction, says
 * what was expected and how to fix it, and lists the differences as {@code omninode-migrate check} does.
 * An {@link AssertionError}, so test frameworks report a failure rather than an error.
 *
 * <pre>{@code
 * MigrationVerificationError failure = assertThrows(MigrationVerificationError.class, verifier::verifyAll);
 * failure.step().revision();   // "1975ea83b712"
 * failure.differences();       // ["table node", "  - column node.status text"]
 * }</pre>
 */
public final class MigrationVerificationError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final transient MigrationStep step;
    private final List<String> differences;

    /**
     * @param step the first step that misbehaved
     * @param message the whole message, differences included
     * @param differences the schema differences in {@code check}'s format, or empty for other failures
     * @param cause what the step threw, or {@code null}
     */
    public MigrationVerificationError(MigrationStep step, String message, List<String> differences, Throwable cause) {
        super(message, cause);
        this.step = Objects.requireNonNull(step, "step");
        this.differences = List.copyOf(differences);
    }

    /** The first step that misbehaved. */
    public MigrationStep step() {
        return step;
    }

    /** The schema differences, each subject then its lines indented by two spaces; empty for other failures. */
    public List<String> differences() {
        return differences;
    }
}
