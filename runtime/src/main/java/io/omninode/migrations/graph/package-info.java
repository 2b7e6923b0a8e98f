/**
 * The revision graph as values: {@link io.omninode.migrations.graph.Revision}s linked by their down
 * revisions, {@link io.omninode.migrations.graph.RevisionGraph} (heads, bases, labels, ancestors), and its
 * checks returning {@link io.omninode.migrations.graph.GraphProblem}s in a
 * {@link io.omninode.migrations.graph.GraphCheck} rather than throwing, so the processor can report each
 * problem on the annotation value at fault and the runtime can refuse an invalid history.
 */
package io.omninode.migrations.graph;
