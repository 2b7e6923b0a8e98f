package io.omninode.migrations.processor.codegen;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule that names a new migration class, from its revision id, its message and, when it
 * has one, its creation time — for {@code revision}, {@code merge}, {@code revision --autogenerate}
 * and the compile-time stub alike.
 * <ul>
 * <li>With a creation time: {@code V<yyyyMMdd>_<HHmmss>_<id>_<slug>}, e.g.
 *     {@code V20261124_100131_0c0ffee0cafe_add_node_index}: a source folder sorts by creation time
 *     and every name says what it does.
 * <li>Without one: {@code <Message>_<id>}, e.g. {@code EntityChanges_190adb42fd2f}, for the stub the
 *     processor writes on every build: no time, so the same entities give the same file.
 * </ul>
 */
public final class MigrationClassName {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT);
    private static final int SLUG_LENGTH = 40;
    private static final int WORDS_LENGTH = 60;

    private MigrationClassName() {}

    /**
     * The class name.
     *
     * @param revision the revision id (letters, digits and {@code _}, as every revision id)
     * @param message the revision message, may be blank
     * @param created the creation time for a name that sorts by it; empty for a name that depends on
     *     the revision and the message only
     */
    public static String of(String revision, String message, Optional<LocalDateTime> created) {
        return created.map(time -> "V" + DATE.format(time) + "_" + revision + slug(message))
                .orElseGet(() -> words(message) + "_" + revision);
    }

    /**
     * A glob for the names {@link #of} gives {@code message} without a creation time, whatever the
     * revision: how a build finds the stubs of earlier builds, e.g. {@code EntityChanges_*.java}.
     */
    public static String undatedGlob(String message) {
        return words(message) + "_*.java";
    }

    /** "add account table" becomes "_add_account_table"; nothing for a message without letters or digits. */
    private static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "" : "_" + slug;
    }

    /** "add bridge-table!" becomes "AddBridgeTable"; "Migration" goes first where no letter does. */
    private static String words(String message) {
        StringBuilder name = new StringBuilder();
        for (String word : message.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String words = name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))
                ? "Migration" + name : name.toString();
        return words.length() > WORDS_LENGTH ? words.substring(0, WORDS_LENGTH) : words;
    }
}
