package io.omninode.migrations.internal.plan;

import java.util.Collection;

/** Revision ids and labels as messages list them: {@code "ae10", "4f2e"}. */
final class Quoting {

    private Quoting() {}

    static String quoted(Collection<String> ids) {
        return String.join(", ", ids.stream().map(id -> "\"" + id + "\"").toList());
    }
}
