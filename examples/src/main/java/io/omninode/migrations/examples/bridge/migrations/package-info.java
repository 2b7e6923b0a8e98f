/** The OmniNode Bridge service's revision history, as a team would write it: a labelled branch, a merge, a concurrent index, a data migration. */
package io.omninode.migrations.examples.bridge.migrations;
