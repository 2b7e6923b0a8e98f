package io.omninode.migrations.spi;

import io.omninode.migrations.MigrationScript;

/**
 * Creates the migrations of a generated registry by their index in its {@link MigrationTable}: one
 * {@code switch} instead of a method reference per migration, so loading a registry loads no
 * migration class, and a command creates only the migrations it runs.
 */
@FunctionalInterface
public interface MigrationFactory {

    /**
     * A new instance of the migration at {@code index}.
     *
     * @throws IndexOutOfBoundsException when the registry has no migration at that index
     */
    MigrationScript create(int index);
}
