package io.omninode.migrations.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @Test
    void keywordsParseToTheirOwnForms() {
        assertThat(Target.parse("head")).isEqualTo(new Target.Head());
        assertThat(Target.parse("heads")).isEqualTo(new Target.Heads());
        assertThat(Target.parse("base")).isEqualTo(new Target.Base());
        assertThat(Target.parse("current")).isEqualTo(new Target.Current());
    }

    @Test
    void idsPrefixesAndLabelsAreNames() {
        assertThat(Target.parse("ae1027a6acf")).isEqualTo(new Target.Named("ae1027a6acf"));
        assertThat(Target.parse("ae10")).isEqualTo(new Target.Named("ae10"));
        assertThat(Target.parse("feature")).isEqualTo(new Target.Named("feature"));
        // a trailing sign without digits, or an unknown keyword after @, is still a name to look up
        assertThat(Target.parse("my-rev")).isEqualTo(new Target.Named("my-rev"));
        assertThat(Target.parse("feature@tail")).isEqualTo(new Target.Named("feature@tail"));
        assertThat(Target.parse("HEAD")).isEqualTo(new Target.Named("HEAD"));
    }

    @Test
    void signedNumbersAreRelativeToTheCurrentRevision() {
        assertThat(Target.parse("+2")).isEqualTo(new Target.Relative(2));
        assertThat(Target.parse("-1")).isEqualTo(new Target.Relative(-1));
    }

    @Test
    void labelAtSignedNumberIsRelativeOnThatBranch() {
        assertThat(Target.parse("feature@+2")).isEqualTo(new Target.BranchRelative("feature", 2));
        assertThat(Target.parse("ae10@-1")).isEqualTo(new Target.BranchRelative("ae10", -1));
    }

    @Test
    void revisionWithSignedNumberIsRelativeToThatRevision() {
        assertThat(Target.parse("ae10+2")).isEqualTo(new Target.RevisionRelative("ae10", 2));
        assertThat(Target.parse("ae10-1")).isEqualTo(new Target.RevisionRelative("ae10", -1));
    }

    @Test
    void atHeadAndAtBaseNameTheEndsOfALine() {
        assertThat(Target.parse("feature@head")).isEqualTo(new Target.BranchHead("feature"));
        assertThat(Target.parse("ae10@head")).isEqualTo(new Target.BranchHead("ae10"));
        assertThat(Target.parse("feature@base")).isEqualTo(new Target.BranchBase("feature"));
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Target.parse("  head\t")).isEqualTo(new Target.Head());
        assertThat(Target.parse(" feature@-2 ")).isEqualTo(new Target.BranchRelative("feature", -2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "heads", "base", "current", "ae10", "+2", "-1", "feature@+2", "feature@-1",
            "ae10+2", "ae10-1", "feature@head", "feature@base", "my-rev"})
    void textIsTheTargetAsWritten(String written) {
        assertThat(Target.parse(written).text()).isEqualTo(written);
    }

    @Test
    void onlyCurrentAndWalksFromTheCurrentRevisionNeedTheDatabase() {
        assertThat(List.of("current", "+1", "-2", "feature@+1", "feature@-1"))
                .allMatch(text -> Target.parse(text).needsCurrent());
        assertThat(List.of("head", "heads", "base", "ae10", "ae10+1", "ae10-1", "feature@head", "feature@base"))
                .noneMatch(text -> Target.parse(text).needsCurrent());
    }

    @Test
    void emptyTargetIsRefusedWithTheFormsToWrite() {
        for (String empty : new String[] {"", "   ", null}) {
            assertThatThrownBy(() -> Target.parse(empty))
                    .isInstanceOf(InvalidTargetException.class)
                    .hasMessage("the revision target is empty; give a revision id, a prefix, a branch label, head,"
                            + " heads, base, +N or -N")
                    .satisfies(e -> assertThat(((InvalidTargetException) e).target()).isEqualTo(empty));
        }
    }

    @Test
    void zeroStepsAreRefusedInsteadOfMovingNowhere() {
        assertThatThrownBy(() -> Target.parse("+0"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"+0\" moves nowhere; give +1 or more to go up, -1 or less to go"
                        + " down, or current for where the database is");
        assertThatThrownBy(() -> Target.parse("feature@-0")).hasMessageContaining("\"feature@-0\" moves nowhere");
        assertThatThrownBy(() -> Target.parse("ae10+00")).hasMessageContaining("\"ae10+00\" moves nowhere");
    }

    @Test
    void stepsBeyondAnIntAreRefusedInsteadOfOverflowing() {
        assertThatThrownBy(() -> Target.parse("+99999999999"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("relative revision \"+99999999999\" moves too far: give at most 2147483647 steps");
        assertThatThrownBy(() -> Target.parse("-2147483648"))
                .hasMessage("relative revision \"-2147483648\" moves too far: give at most 2147483647 steps");
        assertThat(Target.parse("-2147483647")).isEqualTo(new Target.Relative(-Integer.MAX_VALUE));
    }

    @Test
    void upgradeRefusesAStepDownAndNamesDowngrade() {
        assertThatThrownBy(() -> Target.parse("-1").checkUpgrade())
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("upgrade cannot go down to \"-1\"; use downgrade -1");
        assertThatThrownBy(() -> Target.parse("feature@-2").checkUpgrade())
                .hasMessage("upgrade cannot go down to \"feature@-2\"; use downgrade feature@-2");
        for (String fine : List.of("+1", "feature@+1", "head", "base", "ae10-1", "current")) {
            Target target = Target.parse(fine);
            assertThat(target.checkUpgrade()).isSameAs(target);
        }
    }

    @Test
    void downgradeRefusesAStepUpAndNamesUpgrade() {
        assertThatThrownBy(() -> Target.parse("+1").checkDowngrade())
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("downgrade cannot go up to \"+1\"; use upgrade +1");
        assertThatThrownBy(() -> Target.parse("feature@+2").checkDowngrade())
                .hasMessage("downgrade cannot go up to \"feature@+2\"; use upgrade feature@+2");
        for (String fine : List.of("-1", "feature@-1", "heads", "base", "ae10+1", "current")) {
            Target target = Target.parse(fine);
            assertThat(target.checkDowngrade()).isSameAs(target);
        }
    }

    @Test
    void recordsRefuseWhatParseNeverProduces() {
        assertThatThrownBy(() -> new Target.Relative(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target.Named(" ")).isInstanceOf(InvalidTargetException.class);
        assertThatThrownBy(() -> new Target.BranchHead(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theVisitorReachesEachFormsOwnMethod() {
        Target.Visitor<String> names = new Target.Visitor<>() {
            @Override
            public String visit(Target.Head target) {
                return "head";
            }

            @Override
            public String visit(Target.Heads target) {
                return "heads";
            }

            @Override
            public String visit(Target.Base target) {
                return "base";
            }

            @Override
            public String visit(Target.Current target) {
                return "current";
            }

            @Override
            public String visit(Target.Named target) {
                return "named " + target.name();
            }

            @Override
            public String visit(Target.Relative target) {
                return "relative " + target.steps();
            }

            @Override
            public String visit(Target.BranchHead target) {
                return "head of " + target.name();
            }

            @Override
            public String visit(Target.BranchBase target) {
                return "base of " + target.name();
            }

            @Override
            public String visit(Target.BranchRelative target) {
                return target.steps() + " on " + target.branch();
            }

            @Override
            public String visit(Target.RevisionRelative target) {
                return target.steps() + " from " + target.revision();
            }
        };
        assertThat(List.of("head", "heads", "base", "current", "ae10", "-2", "b@head", "b@base", "b@+3", "ae10-1")
                .stream().map(text -> Target.parse(text).accept(names)))
                .containsExactly("head", "heads", "base", "current", "named ae10", "relative -2", "head of b",
                        "base of b", "3 on b", "-1 from ae10");
    }
}
