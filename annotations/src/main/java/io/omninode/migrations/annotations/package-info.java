/**
 * The annotations users write: {@code @Migration} on each revision class, and the entity annotations
 * ({@code @Table}, {@code @Column}, {@code @Id}, ...) the processor turns into schema snapshots.
 * Nothing else lives here, so a project's compile classpath carries no runtime code through them.
 */
package io.omninode.migrations.annotations;
