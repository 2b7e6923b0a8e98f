/**
 * What the processor tells the user: {@code DiagnosticCode} is the one catalogue of the codes users see
 * (stable, for docs, tests and suppression), {@code ProcessorMessages} writes each message with its fix,
 * and {@code Diagnostics} prints a {@code Diagnostic} on the element and annotation value at fault. A leaf:
 * every stage reports through it, and it knows no stage.
 */
package io.omninode.migrations.processor.diagnostic;
