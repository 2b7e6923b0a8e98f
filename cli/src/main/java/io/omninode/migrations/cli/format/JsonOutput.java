package io.omninode.migrations.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omninode.migrations.RevisionInfo;
import java.util.List;
import java.util.Set;

/**
 * {@code --json}: the runtime's result records as indented JSON, one document per command.
 * Jackson is loaded only when a command asks for JSON, which keeps start-up fast.
 */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    /** Revisions as JSON objects, each with a {@code current} flag added. */
    public static ArrayNode withCurrent(List<RevisionInfo> revisions, Set<String> current) {
        ArrayNode array = MAPPER.createArrayNode();
        for (RevisionInfo revision : revisions) {
            ObjectNode node = MAPPER.valueToTree(revision);
            node.put("current", current.contains(revision.revision()));
            array.add(node);
        }
        return array;
    }

    /** The value as a JSON document, ending with a newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
