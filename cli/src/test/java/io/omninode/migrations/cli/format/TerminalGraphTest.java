package io.omninode.migrations.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerminalGraphTest {

    @Test
    void lanesJoinAcrossAnotherLaneAndShiftLeftWhenARootEnds() {
        // b1, b2 and b3 all follow a0; r0 is a second root between them in topological order
        List<RevisionInfo> revisions = List.of(
                info("a0", List.of(), List.of(), List.of("b1", "b2", "b3")),
                info("r0", List.of(), List.of(), List.of()),
                info("b1", List.of("a0"), List.of(), List.of()),
                info("b2", List.of("a0"), List.of("r0"), List.of()),
                info("b3", List.of("a0"), List.of(), List.of()));

        assertThat(String.join("\n", TerminalGraph.draw(revisions, Set.of("b2")))).isEqualTo("""
                * b3 (head), message b3
                | * b2 (head) (current) (depends on r0), message b2
                | | * b1 (head), message b1
                | | | * r0 (head), message r0
                |_|/
                |/
                * a0 (branchpoint), message a0""");
    }

    @Test
    void aRootEndingLeftOfAnotherLaneShiftsThatLaneLeft() {
        List<RevisionInfo> revisions = List.of(
                info("a0", List.of(), List.of(), List.of("b1", "b2")),
                info("r0", List.of(), List.of(), List.of("r1")),
                info("b1", List.of("a0"), List.of(), List.of()),
                info("r1", List.of("r0"), List.of(), List.of()),
                info("b2", List.of("a0"), List.of(), List.of()));

        assertThat(String.join("\n", TerminalGraph.draw(revisions, Set.of()))).isEqualTo("""
                * b2 (head), message b2
                | * r1 (head), message r1
                | | * b1 (head), message b1
                | * | r0, message r0
                |  /
                |/
                * a0 (branchpoint), message a0""");
    }

    private static RevisionInfo info(String id, List<String> down, List<String> dependsOn, List<String> next) {
        return new RevisionInfo(id, down, dependsOn, List.of(), new ArrayList<>(next), "message " + id,
                next.isEmpty(), false, down.isEmpty(), down.size() > 1, next.size() > 1, true, "sha", "V" + id);
    }
}
