package io.omninode.migrations.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows hazards that {@code omninode-migrate lint} reports for this migration, with the reason why they are
 * safe here. Put it next to {@link Migration}:
 *
 * <pre>{@code
 * @Migration(revision = "ae1027a6acf", downRevision = "1975ea83b712", message = "index hook events")
 * @AllowHazards(value = "require-concurrent-index-creation", reason = "hook_events is empty in every environment")
 * public class IndexHookEvents implements MigrationScript { ... }
 * }</pre>
 *
 * <p>The compiler refuses a blank reason and a code that is not in lint's catalogue; lint reports an allowance
 * that no longer matches any hazard of the migration, so it can be removed. Kept at run time, where lint reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowHazards {

    /** The hazard codes allowed, e.g. {@code "require-concurrent-index-creation"}. */
    String[] value();

    /** Why these hazards are safe for this migration; required, shown by lint next to each allowed hazard. */
    String reason();
}
