/**
 * Schema changes: the one vocabulary of the toolkit, one immutable record per kind of change, all
 * implementing the sealed {@link io.omninode.migrations.schema.change.SchemaChange}.
 *
 * <p>Adding a kind: the compiler points at every {@code SchemaChange.Visitor} (SQL rendering, in-memory
 * apply, the text of a diff, the generated {@code Operations} call), and the shared example of every
 * kind ({@code ChangeExamples} in the runtime's test-jar) fails its test until the kind has an example,
 * which then runs through the rendering, PostgreSQL, in-memory and code-generation tests. What neither
 * the compiler nor a test can catch, and must be decided by hand:
 * <ul>
 *   <li>whether the kind can lose data: then it joins the {@code permits} list of
 *       {@link io.omninode.migrations.schema.change.DestructiveChange};</li>
 *   <li>whether {@code SchemaDiff} should produce it, and where in its dependency order;</li>
 *   <li>the {@code Operations} method that creates it (the public API users call);</li>
 *   <li>a new model value that the kind carries also needs its snapshot form ({@code SchemaSnapshot})
 *       and its Java form in generated code ({@code ModelCode}).</li>
 * </ul>
 * Whether PostgreSQL refuses the kind inside a transaction is caught by the PostgreSQL test, which runs
 * every example inside a transaction unless the dialect says it cannot.
 */
package io.omninode.migrations.schema.change;
