package io.omninode.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * An exclusion constraint: no two rows whose elements all compare true with their operators.
 *
 * <pre>{@code
 * Exclusion.of("booking_no_overlap", IndexMethod.GIST, Exclusion.Element.of("room", "="),
 *         Exclusion.Element.of("during", "&&")).where("not cancelled")
 * }</pre>
 *
 * @param name the constraint name (there is no diffing an unnamed one: its expressions are not columns)
 * @param method the index method that enforces it ({@code gist} for ranges; {@code =} on a scalar
 *     column under gist needs the {@code btree_gist} extension)
 * @param elements what is compared, each with its operator, in order
 * @param where the predicate of a partial constraint, or null
 * @param deferrability when the constraint is checked
 */
public record Exclusion(String name, IndexMethod method, List<Element> elements, String where,
        Deferrability deferrability) {

    public Exclusion {
        SqlFragments.checkName("exclusion constraint name", name);
        Objects.requireNonNull(method, "method");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("exclusion constraint " + name + " has no elements;"
                    + " give at least one, e.g. Exclusion.Element.of(\"during\", \"&&\")");
        }
        if (where != null) {
            SqlFragments.checkExpression("exclusion constraint predicate", where);
        }
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /** A constraint over these elements, checked at once and on every row. */
    public static Exclusion of(String name, IndexMethod method, Element... elements) {
        return new Exclusion(name, method, List.of(elements), null, Deferrability.NOT_DEFERRABLE);
    }

    /** The same constraint on the rows matching {@code predicate} only ({@code WHERE}). */
    public Exclusion where(String predicate) {
        return new Exclusion(name, method, elements, predicate, deferrability);
    }

    /** {@code DEFERRABLE INITIALLY IMMEDIATE} or {@code INITIALLY DEFERRED}. */
    public Exclusion deferrable(boolean initiallyDeferred) {
        return new Exclusion(name, method, elements, where, Deferrability.deferrable(initiallyDeferred));
    }

    /** The same constraint under another name. */
    public Exclusion named(String newName) {
        return new Exclusion(newName, method, elements, where, deferrability);
    }

    /** The same constraint over other elements (after a column rename). */
    public Exclusion withElements(List<Element> newElements) {
        return new Exclusion(name, method, newElements, where, deferrability);
    }

    /**
     * One compared element: {@code Element.of("during", "&&")}.
     *
     * @param expression a column name or an expression (with an operator class if needed), as SQL
     * @param operator the operator that must not hold between two rows, e.g. {@code &&}
     */
    public record Element(String expression, String operator) {
        public Element {
            SqlFragments.checkExpression("exclusion element", expression);
            SqlFragments.checkExpression("exclusion operator", operator);
        }

        /** {@code expression WITH operator}. */
        public static Element of(String expression, String operator) {
            return new Element(expression, operator);
        }
    }
}
