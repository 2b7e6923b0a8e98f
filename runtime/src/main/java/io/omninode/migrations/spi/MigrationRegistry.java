package io.omninode.migrations.spi;

import java.util.List;

/**
 * A compiled set of migrations, implemented by the registry class that the annotation processor
 * generates for each compilation and found at run time with {@link java.util.ServiceLoader}.
 */
public interface MigrationRegistry {

    /** Every migration of the compilation, in topological order (down revisions first). */
    List<MigrationDescriptor> migrations();
}
