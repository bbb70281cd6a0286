package dev.paybridge.application.page;

/** Which slice of a list to return: {@code limit} 1..100, {@code offset} from 0. */
public record PageRequest(int limit, int offset) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
    }
}
