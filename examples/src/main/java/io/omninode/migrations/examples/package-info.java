/** The demo: runs the real {@code omninode-migrate} commands on the OmniNode Bridge history, on an embedded PostgreSQL. */
package io.omninode.migrations.examples;
