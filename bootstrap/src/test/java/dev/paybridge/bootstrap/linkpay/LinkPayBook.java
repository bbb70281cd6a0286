package dev.paybridge.bootstrap.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The fake LinkPay's sessions and charges, in LinkPay's own shapes; thread-safe. */
final class LinkPayBook {
    private final Map<String, ObjectNode> sessions = new LinkedHashMap<>();
    private final Map<String, ObjectNode> charges = new LinkedHashMap<>();

    synchronized ObjectNode create(JsonNode request, String payPageBase, Instant now) {
        String id = "cs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ObjectNode session = FakeLinkPay.JSON.createObjectNode();
        session.put("id", id).put("url", payPageBase + id).put("state", "awaiting_payment");
        session.set("amount", request.get("amount").deepCopy());
        session.put("reference", request.get("reference").asText());
        session.put("description", request.path("description").asText(""));
        session.set("expires_at", request.path("expires_at").isTextual() ? request.get("expires_at") : null);
        session.put("created_at", now.toString());
        session.putArray("charges");
        sessions.put(id, session);
        return session.deepCopy();
    }

    synchronized ObjectNode pay(String sessionId, Instant now) {
        ObjectNode session = sessions.get(sessionId);
        if (session == null || !session.path("state").asText().equals("awaiting_payment")) {
            throw new IllegalStateException("session " + sessionId + " cannot be paid");
        }
        ObjectNode charge = FakeLinkPay.JSON.createObjectNode();
        charge.put("id", "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        charge.put("session_id", sessionId).put("reference", session.path("reference").asText());
        charge.put("state", "succeeded");
        charge.set("amount", session.get("amount").deepCopy());
        charge.putObject("card").put("brand", "visa").put("last4", "4242");
        charge.put("created_at", now.toString());
        charges.put(charge.get("id").asText(), charge);
        ((ArrayNode) session.get("charges")).add(charge);
        session.put("state", "completed");
        return charge.deepCopy();
    }

    synchronized ObjectNode cancel(String sessionId) {
        ObjectNode session = sessions.get(sessionId);
        if (session.path("state").asText().equals("awaiting_payment")) {
            session.put("state", "cancelled");
        }
        return session.deepCopy();
    }

    synchronized Optional<JsonNode> session(String id) {
        return Optional.ofNullable(sessions.get(id)).map(ObjectNode::deepCopy);
    }

    synchronized Optional<JsonNode> charge(String id) {
        return Optional.ofNullable(charges.get(id)).map(ObjectNode::deepCopy);
    }

    /** The sessions made for a reference, newest first, as LinkPay lists them. */
    synchronized JsonNode byReference(String reference) {
        List<ObjectNode> found = new ArrayList<>();
        sessions.values().stream().filter(s -> s.path("reference").asText().equals(reference))
                .forEach(s -> found.add(0, s.deepCopy()));
        ObjectNode page = FakeLinkPay.JSON.createObjectNode();
        page.putArray("data").addAll(found);
        return page;
    }
}
