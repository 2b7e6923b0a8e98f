package io.omninode.migrations.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.omninode.migrations.MigrationScript;
import io.omninode.migrations.Operations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading a migration's class ahead of its step must run none of its code. */
class MigrationDescriptorPreloadTest {

    /** Set by {@link Probe}'s static initializer; kept apart so that reading it does not initialize Probe. */
    static final class Initialized {
        static volatile boolean probe;
    }

    static final class Probe implements MigrationScript {
        static {
            Initialized.probe = true;
        }

        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Test
    void loadsTheClassWithoutInitializingIt() {
        MigrationTable table = new MigrationTable(index -> new Probe(), 1);
        table.add("a1", new String[0], new String[0], new String[0], "probe", true, "v2:x", null, Probe.class.getName());
        MigrationDescriptor descriptor = table.descriptors().get(0);

        descriptor.preload();

        assertThat(Initialized.probe).as("static initializer run").isFalse();
        descriptor.factory().get();
        assertThat(Initialized.probe).as("run by the factory").isTrue();
    }

    @Test
    void aClassThatCannotBeLoadedIsLeftToTheFactoryToReport() {
        MigrationDescriptor missing = new MigrationDescriptor("a1", List.of(), List.of(), List.of(), "gone", true, "v2:x",
                null, "com.example.NoSuchMigration", Probe::new);

        assertThatCode(missing::preload).doesNotThrowAnyException();
    }
}
