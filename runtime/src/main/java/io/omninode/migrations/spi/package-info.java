/**
 * The service interface between generated code and the runtime: the registry the annotation
 * processor generates for each compilation, found with {@link java.util.ServiceLoader}, and the
 * descriptor of each migration it lists.
 */
package io.omninode.migrations.spi;
