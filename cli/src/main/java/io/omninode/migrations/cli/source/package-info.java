/**
 * Reads {@code @Migration} from migration sources that are not compiled yet, with a real Java
 * parser, so that {@code revision}, {@code merge} and {@code revision --autogenerate} build on the
 * history as it is in the source folder (Alembic reads its versions folder the same way). Only the
 * revision graph attributes are read; nothing here compiles or runs a migration.
 */
package io.omninode.migrations.cli.source;
