/**
 * {@code omninode-migrate}: Alembic's commands over the runtime's public API (picocli). Commands
 * format the result values the runtime returns; exit codes are in {@code ExitCode}.
 */
package io.omninode.migrations.cli;
