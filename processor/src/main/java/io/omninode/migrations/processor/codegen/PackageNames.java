package io.omninode.migrations.processor.codegen;

import java.util.Collection;

/** Picks the registry's package when no option names one. */
public final class PackageNames {

    private PackageNames() {}

    /** The longest package that contains all the given packages ("" when they share none). */
    public static String longestCommon(Collection<String> packages) {
        String[] common = null;
        int length = 0;
        for (String packageName : packages) {
            String[] parts = packageName.isEmpty() ? new String[0] : packageName.split("\\.");
            if (common == null) {
                common = parts;
                length = parts.length;
                continue;
            }
            int shared = 0;
            while (shared < Math.min(length, parts.length) && common[shared].equals(parts[shared])) {
                shared++;
            }
            length = shared;
        }
        return common == null ? "" : String.join(".", java.util.Arrays.asList(common).subList(0, length));
    }
}
