package io.omninode.migrations.schema;

/**
 * A check constraint: {@code CheckConstraint.of("ck_amount_positive", "amount > 0")}.
 *
 * @param name the constraint name, or null to let PostgreSQL name it
 * @param expression the boolean SQL expression, embedded as written (never put untrusted input here)
 * @param valid false for a check added {@code NOT VALID} and not validated yet: existing rows are unchecked
 */
public record CheckConstraint(String name, String expression, boolean valid) {

    public CheckConstraint {
        SqlFragments.checkOptionalName("check constraint name", name);
        SqlFragments.checkExpression("check expression", expression);
    }

    /** A valid check. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, true);
    }

    /** The same check added {@code NOT VALID} (false) or validated (true). */
    public CheckConstraint valid(boolean isValid) {
        return new CheckConstraint(name, expression, isValid);
    }

    /** A named check: {@code CheckConstraint.of("ck_amount", "amount >= 0")}; a null name lets PostgreSQL choose. */
    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression);
    }
}
