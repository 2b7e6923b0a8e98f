package io.omninode.migrations.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.RevisionInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DotGraphTest {

    @Test
    void dependenciesOnALabelAreDashedEdgesFromItsRevisionAndLabelsAreEscaped() {
        RevisionInfo root = new RevisionInfo("r0", List.of(), List.of(), List.of("audit"), List.of(), "say \"hi\"",
                true, true, true, false, false, true, "sha", "Vr0");
        RevisionInfo dependent = new RevisionInfo("d1", List.of(), List.of("audit"), List.of(), List.of(), "needs audit",
                true, false, true, false, false, true, "sha", "Vd1");

        assertThat(DotGraph.write(List.of(root, dependent), Set.of())).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box, fontname="monospace"];
                    "r0" [label="r0 (audit) (head)\\nsay \\"hi\\"", peripheries=2];
                    "d1" [label="d1 (head)\\nneeds audit", peripheries=2];
                    "r0" -> "d1" [style=dashed, label="depends on"];
                }
                """);
    }
}
