package io.omninode.migrations.schema.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.schema.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeExamplesTest {

    @Test
    void everyPermittedChangeKindHasAnExample() {
        Set<String> examples = ChangeExamples.everyKind().stream().map(c -> c.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(examples).containsExactlyElementsOf(concreteKinds());
    }

    @Test
    void theExamplesApplyInOrderToAnEmptySchema() {
        Schema schema = Schema.EMPTY;
        for (SchemaChange change : ChangeExamples.everyKind()) {
            schema = schema.apply(change);
        }

        assertThat(schema.tables()).extracting(t -> t.name().toString()).containsExactlyInAnyOrder("core.node", "node");
        assertThat(schema.enums()).isEmpty();
    }

    /** The records under the sealed interface, following sealed sub-interfaces such as DestructiveChange. */
    private static Set<String> concreteKinds() {
        Set<String> kinds = new TreeSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(Set.of(SchemaChange.class));
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                pending.addAll(Set.of(type.getPermittedSubclasses()));
            } else {
                kinds.add(type.getSimpleName());
            }
        }
        return kinds;
    }
}
