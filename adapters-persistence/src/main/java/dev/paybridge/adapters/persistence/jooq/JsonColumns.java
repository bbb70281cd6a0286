package dev.paybridge.adapters.persistence.jooq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/** Maps string-to-string metadata to and from JSONB columns. */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader STRING_MAP = MAPPER.readerFor(new TypeReference<TreeMap<String, String>>() {
    });

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
            return STRING_MAP.readValue(column.data());
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored metadata is not a JSON object of strings", corrupt);
        }
    }
}
