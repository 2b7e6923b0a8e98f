package io.omninode.migrations.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every password it was given, wherever it shows up (a driver message, a stack trace, a
 * URL), with {@code ***}: the one owner of the masking rule for the runtime, the CLI and the
 * integrations. Built from the raw sources before anything is parsed, so that even a malformed URL's
 * password is hidden.
 *
 * <pre>{@code
 * PasswordMask mask = PasswordMask.of(List.of(url), List.of());
 * log.info(mask.mask(driverMessage));
 * PasswordMask.maskedUrl("postgresql://app:s3cret@db/bridge") // "postgresql://app:***@db/bridge"
 * }</pre>
 */
public final class PasswordMask {

    private static final Pattern URL_PASSWORD = Pattern.compile("://[^:/@?]*:([^@/?]*)@");
    private static final Pattern PARAMETER_PASSWORD = Pattern.compile("(?i)[?&]password=([^&]*)");
    /** Shorter secrets would mask ordinary words (a password "a" would turn every "a" into ***). */
    private static final int SHORTEST = 3;

    private final List<String> secrets;

    private PasswordMask(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s.length() >= SHORTEST)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * @param urls database URLs that may carry a password
     * @param passwords passwords given on their own
     */
    public static PasswordMask of(Collection<String> urls, Collection<String> passwords) {
        Set<String> secrets = new LinkedHashSet<>();
        for (String password : passwords) {
            if (password != null) {
                secrets.add(password);
            }
        }
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            for (Pattern pattern : List.of(URL_PASSWORD, PARAMETER_PASSWORD)) {
                Matcher m = pattern.matcher(url);
                while (m.find()) {
                    secrets.add(m.group(1));
                    secrets.add(decoded(m.group(1)));
                }
            }
        }
        return new PasswordMask(secrets);
    }

    /** Whether a database URL carries a password, in its user info or as a parameter. */
    public static boolean carriesPassword(String url) {
        return url != null && (URL_PASSWORD.matcher(url).find() || PARAMETER_PASSWORD.matcher(url).find());
    }

    /** The text with every known password replaced by {@code ***}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "***");
        }
        return masked;
    }

    /** A URL with its password, in the user info or as a parameter, replaced by {@code ***}. */
    public static String maskedUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(://[^/:@?]*:)[^@/?]*@", "$1***@");
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
