package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request/response (or delivered event) example transcribed from Moyasar's docs into
 * {@code src/test/resources/fidelity/}: the page it comes from, the documented request, status and body, the
 * JSON pointers whose values the simulator must repeat, those that must be absent, and those the docs show null
 * elsewhere (so null is a documented value for them too).
 */
record DocExample(String name, String doc, JsonNode request, int status, JsonNode body, List<String> sameValues,
                  List<String> absent, List<String> nullable) {

    static DocExample load(String name) {
        try (InputStream in = DocExample.class.getResourceAsStream("/fidelity/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture fidelity/" + name + ".json");
            }
            JsonNode fixture = SimulatorHttp.JSON.readTree(in);
            boolean event = fixture.has("event");
            return new DocExample(name, fixture.get("doc").asText(), fixture.path("request"),
                    event ? 0 : fixture.at("/response/status").asInt(),
                    event ? fixture.get("event") : fixture.at("/response/body"), texts(fixture.path("same_values")),
                    texts(fixture.path("absent")), texts(fixture.path("nullable")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String method() {
        return request.get("method").asText();
    }

    /** The documented path with {@code :invoice_id}, {@code :payment_id}, … replaced by real ids. */
    String path(Map<String, String> ids) {
        String path = request.get("path").asText();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(":" + id.getKey(), id.getValue());
        }
        return path;
    }

    /** The documented request body, or null when the request has none. */
    JsonNode requestBody() {
        JsonNode body = request.get("body");
        return body == null || body.isNull() ? null : body.deepCopy();
    }

    /** The key the documented request authenticates with, when it names one instead of the account's. */
    String key(String accountKey) {
        return request.hasNonNull("key") ? request.get("key").asText() : accountKey;
    }

    /** Sends the documented request (with {@code body} in place of the documented one when not null). */
    SimulatorHttp.Answer replay(SimulatorHttp http, String accountKey, Map<String, String> ids, JsonNode body) {
        JsonNode sent = body == null ? requestBody() : body;
        return http.send(http.request(method(), path(ids), key(accountKey), sent));
    }

    SimulatorHttp.Answer replay(SimulatorHttp http, String accountKey, Map<String, String> ids) {
        return replay(http, accountKey, ids, null);
    }

    /** Asserts the documented status and, when one is documented, the body; returns the body read. */
    JsonNode assertAnswer(SimulatorHttp.Answer answer) {
        assertThat(answer.status()).as("%s status against %s: %s", name, doc, answer.body()).isEqualTo(status);
        if (body == null || body.isNull() || body.isMissingNode()) {
            assertThat(answer.body()).as("%s has no body", name).isEmpty();
            return null;
        }
        JsonNode actual = answer.json();
        assertMatches(actual);
        return actual;
    }

    /** Asserts the answer has the documented shape, the values asked to be the same, and not the absent fields. */
    void assertMatches(JsonNode actual) {
        JsonNode shape = body.deepCopy();
        for (String pointer : nullable) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) shape.at(pointer.substring(0, slash))).putNull(pointer.substring(slash + 1));
        }
        assertThat(DocumentedShape.mismatches(shape, actual)).as("%s against %s", name, doc).isEmpty();
        for (String pointer : sameValues) {
            assertThat(actual.at(pointer)).as("%s %s against %s", name, pointer, doc).isEqualTo(body.at(pointer));
        }
        for (String pointer : absent) {
            assertThat(actual.at(pointer).isMissingNode()).as("%s has no %s (%s)", name, pointer, doc).isTrue();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return List.copyOf(texts);
    }
}
