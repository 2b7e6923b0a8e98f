package io.omninode.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRangeTest {

    private static final Optional<Target> NONE = Optional.empty();

    @Test
    void startAndEndAreParsedAsTargets() {
        assertThat(TargetRange.parse("ae10:feature@head")).isEqualTo(new TargetRange(
                Optional.of(new Target.Named("ae10")), Optional.of(new Target.BranchHead("feature"))));
        assertThat(TargetRange.parse(" current : -1 ")).isEqualTo(new TargetRange(
                Optional.of(new Target.Current()), Optional.of(new Target.Relative(-1))));
    }

    @Test
    void anEmptySideIsAbsent() {
        assertThat(TargetRange.parse("ae10:")).isEqualTo(new TargetRange(Optional.of(new Target.Named("ae10")), NONE));
        assertThat(TargetRange.parse(":heads")).isEqualTo(new TargetRange(NONE, Optional.of(new Target.Heads())));
        assertThat(TargetRange.parse(":")).isEqualTo(new TargetRange(NONE, NONE));
    }

    @Test
    void onlyTheFirstColonSplits() {
        // the rest is a name, which then names no revision when resolved
        assertThat(TargetRange.parse("a:b:c").end()).contains(new Target.Named("b:c"));
    }

    @Test
    void withoutAColonTheRangeIsRefusedBecauseOfflineDowngradeNeedsTheStart() {
        assertThatThrownBy(() -> TargetRange.parse("a2"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("\"a2\" is not a range; write [start]:[end], start: or :end (offline downgrade needs the"
                        + " start: the script cannot read the database)");
        assertThatThrownBy(() -> TargetRange.parse(null)).hasMessageStartingWith("\"null\" is not a range");
    }

    @Test
    void fromBaseTakesASingleTargetAsTheEnd() {
        assertThat(TargetRange.parseFromBase("head")).isEqualTo(new TargetRange(NONE, Optional.of(new Target.Head())));
        assertThat(TargetRange.parseFromBase("a1:a3")).isEqualTo(TargetRange.parse("a1:a3"));
        // as before the grammar had a home: a blank upgrade --sql target reaches every head
        assertThat(TargetRange.parseFromBase(" ")).isEqualTo(new TargetRange(NONE, NONE));
    }

    @Test
    void endpointsAreCheckedByTheTargetGrammar() {
        assertThatThrownBy(() -> TargetRange.parse("+0:head")).hasMessageContaining("\"+0\" moves nowhere");
    }

    @Test
    void requireEndRefusesAMissingEndAsAnEmptyTarget() {
        assertThat(TargetRange.parse("a1:a2").requireEnd()).isEqualTo(new Target.Named("a2"));
        assertThatThrownBy(() -> TargetRange.parse("a1:").requireEnd())
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("the revision target is empty; give a revision id, a prefix, a branch label, head,"
                        + " heads, base, +N or -N");
    }

    @Test
    void textWritesTheRangeBack() {
        assertThat(TargetRange.parse(" a1 : feature@+2 ").text()).isEqualTo("a1:feature@+2");
        assertThat(TargetRange.parse(":").text()).isEqualTo(":");
    }

    @Test
    void isRangeLooksForTheColon() {
        assertThat(TargetRange.isRange("a1:")).isTrue();
        assertThat(TargetRange.isRange("a1")).isFalse();
        assertThat(TargetRange.isRange(null)).isFalse();
    }
}
