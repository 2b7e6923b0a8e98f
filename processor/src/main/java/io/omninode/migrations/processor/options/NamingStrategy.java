package io.omninode.migrations.processor.options;

import java.util.Locale;

/**
 * How Jakarta Persistence entity, attribute and sequence names become table, column and sequence
 * names: as Hibernate does with no naming strategy set, or as Spring Boot configures it.
 */
public enum NamingStrategy {
    /** Names as written ({@code OrderLine} stays {@code OrderLine}; PostgreSQL folds it to {@code orderline}). */
    JPA("jpa"),
    /** Spring Boot's default, Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}: {@code order_line}. */
    SNAKE_CASE("snake_case");

    private final String optionValue;

    NamingStrategy(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The value of the {@code -A} option that selects it. */
    public String optionValue() {
        return optionValue;
    }

    /**
     * The strategy an option value names.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static NamingStrategy of(String option, String value) {
        for (NamingStrategy strategy : values()) {
            if (strategy.optionValue.equals(value.trim().toLowerCase(Locale.ROOT))) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("-A" + option + "=" + value + " is not a naming strategy; give jpa"
                + " (names as written, Hibernate's default) or snake_case (Spring Boot's default)");
    }
}
