package dev.paybridge.bootstrap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds {@code POST /v1/invoices} bodies: a valid SAR draft by default, any field at a JSON path replaceable. */
final class InvoiceBody {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)(?:\\[(\\d+)])?");
    private final ObjectNode root;

    private InvoiceBody(ObjectNode root) {
        this.root = root;
    }

    /** A draft in {@code currency} for customer {@code cus_42}, without lines and without a due date. */
    static InvoiceBody in(String currency) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("customer").put("external_id", "cus_42").put("name", "Acme").put("email", "billing@acme.test");
        root.put("currency", currency);
        root.putArray("line_items");
        root.putObject("metadata").put("order", "A-1001");
        return new InvoiceBody(root);
    }

    /** A valid SAR draft with one line: 3 × 0.125 = 0.38. */
    static InvoiceBody valid() {
        return in("SAR").line("API calls", "3", "0.125");
    }

    InvoiceBody line(String description, String quantity, String unitAmount) {
        ((ArrayNode) root.get("line_items")).addObject().put("description", description).put("quantity", quantity)
                .put("unit_amount", unitAmount);
        return this;
    }

    /** Replaces the whole customer by one with only an external id. */
    InvoiceBody customer(String externalId) {
        root.putObject("customer").put("external_id", externalId);
        return this;
    }

    InvoiceBody finalized() {
        return with("finalize", true);
    }

    /** Sets the value at a JSON path such as {@code line_items[0].quantity}; a String value stays a JSON string. */
    InvoiceBody with(String path, Object value) {
        JsonNode node = value instanceof JsonNode json ? json : MAPPER.valueToTree(value);
        Target target = target(path);
        if (target.index() >= 0) {
            ((ArrayNode) target.parent().get(target.field())).set(target.index(), node);
        } else {
            target.parent().set(target.field(), node);
        }
        return this;
    }

    /** Sets the value at a JSON path to raw JSON text, such as {@code [1, 2]}. */
    InvoiceBody withJson(String path, String json) {
        try {
            return with(path, MAPPER.readTree(json));
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException(json, malformed);
        }
    }

    InvoiceBody without(String path) {
        Target target = target(path);
        if (target.index() >= 0) {
            ((ArrayNode) target.parent().get(target.field())).remove(target.index());
        } else {
            target.parent().remove(target.field());
        }
        return this;
    }

    String json() {
        return root.toString();
    }

    @Override
    public String toString() {
        return json();
    }

    private Target target(String path) {
        String[] segments = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < segments.length - 1; i++) {
            Matcher segment = matcher(segments[i]);
            JsonNode next = parent.get(segment.group(1));
            parent = (ObjectNode) (segment.group(2) == null ? next : next.get(Integer.parseInt(segment.group(2))));
        }
        Matcher last = matcher(segments[segments.length - 1]);
        return new Target(parent, last.group(1), last.group(2) == null ? -1 : Integer.parseInt(last.group(2)));
    }

    private static Matcher matcher(String segment) {
        Matcher matcher = SEGMENT.matcher(segment);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a JSON path segment: " + segment);
        }
        return matcher;
    }

    private record Target(ObjectNode parent, String field, int index) {
    }
}
