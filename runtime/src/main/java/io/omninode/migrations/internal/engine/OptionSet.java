package io.omninode.migrations.internal.engine;

import io.omninode.migrations.Operations.Option;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The options given to one operation, checked against the ones it accepts. */
final class OptionSet {

    private final Set<Option> given;

    private OptionSet(Set<Option> given) {
        this.given = given;
    }

    /**
     * @throws IllegalArgumentException naming the operation, the refused option and the accepted ones
     */
    static OptionSet of(String operation, Option[] given, Option... accepted) {
        Set<Option> allowed = accepted.length == 0 ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(Arrays.asList(accepted));
        Set<Option> options = EnumSet.noneOf(Option.class);
        for (Option option : given) {
            if (!allowed.contains(option)) {
                throw new IllegalArgumentException(operation + " does not accept " + option + "; it accepts "
                        + (allowed.isEmpty() ? "no options" : allowed));
            }
            options.add(option);
        }
        return new OptionSet(options);
    }

    boolean has(Option option) {
        return given.contains(option);
    }
}
