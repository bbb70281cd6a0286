package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.application.port.in.webhook.PruneEventsUseCase;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event audit cannot exhaust the service: lists carry a bounded amount of payload, old events are forgotten. */
class EventAuditIT {
    private static MoyasarSimulator simulator;
    private static RunningService service;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start();
        service = RunningService.start(Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_EVENT_RETENTION", "30d"));
    }

    @AfterAll
    static void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void a_page_of_large_events_carries_at_most_about_a_mebibyte_of_payloads_and_pages_on() {
        GatewayFixture gateway = GatewayFixture.connect(service, simulator, false);
        String padding = "x".repeat(240 * 1024);
        for (int i = 0; i < 7; i++) {
            String event = MoyasarEvents.paid("evt-large-" + i, "pay-large-" + i, "gw-unknown-" + i, 1000, "SAR", null)
                    .replace("\"metadata\": null", "\"metadata\": {\"note\": \"" + padding + "\"}");
            assertThat(service.anonymous().send("POST", gateway.webhookPath(), event, "application/json").status())
                    .isEqualTo(200);
        }

        JsonNode first = gateway.api().get("/v1/webhook-events?limit=100").json();
        int onFirstPage = first.get("items").size();
        assertThat(onFirstPage).as("1 MiB of 240 KiB payloads").isBetween(4, 5);
        assertThat(first.at("/pagination/total").asInt()).isEqualTo(7);
        assertThat(first.at("/items/0/payload/data/metadata/note").asText()).hasSize(padding.length());
        JsonNode rest = gateway.api().get("/v1/webhook-events?limit=100&offset=" + onFirstPage).json();
        assertThat(rest.get("items").size()).isEqualTo(7 - onFirstPage);
    }

    @Test
    void settled_events_past_their_retention_are_forgotten_and_flagged_ones_are_kept() {
        GatewayFixture gateway = GatewayFixture.connect(service, simulator, false);
        for (String id : new String[] {"evt-old-processed", "evt-old-review", "evt-new-processed"}) {
            service.anonymous().send("POST", gateway.webhookPath(),
                    MoyasarEvents.paid(id, "pay-" + id, "gw-" + id, 1000, "SAR", null), "application/json");
        }
        service.execute("UPDATE webhook_events SET received_at = now() - interval '31 days' "
                + "WHERE gateway_event_id IN ('evt-old-processed', 'evt-old-review')");
        service.execute("UPDATE webhook_events SET status = 'needs_review' WHERE gateway_event_id = 'evt-old-review'");

        int pruned = service.component(PruneEventsUseCase.class).pruneExpiredEvents();

        assertThat(pruned).isEqualTo(1);
        assertThat(service.count("webhook_events WHERE gateway_event_id = 'evt-old-processed'")).isZero();
        assertThat(service.count("webhook_events WHERE gateway_event_id IN ('evt-old-review', 'evt-new-processed')"))
                .isEqualTo(2);
    }
}
