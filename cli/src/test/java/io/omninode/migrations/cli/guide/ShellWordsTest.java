package io.omninode.migrations.cli.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void theToolIsCalledAsLauncherJarOrMainClassAfterAssignmentsAndPrefixes() {
        assertThat(ShellWords.calls("OMNINODE_MIGRATE_CDS=create bin/omninode-migrate current"))
                .containsExactly(List.of("current"));
        assertThat(ShellWords.calls("java -jar cli/target/omninode-migrate.jar --classpath target/classes history -v"))
                .containsExactly(List.of("--classpath", "target/classes", "history", "-v"));
        assertThat(ShellWords.calls("java -cp target/classes:omninode-migrate.jar io.omninode.migrations.cli.Main stamp a1"))
                .containsExactly(List.of("stamp", "a1"));
        assertThat(ShellWords.calls("$ omninode-migrate check; echo \"exit $?\"")).containsExactly(List.of("check"));
    }

    @Test
    void aFileNamedLikeTheToolIsNotACall() {
        assertThat(ShellWords.calls("cp cli/target/omninode-migrate.jar /opt/tools/")).isEmpty();
        assertThat(ShellWords.calls("ln -s $PWD/bin/omninode-migrate /usr/local/bin/omninode-migrate")).isEmpty();
        assertThat(ShellWords.calls("java -jar examples/target/omninode-demo.jar")).isEmpty();
    }

    @Test
    void aCallEndsAtOperatorsRedirectionsAndCommentsAndQuotesHoldTogether() {
        assertThat(ShellWords.calls("omninode-migrate upgrade --sql heads > upgrade.sql 2>&1 # for the DBA"))
                .containsExactly(List.of("upgrade", "--sql", "heads"));
        assertThat(ShellWords.calls("omninode-migrate snapshot --out s/$(omninode-migrate current | cut -d' ' -f1).json"))
                .containsExactly(List.of("snapshot", "--out", "s/"), List.of("current"));
        assertThat(ShellWords.calls("omninode-migrate merge -m \"merge heads\" heads && omninode-migrate heads"))
                .containsExactly(List.of("merge", "-m", "merge heads", "heads"), List.of("heads"));
    }

    @Test
    void placeholdersAreOneWordAndOptionalPartsLoseTheirBrackets() {
        assertThat(ShellWords.calls("omninode-migrate downgrade <revision before the deploy>"))
                .containsExactly(List.of("downgrade", "<revision before the deploy>"));
        assertThat(ShellWords.calls("omninode-migrate history [-r RANGE] [--verbose]"))
                .containsExactly(List.of("history", "-r", "RANGE", "--verbose"));
    }
}
