package io.omninode.migrations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Applied revisions were edited after they ran, and the checksum mode is {@link ChecksumMode#FAIL}.
 * Nothing ran.
 *
 * <pre>{@code
 * catch (ChecksumMismatchException e) {
 *     e.mismatches().forEach(m -> System.err.println(m.revision()));
 * }
 * }</pre>
 */
public final class ChecksumMismatchException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final List<ChecksumMismatch> mismatches;

    public ChecksumMismatchException(List<ChecksumMismatch> mismatches) {
        super(mismatches.stream().map(ChecksumMismatch::revision).collect(Collectors.joining(", ",
                "applied revision(s) ", " changed since they ran; restore their source, write a new revision for the"
                        + " change, or set checksumMode WARN")), null);
        this.mismatches = List.copyOf(mismatches);
    }

    public List<ChecksumMismatch> mismatches() {
        return mismatches;
    }
}
