package io.omninode.migrations.processor.entity;

import io.omninode.migrations.processor.options.NamingStrategy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jakarta Persistence names as Hibernate makes them: the physical name by the naming strategy, the
 * name PostgreSQL keeps (Hibernate does not quote, so the server folds it to lower case), and the
 * hashed names of constraints and indexes the user did not name ({@code FK...}, {@code UK...},
 * {@code IDX...}), computed the way Hibernate's implicit naming strategy computes them so that a
 * snapshot names what Hibernate's schema holds.
 */
final class JpaNames {

    private final NamingStrategy strategy;

    JpaNames(NamingStrategy strategy) {
        this.strategy = strategy;
    }

    /** The physical name Hibernate writes into DDL, case as written. */
    String physical(String logical) {
        if (strategy == NamingStrategy.JPA) {
            return logical;
        }
        // CamelCaseToUnderscoresNamingStrategy: an underscore before an upper-case letter between two lower-case ones
        StringBuilder text = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < text.length() - 1; i++) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && Character.isLowerCase(text.charAt(i + 1))) {
                text.insert(i++, '_');
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** The name as PostgreSQL stores an unquoted identifier. */
    static String folded(String physical) {
        return physical.toLowerCase(Locale.ROOT);
    }

    /** {@code FK<hash>} over the physical table, referenced table and column names, folded. */
    static String foreignKey(String table, String referencedTable, List<String> columns) {
        return folded("FK" + hash("table`" + table + "`references`" + referencedTable + "`" + columnPart(columns)));
    }

    /** {@code UK<hash>} or {@code IDX<hash>} over the physical table and column names, folded. */
    static String constraint(String prefix, String table, List<String> columns) {
        return folded(prefix + hash("table`" + table + "`" + columnPart(columns)));
    }

    private static String columnPart(List<String> columns) {
        StringBuilder part = new StringBuilder();
        columns.stream().sorted(Comparator.comparing(JpaNames::folded))
                .forEach(column -> part.append("column`").append(column).append('`'));
        return part.toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
