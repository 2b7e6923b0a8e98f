package io.omninode.migrations.spring.boot;

import io.omninode.migrations.config.PasswordMask;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code omninode.migrations.*} properties. Unset values keep the runtime's defaults.
 *
 * <pre>{@code
 * omninode.migrations.target=head
 * omninode.migrations.validate-on-start=true
 * omninode.migrations.lock-wait-timeout=2m
 * }</pre>
 *
 * <p>The {@code @param} texts are what IDEs show when completing the keys (Boot's metadata style).
 *
 * @param enabled Whether to migrate (or run the OmniNodeMigrationStrategy bean) at start-up.
 * @param target Upgrade target: head, heads, a revision id or prefix, or label@head.
 * @param validateOnStart Whether to fail start-up, after upgrading, unless the database is at the head
 *     revision(s), no applied migration was edited since it ran, and the live schema matches the entities.
 * @param checkOnStart Whether to fail start-up, after upgrading, when the live schema differs from the entity
 *     snapshot on the classpath (drift). Needs entities compiled with the OmniNode processor.
 * @param url Database URL used only for migrations, such as postgresql://owner@db:5432/app. When unset,
 *     the application's DataSource is used.
 * @param user Login role for the migrations' own url.
 * @param password Password for the migrations' own url. Never printed.
 * @param versionTable Name of the version table. alembic_version when unset.
 * @param versionTableSchema Schema of the version table. The search path when unset.
 * @param transactionPerMigration Whether each migration commits on its own instead of the whole upgrade in
 *     one transaction. false when unset.
 * @param lockWaitTimeout How long an instance waits for another instance's migration lock. 5 minutes when unset.
 */
@ConfigurationProperties(prefix = "omninode.migrations")
public record OmniNodeMigrationsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("head") String target,
        boolean validateOnStart,
        boolean checkOnStart,
        String url,
        String user,
        String password,
        String versionTable,
        String versionTableSchema,
        Boolean transactionPerMigration,
        Duration lockWaitTimeout) {

    /** Without the password, which a record would print, in the URL or on its own. */
    @Override
    public String toString() {
        return "OmniNodeMigrationsProperties[enabled=" + enabled + ", target=" + target + ", validateOnStart="
                + validateOnStart + ", checkOnStart=" + checkOnStart
                + ", url=" + (url == null ? null : PasswordMask.maskedUrl(url)) + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", versionTable=" + versionTable
                + ", versionTableSchema=" + versionTableSchema + ", transactionPerMigration="
                + transactionPerMigration + ", lockWaitTimeout=" + lockWaitTimeout + "]";
    }
}
