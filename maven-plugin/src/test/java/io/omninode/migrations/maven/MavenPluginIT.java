package io.omninode.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin as users run it: {@code mvn compile omninode:upgrade omninode:check} on the projects of
 * {@code src/it}, against a PostgreSQL that checks passwords for the role they log in as.
 */
@PostgresTest
class MavenPluginIT {

    private static final String LOGIN = "it_login";
    private static final String PASSWORD = "right-pw-123";

    private static final List<String> CREATED = new ArrayList<>();
    private static ProjectBuild build;

    @BeforeAll
    static void aRoleThatMustGiveItsPassword(TestDatabase admin) throws Exception {
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + LOGIN + "') then"
                    + " create role " + LOGIN + " login password '" + PASSWORD + "'; end if; end $$");
            if (admin.embedded()) {
                // the embedded server trusts every login; for this role it must ask for the password
                Path hba = Path.of(single(statement, "show hba_file"));
                String rules = "host all " + LOGIN + " 127.0.0.1/32 scram-sha-256\n"
                        + "host all " + LOGIN + " ::1/128 scram-sha-256\n";
                Files.writeString(hba, rules + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                statement.execute("select pg_reload_conf()");
            }
        }
        build = ProjectBuild.withServer("it-db", LOGIN, PASSWORD);
    }

    @AfterAll
    static void dropDatabases(TestDatabase admin) throws SQLException {
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void upgradeNeedsTheCompiledMigrationsThenUpgradeAndCheckPassAndCheckListsDrift(TestDatabase admin) throws Exception {
        String url = database(admin);
        ProjectBuild.Outcome notCompiled = build.run("upgrade-check", "upgrade-check", url, "omninode:upgrade");
        assertThat(notCompiled.exitCode()).as(notCompiled.log()).isNotZero();
        assertThat(notCompiled.log()).contains("no migrations found: no META-INF/services/"
                + "io.omninode.migrations.spi.MigrationRegistry in ").contains("; compile the @Migration classes first"
                + " (mvn compile omninode:upgrade)").doesNotContain("\tat ");

        ProjectBuild.Outcome upgrade = build.again("upgrade-check", url, "compile", "omninode:lint", "omninode:upgrade",
                "omninode:check");

        assertThat(upgrade.exitCode()).as(upgrade.log()).isZero();
        assertThat(upgrade.log())
                .contains("[INFO] Linted 2 revisions (the rules only): 0 errors, 0 warnings, 0 allowed.")
                .contains("[INFO] Running upgrade  -> 1975ea83b712, create account table")
                .contains("[INFO] Running upgrade 1975ea83b712 -> ae1027a6acf, add account nickname")
                .contains("[INFO] Finished upgrade 1975ea83b712 -> ae1027a6acf in ")
                .containsPattern("\\[INFO] Upgraded 2 step\\(s\\) in \\d+ ms; the database is now at ae1027a6acf")
                .contains("[INFO] No new upgrade operations detected.")
                .doesNotContain(PASSWORD);
        assertThat(versionRows(url)).containsExactly("ae1027a6acf");

        execute(url, "alter table account add column rank integer");
        ProjectBuild.Outcome drifted = build.again("upgrade-check", url, "omninode:check");

        assertThat(drifted.exitCode()).as(drifted.log()).isNotZero();
        assertThat(drifted.log())
                .contains("New upgrade operations detected (the database against the entities):")
                .contains("table account")
                .containsPattern("- column account\\.rank")
                .contains("BUILD FAILURE");
    }

    @Test
    void aFailingMigrationFailsTheBuildWithTheClisMessageAndLeavesTheDatabaseAsItWas(TestDatabase admin)
            throws Exception {
        String url = database(admin);
        ProjectBuild.Outcome outcome = build.run("failing-migration", "failing-migration", url,
                "compile", "omninode:upgrade");

        assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
        assertThat(outcome.log())
                .contains("[INFO] Finished upgrade  -> 5e6f7a8b9c0d in ")
                .contains("upgrade of revision 2b7c9d1e0f34 (add region name again) at V2AddNameAgain.java:")
                .contains("SQLSTATE 42701")
                .contains("SQL: alter table region add column name text")
                .contains("no step of this command stayed applied; fix the migration and run the command again")
                .doesNotContain("\tat ");
        // the version table is set up before the command's transaction, as Alembic does; it stays empty
        assertThat(single(url, "select to_regclass('public.region') is null")).isEqualTo("t");
        assertThat(versionRows(url)).isEmpty();
    }

    @Test
    void aWrongPasswordFailsTheBuildWithOneLineThatDoesNotShowIt(TestDatabase admin) throws Exception {
        String url = database(admin);
        ProjectBuild.Outcome outcome = build.run("wrong-password", "wrong-password", url, "compile", "omninode:upgrade");

        assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
        assertThat(outcome.log())
                .containsPattern("cannot connect to postgresql://" + LOGIN + "@[^ ]+ \\(password masked\\)")
                .contains("28P01")
                .contains(BuildFailures.DATABASE_SETTINGS)
                .doesNotContain("wrong-pw-456")
                .doesNotContain("\tat ")
                .doesNotContain("Caused by");
    }

    @Test
    void lintFailsTheBuildOnAnErrorLevelHazardListingIt() throws Exception {
        // every revision, so no database is read
        ProjectBuild.Outcome outcome = build.run("lint-hazard", "lint-hazard", "jdbc:postgresql://nowhere.invalid/x",
                "compile", "omninode:lint", "-Domninode.all");

        assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
        assertThat(outcome.log())
                .contains("[INFO] 7b2c3d4e5f6a (com.example.db.V2IndexRegionName)\n"
                        + "[INFO]   error   require-concurrent-index-creation: CREATE INDEX ix_region_name ON region"
                        + " (name)\n")
                .contains("[INFO] Linted 2 revisions (the rules only): 1 error, 0 warnings, 0 allowed.")
                .contains("lint found error-level hazards not allowed by @AllowHazards (listed above)")
                .contains("BUILD FAILURE")
                .doesNotContain("\tat ");
    }

    /** A database of the test's own, owned by the login role; its JDBC URL without credentials. */
    private static String database(TestDatabase admin) throws SQLException {
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + LOGIN);
        }
        CREATED.add(name);
        return admin.jdbcUrl().replaceAll("/" + admin.name() + "(\\?.*)?$", "/" + name);
    }

    private static List<String> versionRows(String url) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = java.sql.DriverManager.getConnection(url, LOGIN, PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version_num from alembic_version order by 1")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(url, LOGIN, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(String url, String sql) throws SQLException {
        try (Connection connection = java.sql.DriverManager.getConnection(url, LOGIN, PASSWORD);
                Statement statement = connection.createStatement()) {
            return single(statement, sql);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
