package dev.paybridge.application.port.in.connection;

import dev.paybridge.domain.connection.Connection;
import java.util.Map;

/**
 * A connection as callers may see it: its secrets only as masked previews (null for an absent optional field), and
 * the URL its gateway must deliver webhooks to.
 */
public record ConnectionView(Connection connection, Map<String, String> maskedSecrets, String webhookUrl) {
}
