package io.omninode.migrations.internal.config;

import io.omninode.migrations.ChecksumMode;
import io.omninode.migrations.ConfigurationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses configuration-file values, naming the key in every error. */
public final class SettingValues {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min|h)?");

    private SettingValues() {}

    /** {@code 500ms}, {@code 30s}, {@code 2min}, {@code 1h}, a bare number of seconds, or ISO-8601 {@code PT30S}. */
    public static Duration duration(String key, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            switch (unit) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "min":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                default:
                    return Duration.ofSeconds(amount);
            }
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key + " is \"" + text + "\"; write a duration such as 500ms, 30s or 2min");
        }
    }

    /** A {@link #duration}, or {@code off} (also {@code 0}) for {@link Duration#ZERO}. */
    public static Duration durationOrOff(String key, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off") || value.equals("none")) {
            return Duration.ZERO;
        }
        try {
            return duration(key, text);
        } catch (ConfigurationException e) {
            throw new ConfigurationException(key + " is \"" + text + "\"; write a duration such as 500ms, 3s or 1min,"
                    + " or off");
        }
    }

    /** A whole number, zero or more. */
    public static int count(String key, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new ConfigurationException(key + " is \"" + text + "\"; write a whole number such as 0, 3 or 9");
    }

    public static boolean bool(String key, String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
            case "1":
                return true;
            case "false":
            case "no":
            case "off":
            case "0":
                return false;
            default:
                throw new ConfigurationException(key + " is \"" + text + "\"; write true or false");
        }
    }

    public static ChecksumMode checksumMode(String key, String text) {
        try {
            return ChecksumMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key + " is \"" + text + "\"; write warn or fail");
        }
    }
}
