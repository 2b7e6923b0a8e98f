/**
 * Generated code (JavaPoet): the registry, and every new migration class — {@code MigrationSource}
 * says what it declares, {@code MigrationClassName} names it and {@code MigrationSourceWriter} writes
 * it, for {@code revision}, {@code merge}, {@code revision --autogenerate} and the compile-time stub.
 */
package io.omninode.migrations.processor.codegen;
