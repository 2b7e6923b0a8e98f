package io.omninode.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionTextTest {

    private static RevisionInfo head(String id, boolean dependedOn) {
        return new RevisionInfo(id, List.of("r10"), List.of(), List.of(), List.of(), "message " + id, true,
                dependedOn, false, false, false, true, "sha", "V" + id);
    }

    @Test
    void aHeadThatOthersDependOnIsAnEffectiveHeadAsInAlembicsCurrent() {
        assertThat(RevisionText.line(head("r11", true), RevisionText.Style.CURRENT, false))
                .isEqualTo("r11 (effective head)");
        assertThat(RevisionText.line(head("r12", false), RevisionText.Style.CURRENT, false)).isEqualTo("r12 (head)");
    }

    @Test
    void historyMarksTheEffectiveHeadTooAndTheVerboseEntryKeepsAlembicsPlainHead() {
        assertThat(RevisionText.line(head("r11", true), RevisionText.Style.HISTORY, true))
                .isEqualTo("r10 -> r11 (effective head) (current), message r11");
        assertThat(RevisionText.entry(head("r11", true), false)).startsWith("Rev: r11 (head)\n");
    }
}
