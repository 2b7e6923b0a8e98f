/**
 * How the CLI prints graphs and schema output: JSON, the terminal and Graphviz pictures (a revision's
 * text lines are the runtime's {@link io.omninode.migrations.RevisionText}, shared with the Maven plugin).
 */
package io.omninode.migrations.cli.format;
