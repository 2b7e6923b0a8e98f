package io.omninode.migrations.graph;

/**
 * A revision target as Alembic users write it, parsed but not yet resolved against a graph: the one
 * home of the target grammar. {@link #parse} accepts exactly these forms (Alembic's, from
 * {@code script/revision.py}):
 *
 * <ul>
 *   <li>{@code head}, {@code heads}, {@code base}, {@code current};
 *   <li>{@code <label>@base}, {@code <rev>@head} / {@code <label>@head};
 *   <li>{@code +N}, {@code -N}: from the database's current revision;
 *   <li>{@code <label>@+N}, {@code <label>@-N}: from the current revision on that label's line;
 *   <li>{@code <rev>+N}, {@code <rev>-N}: from a named revision;
 *   <li>anything else: a revision id, a branch label, or a unique prefix of either.
 * </ul>
 *
 * <p>Java 17 has no type patterns in {@code switch}, so code that handles every form implements
 * {@link Visitor}: a new form adds a method there, and the compiler lists every place to update.
 *
 * <pre>{@code
 * Target target = Target.parse("feature@+2");   // BranchRelative[branch=feature, steps=2]
 * target.needsCurrent();                        // true: it walks from the database's revision
 * migrator.upgrade(target);
 * }</pre>
 */
public sealed interface Target permits Target.Head, Target.Heads, Target.Base, Target.Current, Target.Named,
        Target.FromCurrent, Target.BranchHead, Target.BranchBase, Target.RevisionRelative {

    /** Calls the visitor's method for this form. */
    <R> R accept(Visitor<R> visitor);

    /** The target as the user writes it, quoted in messages. */
    String text();

    /** Whether resolving it reads the database's current revisions ({@code current}, {@code +N}, {@code label@-N}). */
    default boolean needsCurrent() {
        return false;
    }

    /**
     * This target, as an upgrade's.
     *
     * @throws InvalidTargetException for a step down ({@code -1}, {@code label@-1}), naming downgrade
     */
    default Target checkUpgrade() {
        return this;
    }

    /**
     * This target, as a downgrade's.
     *
     * @throws InvalidTargetException for a step up ({@code +1}, {@code label@+1}), naming upgrade
     */
    default Target checkDowngrade() {
        return this;
    }

    /**
     * Parses a target; surrounding blanks are ignored.
     *
     * @throws InvalidTargetException for an empty target, or a relative step of zero or out of range
     */
    static Target parse(String text) {
        return TargetGrammar.parse(text);
    }

    /**
     * One method per form.
     *
     * @param <R> what the visit returns, e.g. the revisions the target names
     */
    interface Visitor<R> {

        R visit(Head target);

        R visit(Heads target);

        R visit(Base target);

        R visit(Current target);

        R visit(Named target);

        R visit(Relative target);

        R visit(BranchHead target);

        R visit(BranchBase target);

        R visit(BranchRelative target);

        R visit(RevisionRelative target);
    }

    /** {@code head}: the only head; several heads make it ambiguous. */
    record Head() implements Target {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return "head";
        }
    }

    /** {@code heads}: every head. */
    record Heads() implements Target {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return "heads";
        }
    }

    /** {@code base}: no revision at all. */
    record Base() implements Target {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return "base";
        }
    }

    /** {@code current}: the database's current revisions. */
    record Current() implements Target {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return "current";
        }

        @Override
        public boolean needsCurrent() {
            return true;
        }
    }

    /**
     * A revision id, a branch label, or a unique prefix of either.
     *
     * @param name the id, label or prefix
     */
    record Named(String name) implements Target {
        public Named {
            TargetGrammar.requireName(name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** A walk from the database's current revision: it reads the database, and its sign says its direction. */
    sealed interface FromCurrent extends Target permits Relative, BranchRelative {

        /** Up when positive, down when negative; never zero. */
        int steps();

        @Override
        default boolean needsCurrent() {
            return true;
        }

        @Override
        default Target checkUpgrade() {
            if (steps() < 0) {
                throw new InvalidTargetException(text(), "upgrade cannot go down to \"" + text()
                        + "\"; use downgrade " + text());
            }
            return this;
        }

        @Override
        default Target checkDowngrade() {
            if (steps() > 0) {
                throw new InvalidTargetException(text(), "downgrade cannot go up to \"" + text()
                        + "\"; use upgrade " + text());
            }
            return this;
        }
    }

    /**
     * {@code +N} or {@code -N}: that many revisions up or down from the database's one current revision.
     *
     * @param steps up when positive, down when negative; never zero
     */
    record Relative(int steps) implements FromCurrent {
        public Relative {
            TargetGrammar.requireSteps(steps);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return TargetGrammar.signed(steps);
        }
    }

    /**
     * {@code <name>@head}: the one head on the line of a revision or branch label.
     *
     * @param name the id, label or prefix before {@code @}
     */
    record BranchHead(String name) implements Target {
        public BranchHead {
            TargetGrammar.requireName(name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return name + "@head";
        }
    }

    /**
     * {@code <name>@base}: the base of one line of history; a downgrade there removes what grew from
     * the line's first revisions.
     *
     * @param name the id, label or prefix before {@code @}
     */
    record BranchBase(String name) implements Target {
        public BranchBase {
            TargetGrammar.requireName(name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return name + "@base";
        }
    }

    /**
     * {@code <label>@+N} or {@code <label>@-N}: a walk from the database's current revision on that line.
     *
     * @param branch the label, id or prefix before {@code @}
     * @param steps up when positive, down when negative; never zero
     */
    record BranchRelative(String branch, int steps) implements FromCurrent {
        public BranchRelative {
            TargetGrammar.requireName(branch);
            TargetGrammar.requireSteps(steps);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return branch + "@" + TargetGrammar.signed(steps);
        }
    }

    /**
     * {@code <rev>+N} or {@code <rev>-N}: a walk from a named revision, whatever the database holds.
     *
     * @param revision the id, label or prefix the walk starts from
     * @param steps up when positive, down when negative; never zero
     */
    record RevisionRelative(String revision, int steps) implements Target {
        public RevisionRelative {
            TargetGrammar.requireName(revision);
            TargetGrammar.requireSteps(steps);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        @Override
        public String text() {
            return revision + TargetGrammar.signed(steps);
        }
    }
}
