/** The processor's {@code -A} options, parsed and checked once; a leaf that the stages and messages read. */
package io.omninode.migrations.processor.options;
