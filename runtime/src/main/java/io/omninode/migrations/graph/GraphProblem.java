package io.omninode.migrations.graph;

import java.util.Objects;

/**
 * One problem found in a set of revisions, as a value: the processor attaches it to the
 * element and annotation value at fault, the runtime turns it into an exception.
 *
 * @param code what kind of problem, with its stable key
 * @param severity error, or warning for what still works
 * @param subject position of the revision at fault in the list given to {@link RevisionGraph#check}
 * @param attribute the {@code @Migration} attribute at fault
 * @param value the offending attribute item, or {@code null} when the whole attribute is at fault
 * @param detail the message without its code prefix
 */
public record GraphProblem(
        Code code, Severity severity, int subject, Attribute attribute, String value, String detail) {

    public GraphProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(detail, "detail");
    }

    /** The message as users see it: {@code [OmniNode/Key] detail}. */
    public String message() {
        return code.tag() + " " + detail;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public enum Severity { ERROR, WARNING }

    /** The {@code @Migration} attribute a problem points at. */
    public enum Attribute {
        REVISION("revision"),
        DOWN_REVISION("downRevision"),
        DEPENDS_ON("dependsOn"),
        BRANCH_LABELS("branchLabels"),
        MESSAGE("message");

        private final String annotationMember;

        Attribute(String annotationMember) {
            this.annotationMember = annotationMember;
        }

        /** The annotation member's name, as written in source. */
        public String annotationMember() {
            return annotationMember;
        }
    }

    /** Stable problem codes, usable in docs, tests and suppression keys. */
    public enum Code {
        INVALID_REVISION_ID("InvalidRevisionId"),
        DUPLICATE_REVISION("DuplicateRevision"),
        UNKNOWN_DOWN_REVISION("UnknownDownRevision"),
        UNKNOWN_DEPENDS_ON("UnknownDependsOn"),
        SELF_REFERENCE("SelfReference"),
        CYCLE("RevisionCycle"),
        REPEATED_DOWN_REVISION("RepeatedDownRevision"),
        DUPLICATE_BRANCH_LABEL("DuplicateBranchLabel"),
        BRANCH_LABEL_IS_REVISION("BranchLabelIsRevision"),
        INVALID_BRANCH_LABEL("InvalidBranchLabel"),
        MULTIPLE_HEADS("MultipleHeads"),
        BLANK_MESSAGE("BlankMessage");

        private final String key;

        Code(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public String tag() {
            return "[OmniNode/" + key + "]";
        }
    }
}
