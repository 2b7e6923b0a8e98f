/** How the CLI prints revisions and graphs: Alembic's text lines, JSON, the terminal and Graphviz pictures. */
package io.omninode.migrations.cli.format;
