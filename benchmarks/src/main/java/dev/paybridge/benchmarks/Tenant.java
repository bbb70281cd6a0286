package dev.paybridge.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A tenant's sandbox with an API key and a Moyasar connection, made over paybridge's API; creates its invoices. */
record Tenant(int port, String tenantId, String environmentId, String apiKey, String webhookPath) {
    static final String WEBHOOK_SECRET = "whsec_benchmarks_shared_secret";
    static final ObjectMapper JSON = new ObjectMapper();

    static Tenant create(int port, String name) throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
            Map<String, String> admin = Map.of("Authorization", "Bearer " + Paybridge.ADMIN_TOKEN,
                    "Content-Type", "application/json");
            JsonNode tenant = expect(http.send("POST", "/admin/v1/tenants", admin, "{\"name\": \"" + name + "\"}"), 201);
            String tenantId = tenant.path("id").asText();
            String environmentId = null;
            for (JsonNode environment : tenant.path("environments")) {
                if (environment.path("name").asText().equals("sandbox")) {
                    environmentId = environment.path("id").asText();
                }
            }
            JsonNode key = expect(http.send("POST", "/admin/v1/tenants/" + tenantId + "/api-keys", admin,
                    "{\"environment_id\": \"" + environmentId + "\", \"name\": \"benchmarks\"}"), 201);
            String apiKey = key.path("key").asText();
            JsonNode connection = expect(http.send("POST", "/v1/connections", Map.of("x-api-key", apiKey,
                    "Content-Type", "application/json"), """
                    {"name": "Moyasar", "provider_type": "moyasar",
                     "encrypted_secret_data": {"secret_key": "%s", "webhook_secret": "%s"},
                     "metadata": {"success_url": "https://shop.test/ok", "back_url": "https://shop.test/back"}}"""
                    .formatted(Simulator.SECRET_KEY, WEBHOOK_SECRET)), 201);
            String webhookPath = URI.create(connection.path("webhook_url").asText()).getPath();
            return new Tenant(port, tenantId, environmentId, apiKey, webhookPath);
        }
    }

    /** Creates {@code count} finalized 10.00 SAR invoices with {@code clients} concurrent connections; their ids in order. */
    List<String> createInvoices(int count, int clients, String customer) throws Exception {
        return createInvoices(count, clients, customer, true);
    }

    /** Creates {@code count} 10.00 SAR invoices, finalized or drafts, with {@code clients} concurrent connections. */
    List<String> createInvoices(int count, int clients, String customer, boolean finalize) throws Exception {
        String[] ids = new String[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            ids[i] = createInvoice(http, customer, finalize);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(ids);
    }

    String createInvoice(LoopbackHttp http, String customer) throws IOException {
        return createInvoice(http, customer, true);
    }

    String createInvoice(LoopbackHttp http, String customer, boolean finalize) throws IOException {
        JsonNode invoice = expect(http.send("POST", "/v1/invoices", Map.of("x-api-key", apiKey,
                "Content-Type", "application/json"), """
                {"customer": {"external_id": "%s", "name": "Bench Co", "email": "billing@bench.test"},
                 "currency": "SAR", "line_items": [{"description": "API calls", "quantity": "1", "unit_amount": "10.00"}],
                 "finalize": %s}""".formatted(customer, finalize)), 201);
        return invoice.path("id").asText();
    }

    /** Finalizes draft invoices with {@code clients} concurrent connections, as fast as they are answered. */
    void finalizeInvoices(List<String> ids, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    try (LoopbackHttp http = new LoopbackHttp(port, 30_000)) {
                        for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
                            expect(http.send("POST", "/v1/invoices/" + ids.get(i) + "/finalize",
                                    Map.of("x-api-key", apiKey), null), 200);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The Moyasar {@code payment_paid} body for one full payment of a 10.00 SAR invoice. */
    static String paidEvent(String eventId, String paymentId, String gatewayInvoiceId, String ourInvoiceId) {
        return ("{\"id\": \"%s\", \"type\": \"payment_paid\", \"created_at\": \"2026-11-28T07:00:00.000Z\", "
                + "\"secret_token\": \"%s\", \"account_name\": \"Bench\", \"live\": false, "
                + "\"data\": {\"id\": \"%s\", \"status\": \"paid\", \"amount\": 1000, \"fee\": 28, \"currency\": \"SAR\", "
                + "\"refunded\": 0, \"invoice_id\": \"%s\", \"created_at\": \"2026-11-28T06:59:00.000Z\", "
                + "\"metadata\": {\"paybridge_invoice_id\": \"%s\"}, "
                + "\"source\": {\"type\": \"creditcard\", \"company\": \"visa\", \"number\": \"XXXX-XXXX-XXXX-1111\", "
                + "\"message\": \"APPROVED\"}}}")
                .formatted(eventId, WEBHOOK_SECRET, paymentId, gatewayInvoiceId, ourInvoiceId);
    }

    private static JsonNode expect(LoopbackHttp.Answer answer, int status) throws IOException {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + answer);
        }
        return JSON.readTree(answer.body());
    }
}
