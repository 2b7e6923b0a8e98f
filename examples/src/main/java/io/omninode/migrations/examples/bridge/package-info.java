/** The OmniNode Bridge service: migrates and validates its database on start, then serves. */
package io.omninode.migrations.examples.bridge;
