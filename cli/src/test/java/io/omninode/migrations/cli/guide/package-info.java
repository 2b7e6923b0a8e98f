/**
 * Reading the user guide (README.md and docs/*.md) as a test sees it: the {@code omninode-migrate} command lines it
 * shows, its relative links and the anchors its headings make, each with the page and line it came from, so that
 * {@code GuideCommandsTest} keeps the guide from rotting.
 */
package io.omninode.migrations.cli.guide;
