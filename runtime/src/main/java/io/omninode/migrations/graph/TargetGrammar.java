package io.omninode.migrations.graph;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The regular expressions behind {@link Target#parse}, and the checks its records share. */
final class TargetGrammar {

    private static final Pattern AT_BASE = Pattern.compile("([^@]+)@base");
    /** {@code +2}, {@code -1}, {@code label@+2}, {@code label@-1}: relative to the current revisions. */
    private static final Pattern RELATIVE_TO_CURRENT = Pattern.compile("(?:([^@]+)@)?([+-]\\d+)");
    /** {@code ae10+2}, {@code ae10-1}: relative to a named revision. */
    private static final Pattern RELATIVE_TO_REVISION = Pattern.compile("([^@+-]+)([+-]\\d+)");
    private static final Pattern AT_HEAD = Pattern.compile("([^@]+)@head");

    private TargetGrammar() {}

    // The order matters: "x@base" before the walks, "x@-1" is a walk on x's line rather than from a revision
    // named "x@", and whatever matches no form is a name, so a typo is reported as an unknown revision.
    static Target parse(String written) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            throw empty(written);
        }
        switch (text) {
            case "heads":
                return new Target.Heads();
            case "head":
                return new Target.Head();
            case "base":
                return new Target.Base();
            case "current":
                return new Target.Current();
            default:
                break;
        }
        Matcher atBase = AT_BASE.matcher(text);
        if (atBase.matches()) {
            return new Target.BranchBase(atBase.group(1));
        }
        Matcher relative = RELATIVE_TO_CURRENT.matcher(text);
        if (relative.matches()) {
            int steps = steps(text, relative.group(2));
            return relative.group(1) == null ? new Target.Relative(steps)
                    : new Target.BranchRelative(relative.group(1), steps);
        }
        Matcher fromRevision = RELATIVE_TO_REVISION.matcher(text);
        if (fromRevision.matches()) {
            return new Target.RevisionRelative(fromRevision.group(1), steps(text, fromRevision.group(2)));
        }
        Matcher atHead = AT_HEAD.matcher(text);
        if (atHead.matches()) {
            return new Target.BranchHead(atHead.group(1));
        }
        return new Target.Named(text);
    }

    static InvalidTargetException empty(String written) {
        return new InvalidTargetException(written, "the revision target is empty; give a revision id, a prefix,"
                + " a branch label, head, heads, base, +N or -N");
    }

    private static int steps(String text, String signed) {
        int steps;
        try {
            steps = Integer.parseInt(signed);
            Math.negateExact(steps); // walks count steps as positive numbers: -2147483648 has no opposite
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidTargetException(text, "relative revision \"" + text + "\" moves too far: give at most "
                    + Integer.MAX_VALUE + " steps");
        }
        if (steps == 0) {
            throw new InvalidTargetException(text, "relative revision \"" + text + "\" moves nowhere; give +1 or"
                    + " more to go up, -1 or less to go down, or current for where the database is");
        }
        return steps;
    }

    static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw empty(name);
        }
    }

    static void requireSteps(int steps) {
        if (steps == 0) {
            throw new IllegalArgumentException("a relative target moves at least one step");
        }
    }

    static String signed(int steps) {
        return (steps > 0 ? "+" : "") + steps;
    }
}
