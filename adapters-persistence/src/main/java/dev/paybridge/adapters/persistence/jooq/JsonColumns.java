package dev.paybridge.adapters.persistence.jooq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/** Maps string-to-string metadata to and from JSONB columns. */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    public static JSONB fromMap(Map<String, String> values) {
        try {
            return JSONB.valueOf(MAPPER.writeValueAsString(new TreeMap<>(values)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write metadata as JSON", impossible);
        }
    }

    public static Map<String, String> toMap(JSONB column) {
        try {
            return MAPPER.readValue(column.data(), STRING_MAP);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored metadata is not a JSON object of strings", corrupt);
        }
    }
}
