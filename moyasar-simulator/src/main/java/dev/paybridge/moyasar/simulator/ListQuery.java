package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters of a list endpoint: {@code page}, {@code per} (page size), {@code status}, {@code metadata[k]=v},
 * {@code created[gt|gte|lt|lte]}. A page below 1 reads as 1; a size outside 1..{@value Page#MAX_PER_PAGE} is
 * clamped into it (the docs give only the default of {@value Page#PER_PAGE}).
 */
record ListQuery(int page, int per, String status, Map<String, String> metadata, Map<String, Instant> created) {

    private static final Pattern METADATA = Pattern.compile("metadata\\[(.+)]");
    private static final Pattern CREATED = Pattern.compile("created\\[(gt|gte|lt|lte)]");

    /** Everything, newest first, in one page. */
    static ListQuery everything() {
        return new ListQuery(1, Integer.MAX_VALUE, null, Map.of(), Map.of());
    }

    static ListQuery from(Map<String, List<String>> params) {
        int page = 1;
        int per = Page.PER_PAGE;
        String status = null;
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Instant> created = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            String value = param.getValue().isEmpty() ? "" : param.getValue().get(0);
            Matcher metadataKey = METADATA.matcher(name);
            Matcher createdBound = CREATED.matcher(name);
            if (name.equals("page")) {
                page = Math.max(1, positiveInteger(name, value));
            } else if (name.equals("per")) {
                per = Math.min(Page.MAX_PER_PAGE, Math.max(1, positiveInteger(name, value)));
            } else if (name.equals("status") && !value.isBlank()) {
                status = value;
            } else if (metadataKey.matches()) {
                metadata.put(metadataKey.group(1), value);
            } else if (createdBound.matches()) {
                created.put(createdBound.group(1), Timestamps.parse(value).orElseThrow(
                        () -> ApiError.invalidRequest(name + " must be an ISO 8601 date")));
            }
        }
        return new ListQuery(page, per, status, metadata, created);
    }

    private static int positiveInteger(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalidRequest(name + " must be a positive integer");
        }
    }

    boolean matches(String wireStatus, Instant createdAt, Map<String, String> objectMetadata) {
        if (status != null && !status.equals(wireStatus)) {
            return false;
        }
        for (Map.Entry<String, String> wanted : metadata.entrySet()) {
            if (!wanted.getValue().equals(objectMetadata.get(wanted.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, Instant> bound : created.entrySet()) {
            if (!withinBound(bound.getKey(), bound.getValue(), createdAt)) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinBound(String operator, Instant bound, Instant createdAt) {
        switch (operator) {
            case "gt": return createdAt.isAfter(bound);
            case "gte": return !createdAt.isBefore(bound);
            case "lt": return createdAt.isBefore(bound);
            default: return !createdAt.isAfter(bound);
        }
    }
}
