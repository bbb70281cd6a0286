package dev.paybridge.domain.connection;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies a gateway connection ({@code conn_…}). */
public record ConnectionId(String value) {
    public static final String PREFIX = "conn";

    public ConnectionId {
        TypedId.require(value, PREFIX);
    }

    public static ConnectionId generate() {
        return new ConnectionId(RandomIds.next(PREFIX));
    }

    public static Optional<ConnectionId> parse(String value) {
        return TypedId.parse(value, PREFIX, ConnectionId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
