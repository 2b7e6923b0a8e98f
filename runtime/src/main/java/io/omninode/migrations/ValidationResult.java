package io.omninode.migrations;

import java.util.List;

/**
 * The outcome of {@link Migrator#validate()}: applied revisions whose source changed after they ran.
 *
 * <pre>{@code
 * ValidationResult result = migrator.validate();
 * if (!result.valid()) { result.mismatches().forEach(System.err::println); }
 * }</pre>
 *
 * @param mismatches one entry per changed applied revision, in topological order
 */
public record ValidationResult(List<ChecksumMismatch> mismatches) {

    public ValidationResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean valid() {
        return mismatches.isEmpty();
    }
}
