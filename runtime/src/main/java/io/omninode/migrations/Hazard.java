package io.omninode.migrations;

import java.util.Objects;
import java.util.Optional;

/**
 * One hazard {@code lint} found in a revision.
 *
 * <pre>{@code
 * hazard.rule().code();   // "require-concurrent-index-creation"
 * hazard.operation();     // "CREATE INDEX ix_hook_events_node_id ON hook_events"
 * }</pre>
 *
 * @param rule the rule (its code, severity, why and safe alternative)
 * @param revision the revision id
 * @param className the migration class
 * @param operation the operation at fault, or what was measured ("took ACCESS EXCLUSIVE on hook_events")
 * @param allowance the reason of the {@code @AllowHazards} that allows it, or empty
 */
public record Hazard(HazardRule rule, String revision, String className, String operation,
        Optional<String> allowance) {

    public Hazard {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(allowance, "allowance");
    }

    /** Whether an {@code @AllowHazards} on the migration allows it. */
    public boolean allowed() {
        return allowance.isPresent();
    }

    /** Whether it makes {@code lint} fail: an error that is not allowed. */
    public boolean failing() {
        return rule.severity() == HazardRule.Severity.ERROR && !allowed();
    }
}
