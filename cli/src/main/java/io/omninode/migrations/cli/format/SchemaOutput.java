package io.omninode.migrations.cli.format;

import io.omninode.migrations.NotComparedObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code check}, {@code diff} and {@code snapshot} show schema differences and what they could not compare. */
public final class SchemaOutput {

    private SchemaOutput() {}

    /** One {@code -- not compared: <kind> <name>} line per object, a comment in SQL and plain enough for text. */
    public static List<String> notCompared(List<NotComparedObject> objects) {
        return objects.stream().map(n -> "-- not compared: " + n).toList();
    }

    /** A difference as a JSON object: {@code {"subject", "line", "destructive"}}. */
    public static Map<String, Object> difference(String subject, String line, boolean destructive) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("subject", subject);
        node.put("line", line);
        node.put("destructive", destructive);
        return node;
    }
}
