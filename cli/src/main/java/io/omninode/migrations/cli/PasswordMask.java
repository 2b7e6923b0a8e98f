package io.omninode.migrations.cli;

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
 * Replaces every password the CLI was given, wherever it shows up (a driver message, a stack trace),
 * with {@code ***}. Built from the raw sources before anything is parsed, so that even a malformed
 * URL's password is hidden.
 */
final class PasswordMask {

    private static final Pattern URL_PASSWORD = Pattern.compile("://[^:/@?]*:([^@/?]*)@");
    private static final Pattern PARAMETER_PASSWORD = Pattern.compile("(?i)[?&]password=([^&]*)");
    /** Shorter secrets would mask ordinary words; the runtime draws the same line. */
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
    static PasswordMask of(Collection<String> urls, Collection<String> passwords) {
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
    static boolean carriesPassword(String url) {
        return url != null && (URL_PASSWORD.matcher(url).find() || PARAMETER_PASSWORD.matcher(url).find());
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, "***");
        }
        return masked;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
