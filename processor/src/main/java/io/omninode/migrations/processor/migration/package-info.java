/**
 * {@code @Migration} classes: validating each type, reading it into a {@code MigrationModel} with
 * its source checksum, and putting the runtime's revision-graph problems on the exact annotation
 * value at fault.
 */
package io.omninode.migrations.processor.migration;
