package io.omninode.migrations.internal.lint;

import io.omninode.migrations.HazardRule;
import java.util.Objects;

/**
 * A hazard found in one revision, before allowances are applied.
 *
 * @param rule the rule
 * @param operation the statement at fault, or what was measured
 */
record Finding(HazardRule rule, String operation) {

    Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(operation, "operation");
    }
}
