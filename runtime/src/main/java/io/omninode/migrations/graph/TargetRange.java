package io.omninode.migrations.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * A range of revisions as {@code history} and the offline ({@code --sql}) commands take it:
 * {@code start:end}, {@code start:}, {@code :end} or {@code :}, endpoints included; an absent start is
 * base, an absent end is every head.
 *
 * <pre>{@code
 * TargetRange range = TargetRange.parse("ae10:head");
 * range.start();  // Optional[Named[name=ae10]]
 * migrator.history(range.text());
 * }</pre>
 *
 * @param start where the range starts, empty for base
 * @param end where it ends, empty for every head
 */
public record TargetRange(Optional<Target> start, Optional<Target> end) {

    public TargetRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Parses {@code start:end}, {@code start:}, {@code :end} or {@code :}. The colon is required: an
     * offline downgrade cannot read the database, so it needs to be told where it starts.
     *
     * @throws InvalidTargetException without a colon, or for an endpoint {@link Target#parse} refuses
     */
    public static TargetRange parse(String text) {
        if (!isRange(text)) {
            throw new InvalidTargetException(text, "\"" + text + "\" is not a range; write [start]:[end],"
                    + " start: or :end (offline downgrade needs the start: the script cannot read the database)");
        }
        return parseFromBase(text);
    }

    /**
     * Parses a range, or a single target as the range from base to it (as {@code upgrade --sql} takes it).
     *
     * @throws InvalidTargetException for an endpoint {@link Target#parse} refuses
     */
    public static TargetRange parseFromBase(String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        if (colon < 0) {
            return new TargetRange(Optional.empty(), endpoint(value));
        }
        return new TargetRange(endpoint(value.substring(0, colon)), endpoint(value.substring(colon + 1)));
    }

    /** Whether the text is written as a range, with a colon. */
    public static boolean isRange(String text) {
        return text != null && text.contains(":");
    }

    /**
     * The end, for commands that need one.
     *
     * @throws InvalidTargetException when the range has no end, as for an empty target
     */
    public Target requireEnd() {
        return end.orElseThrow(() -> TargetGrammar.empty(""));
    }

    /** The range as written: {@code start:end}, with absent endpoints left out. */
    public String text() {
        return start.map(Target::text).orElse("") + ":" + end.map(Target::text).orElse("");
    }

    private static Optional<Target> endpoint(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(Target.parse(text));
    }
}
