package io.omninode.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** history, heads, branches, show, current and graph on the branched test history, the database at 4f2e8d1b6a33. */
@PostgresTest
class ReadCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, String> env;

    @BeforeAll
    static void upgradeMainLine(TestDatabase database) {
        env = CliRun.environment(database);
        assertThat(CliRun.run(env, "upgrade", "4f2e8d1b6a33").exitCode()).isZero();
    }

    @Test
    void historyListsEveryRevisionNewestFirstAsAlembicDoes() {
        CliRun run = CliRun.run(env, "history");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                27c6a30d7c24, 27f0b9e1d355 -> 4f2e8d1b6a33 (head) (mergepoint), merge feature into main
                ae1027a6acf0 -> 27f0b9e1d355, add account email
                ae1027a6acf0 -> 27c6a30d7c24 (feature), add node region
                1975ea83b712 -> ae1027a6acf0 (branchpoint), add account table
                <base> -> 5d0c1e2f3a44 (audit) (head), create audit entry
                <base> -> 1975ea83b712, create node table
                """);
    }

    @Test
    void historyVerboseWithARangeAndTheCurrentRevisionMarked() {
        CliRun run = CliRun.run(env, "history", "--verbose", "-r", "ae1027a6acf0:", "--indicate-current");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                Rev: 4f2e8d1b6a33 (head) (mergepoint) (current)
                Merges: 27c6a30d7c24, 27f0b9e1d355
                Path: io.omninode.migrations.cli.history.V4MergeFeature

                    merge feature into main

                Rev: 27f0b9e1d355
                Parent: ae1027a6acf0
                Path: io.omninode.migrations.cli.history.V3AddAccountEmail

                    add account email

                Rev: 27c6a30d7c24
                Parent: ae1027a6acf0
                Branch names: feature
                Path: io.omninode.migrations.cli.history.V3AddNodeRegion

                    add node region

                Rev: ae1027a6acf0 (branchpoint)
                Parent: 1975ea83b712
                Branches into: 27c6a30d7c24, 27f0b9e1d355
                Path: io.omninode.migrations.cli.history.V2AddAccount

                    add account table

                """);
    }

    @Test
    void headsBranchesAndShow() {
        assertThat(CliRun.run(env, "heads").out()).isEqualTo("""
                4f2e8d1b6a33 (head)
                5d0c1e2f3a44 (audit) (head)
                """);
        assertThat(CliRun.run(env, "heads", "--verbose").out()).startsWith("Rev: 4f2e8d1b6a33 (head) (mergepoint)\n");
        assertThat(CliRun.run(env, "branches").out()).isEqualTo("""
                ae1027a6acf0 (branchpoint)
                             -> 27c6a30d7c24 (feature)
                             -> 27f0b9e1d355

                """);
        assertThat(CliRun.run(env, "branches", "--verbose").out()).isEqualTo("""
                Rev: ae1027a6acf0 (branchpoint)
                Parent: 1975ea83b712
                Branches into: 27c6a30d7c24, 27f0b9e1d355
                Path: io.omninode.migrations.cli.history.V2AddAccount

                    add account table

                             -> 27c6a30d7c24 (feature), add node region
                             -> 27f0b9e1d355, add account email

                """);
        assertThat(CliRun.run(env, "show", "feature").out()).isEqualTo("""
                Rev: 27c6a30d7c24
                Parent: ae1027a6acf0
                Branch names: feature
                Path: io.omninode.migrations.cli.history.V3AddNodeRegion

                    add node region

                """);
    }

    @Test
    void currentShowsTheDatabaseRevision() {
        CliRun run = CliRun.run(env, "current");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("4f2e8d1b6a33 (head) (mergepoint)\n");
        assertThat(CliRun.run(env, "current", "--verbose").out()).startsWith("Current revision(s) for localhost:")
                .contains("\nRev: 4f2e8d1b6a33 (head) (mergepoint)\nMerges: 27c6a30d7c24, 27f0b9e1d355\n");
    }

    @Test
    void graphDrawsBranchesMergesLabelsAndTheCurrentRevision() {
        CliRun run = CliRun.run(env, "graph");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                * 4f2e8d1b6a33 (head) (current) (mergepoint), merge feature into main
                |\\
                | * 27f0b9e1d355, add account email
                * | 27c6a30d7c24 (feature), add node region
                |/
                * ae1027a6acf0 (branchpoint), add account table
                | * 5d0c1e2f3a44 (audit) (head), create audit entry
                * 1975ea83b712, create node table
                """);
    }

    @Test
    void graphDotIsGraphviz() {
        CliRun run = CliRun.run(env, "graph", "--dot");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box, fontname="monospace"];
                    "1975ea83b712" [label="1975ea83b712\\ncreate node table"];
                    "5d0c1e2f3a44" [label="5d0c1e2f3a44 (audit) (head)\\ncreate audit entry", peripheries=2];
                    "ae1027a6acf0" [label="ae1027a6acf0\\nadd account table"];
                    "27c6a30d7c24" [label="27c6a30d7c24 (feature)\\nadd node region"];
                    "27f0b9e1d355" [label="27f0b9e1d355\\nadd account email"];
                    "4f2e8d1b6a33" [label="4f2e8d1b6a33 (head) (current)\\nmerge feature into main", peripheries=2, style=filled, fillcolor="lightblue"];
                    "1975ea83b712" -> "ae1027a6acf0";
                    "ae1027a6acf0" -> "27c6a30d7c24";
                    "ae1027a6acf0" -> "27f0b9e1d355";
                    "27c6a30d7c24" -> "4f2e8d1b6a33";
                    "27f0b9e1d355" -> "4f2e8d1b6a33";
                }
                """);
    }

    @Test
    void jsonOutputParsesBack() throws Exception {
        JsonNode current = JSON.readTree(CliRun.run(env, "current", "--json").out());
        assertThat(current.get("current").get(0).get("revision").asText()).isEqualTo("4f2e8d1b6a33");
        assertThat(current.get("current").get(0).get("merge").asBoolean()).isTrue();
        assertThat(current.get("changed")).isEmpty();

        JsonNode history = JSON.readTree(CliRun.run(env, "history", "--json", "--indicate-current").out());
        assertThat(ids(history)).containsExactly("4f2e8d1b6a33", "27f0b9e1d355", "27c6a30d7c24", "ae1027a6acf0",
                "5d0c1e2f3a44", "1975ea83b712");
        assertThat(history.get(0).get("current").asBoolean()).isTrue();
        assertThat(history.get(1).get("current").asBoolean()).isFalse();

        JsonNode heads = JSON.readTree(CliRun.run(env, "heads", "--json").out());
        assertThat(ids(heads)).containsExactly("4f2e8d1b6a33", "5d0c1e2f3a44");
        assertThat(heads.get(1).get("branchLabels").get(0).asText()).isEqualTo("audit");

        JsonNode branches = JSON.readTree(CliRun.run(env, "branches", "--json").out());
        assertThat(ids(branches)).containsExactly("ae1027a6acf0");
        assertThat(branches.get(0).get("nextRevisions").toString()).isEqualTo("[\"27c6a30d7c24\",\"27f0b9e1d355\"]");

        JsonNode show = JSON.readTree(CliRun.run(env, "show", "27c6", "--json").out());
        assertThat(show.get(0).get("className").asText()).isEqualTo("io.omninode.migrations.cli.history.V3AddNodeRegion");
        assertThat(show.get(0).get("downRevisions").get(0).asText()).isEqualTo("ae1027a6acf0");
    }

    @Test
    void theCurrentTargetReadsTheDatabase() {
        assertThat(CliRun.run(env, "show", "current").out()).startsWith("Rev: 4f2e8d1b6a33");
    }

    @Test
    void graphWithoutAReachableDatabaseStillDraws() {
        CliRun run = CliRun.run(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", "1",
                "POSTGRES_PASSWORD", CliRun.PASSWORD), "graph");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("* 4f2e8d1b6a33 (head) (mergepoint), merge feature into main\n");
        assertThat(run.err()).startsWith("INFO  [omninode] Current revisions not marked: cannot connect to"
                + " postgresql://postgres@127.0.0.1:1/omninode_bridge (password masked): nothing listens on 127.0.0.1:1")
                .doesNotContain(CliRun.PASSWORD);
    }

    @Test
    void commandsThatNeedNoDatabaseNeitherConnectNorWarnAboutTheDefaultPassword() {
        for (String[] args : List.of(new String[] {"history"}, new String[] {"heads"}, new String[] {"branches"},
                new String[] {"graph", "--offline"}, new String[] {"upgrade", "--sql", "heads"})) {
            CliRun run = CliRun.run(Map.of(), args);
            assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
            assertThat(run.err()).doesNotContain("WARN");
        }
        CliRun connecting = CliRun.run(Map.of("POSTGRES_PORT", "1"), "current");
        assertThat(connecting.err()).startsWith("WARN  [omninode] connecting to localhost:1, database omninode_bridge,"
                + " user postgres with the built-in default password; set POSTGRES_PASSWORD or a database URL\n");
    }

    @Test
    void anAppliedRevisionEditedAfterItRanIsReportedByCurrent(TestDatabase database) throws Exception {
        StateChangeCommandsTest.execute(database,
                "update omninode_migration_log set checksum = 'edited' where revision = '1975ea83b712'");

        CliRun run = CliRun.run(env, "current");

        assertThat(run.out()).isEqualTo("4f2e8d1b6a33 (head) (mergepoint)\n");
        assertThat(run.err()).startsWith("WARN  [omninode] revision 1975ea83b712 changed since it was applied (checksum"
                + " edited recorded, ");
        JsonNode json = JSON.readTree(CliRun.run(env, "current", "--json").out());
        assertThat(json.get("changed").get(0).get("revision").asText()).isEqualTo("1975ea83b712");
        StateChangeCommandsTest.execute(database, "update omninode_migration_log set checksum = null where checksum = 'edited'");
    }

    @Test
    void everyCommandHasHelp() {
        CliRun run = CliRun.run(Map.of(), "history", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: omninode-migrate history").contains("--indicate-current")
                .contains("--classpath");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("revision").asText()));
        return ids;
    }
}
