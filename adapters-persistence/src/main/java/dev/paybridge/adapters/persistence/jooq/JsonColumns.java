package dev.paybridge.adapters.persistence.jooq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/** Maps string-to-string maps (metadata, job data) to and from JSON columns. */
public final class JsonColumns {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader STRING_LIST = MAPPER.readerFor(new TypeReference<List<String>>() {
    });
    private static final ObjectReader STRING_MAP = MAPPER.readerFor(new TypeReference<TreeMap<String, String>>() {
    });

    private JsonColumns() {
    }

    public static JSONB fromMap(Map<String, String> values) {
        return JSONB.valueOf(write(values));
    }

    public static Map<String, String> toMap(JSONB column) {
        return readMap(column.data());
    }

    /** The map as a JSON object, keys sorted. */
    public static String write(Map<String, String> values) {
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a map of strings as JSON", impossible);
        }
    }

    public static String writeList(List<String> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write a list of strings as JSON", impossible);
        }
    }

    public static List<String> readList(String json) {
        try {
            return STRING_LIST.readValue(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a stored column is not a JSON array of strings", corrupt);
        }
    }

    public static Map<String, String> readMap(String json) {
        try {
            return STRING_MAP.readValue(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a stored column is not a JSON object of strings", corrupt);
        }
    }
}
