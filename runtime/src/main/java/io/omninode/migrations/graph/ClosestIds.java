package io.omninode.migrations.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" candidates for a mistyped revision id or label (and lint's hazard codes).
 *
 * <pre>{@code
 * ClosestIds.didYouMean("ban-drop-colum", HazardRule.codes()); // "; did you mean \"ban-drop-column\"?"
 * }</pre>
 */
public final class ClosestIds {

    private static final int MAX_SUGGESTIONS = 3;

    private ClosestIds() {}

    /**
     * Known ids within a small edit distance of {@code wanted} (a transposition counts as one
     * edit, the most common typo in hex ids), closest first, then by id.
     */
    static List<String> to(String wanted, Collection<String> known) {
        int limit = Math.max(1, Math.min(2, wanted.length() / 4));
        record Candidate(String id, int distance) {}
        List<Candidate> close = new ArrayList<>();
        for (String id : known) {
            if (Math.abs(id.length() - wanted.length()) > limit) {
                continue;
            }
            int distance = distance(wanted, id);
            if (distance <= limit) {
                close.add(new Candidate(id, distance));
            }
        }
        return close.stream()
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id))
                .limit(MAX_SUGGESTIONS)
                .map(Candidate::id)
                .toList();
    }

    /** The ", did you mean ..." tail of a message, or "" when nothing is close. */
    public static String didYouMean(String wanted, Collection<String> known) {
        List<String> close = to(wanted, known);
        if (close.isEmpty()) {
            return "";
        }
        return close.size() == 1
                ? "; did you mean \"" + close.get(0) + "\"?"
                : "; did you mean one of " + quoted(close) + "?";
    }

    static String quoted(Collection<String> ids) {
        return String.join(", ", ids.stream().map(id -> "\"" + id + "\"").toList());
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
