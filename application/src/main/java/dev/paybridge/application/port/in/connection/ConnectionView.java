package dev.paybridge.application.port.in.connection;

import dev.paybridge.domain.connection.Connection;
import java.util.Map;

/** A connection as callers may see it: its secrets only as masked previews (null for an absent optional field). */
public record ConnectionView(Connection connection, Map<String, String> maskedSecrets) {
}
