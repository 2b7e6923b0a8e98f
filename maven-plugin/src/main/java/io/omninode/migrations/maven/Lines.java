package io.omninode.migrations.maven;

/** A text of several lines (a verbose revision entry) as one log line each: Maven prefixes every line. */
final class Lines {

    private Lines() {}

    static void log(MigrationsMojo goal, String text) {
        text.stripTrailing().lines().forEach(goal::info);
    }
}
