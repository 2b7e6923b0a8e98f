/**
 * Entities: our {@code @Table}/{@code @Column} annotations and Jakarta Persistence ones read into
 * one {@code Schema}, with every problem reported on the field or annotation at fault.
 */
package io.omninode.migrations.processor.entity;
