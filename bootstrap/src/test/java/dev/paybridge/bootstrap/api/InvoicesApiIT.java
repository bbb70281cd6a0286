package dev.paybridge.bootstrap.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.ApiClient.Answer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.TenantFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoicesApiIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> INVOICE_FIELDS = List.of("id", "number", "invoice_status", "payment_status",
            "currency", "total", "amount_paid", "amount_remaining", "customer", "line_items", "due_date", "metadata",
            "payment_link", "sync", "link_cancellation", "created_at", "finalized_at", "paid_at", "voided_at");
    private static final String NOT_APPLICABLE = "{\"state\": \"not_applicable\", \"attempts\": 0, \"last_error\": null}";
    private static final String UNKNOWN_ID = "inv_" + "0".repeat(26);
    private static RunningService service;
    private TenantFixture tenant;
    private ApiClient api;

    @BeforeAll
    static void startService() {
        service = RunningService.start();
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @BeforeEach
    void createTenant() {
        tenant = TenantFixture.create(service, "Acme");
        api = tenant.sandbox();
    }

    @Test
    void creates_a_draft_whose_lines_are_rounded_half_up_to_the_currency_exponent_with_every_field_present() {
        Instant before = Instant.now();
        JsonNode kwd = created(api, InvoiceBody.in("KWD").line("API calls", "1200", "0.0125")
                .line("Usage at a 12-decimal price", "1", "0.000500000000"));

        assertThat(kwd.get("id").asText()).startsWith("inv_");
        assertThat(kwd.get("number").asText()).isEqualTo("INV-000001");
        assertThat(kwd.get("invoice_status").asText()).isEqualTo("draft");
        assertThat(kwd.get("payment_status").asText()).isEqualTo("pending");
        assertThat(kwd.get("currency").asText()).isEqualTo("KWD");
        assertAmounts(kwd, List.of("15.000", "0.001"), "15.001", "0.000");
        assertThat(kwd.at("/line_items/0")).isEqualTo(json(
                "{\"description\": \"API calls\", \"quantity\": \"1200\", \"unit_amount\": \"0.0125\", \"amount\": \"15.000\"}"));
        assertThat(kwd.get("customer")).isEqualTo(json(
                "{\"external_id\": \"cus_42\", \"name\": \"Acme\", \"email\": \"billing@acme.test\"}"));
        assertThat(kwd.get("metadata")).isEqualTo(json("{\"order\": \"A-1001\"}"));
        assertThat(kwd.get("sync")).isEqualTo(json(NOT_APPLICABLE));
        assertTimestamp(kwd.get("created_at"), before);
        for (String absent : List.of("due_date", "payment_link", "finalized_at", "paid_at", "voided_at")) {
            assertThat(kwd.get(absent).isNull()).as(absent).isTrue();
        }
        assertThat(api.get("/v1/invoices/" + kwd.get("id").asText()).json()).as("GET shows what create answered")
                .isEqualTo(kwd);

        JsonNode sar = created(api, InvoiceBody.in("SAR").line("Half a halala up", "3", "0.125").line("Seats", "2", "10.50")
                .with("due_date", "2099-12-31"));
        assertThat(sar.get("number").asText()).isEqualTo("INV-000002");
        assertAmounts(sar, List.of("0.38", "21.00"), "21.38", "0.00");
        assertThat(sar.get("due_date").asText()).isEqualTo("2099-12-31");

        JsonNode jpy = created(api, InvoiceBody.in("JPY").customer("cus_7").line("Half a yen up", "3", "333.5")
                .line("Another half yen", "1", "0.5"));
        assertThat(jpy.get("number").asText()).isEqualTo("INV-000003");
        assertAmounts(jpy, List.of("1001", "1"), "1002", "0");
        assertThat(jpy.at("/line_items/0/unit_amount").asText()).isEqualTo("333.5");
        assertThat(jpy.get("customer")).isEqualTo(json("{\"external_id\": \"cus_7\", \"name\": null, \"email\": null}"));
    }

    @Test
    void finalizes_at_creation_or_later_and_refuses_a_second_finalize_without_changing_anything() {
        Instant before = Instant.now();
        JsonNode atOnce = created(api, InvoiceBody.valid().finalized());
        assertThat(atOnce.get("invoice_status").asText()).isEqualTo("finalized");
        assertThat(atOnce.get("payment_status").asText()).isEqualTo("pending");
        assertTimestamp(atOnce.get("finalized_at"), before);
        assertThat(atOnce.get("voided_at").isNull()).isTrue();
        assertThat(atOnce.get("sync")).as("no connection syncs invoices").isEqualTo(json(NOT_APPLICABLE));

        JsonNode draft = created(api, InvoiceBody.valid());
        String id = draft.get("id").asText();
        Answer finalized = act(api, id, "finalize");
        assertThat(finalized.status()).as(finalized.toString()).isEqualTo(200);
        JsonNode invoice = finalized.json();
        assertThat(invoice.get("invoice_status").asText()).isEqualTo("finalized");
        assertTimestamp(invoice.get("finalized_at"), before);
        assertThat(invoice.get("sync")).isEqualTo(json(NOT_APPLICABLE));
        assertThat(withoutFields(invoice, "invoice_status", "finalized_at"))
                .as("finalizing changes only the status and its time")
                .isEqualTo(withoutFields(draft, "invoice_status", "finalized_at"));

        assertRefused(act(api, id, "finalize"), 409, "invalid_state");
        assertRefused(act(api, atOnce.get("id").asText(), "finalize"), 409, "invalid_state");
        assertThat(api.get("/v1/invoices/" + id).json()).isEqualTo(invoice);
    }

    @Test
    void voids_a_draft_or_a_finalized_invoice_once_and_never_finalizes_it_afterwards() {
        Instant before = Instant.now();
        JsonNode draft = created(api, InvoiceBody.valid());
        Answer voidedDraft = act(api, draft.get("id").asText(), "void");
        assertThat(voidedDraft.status()).as(voidedDraft.toString()).isEqualTo(200);
        assertThat(voidedDraft.text("invoice_status")).isEqualTo("voided");
        assertThat(voidedDraft.text("payment_status")).isEqualTo("pending");
        assertTimestamp(voidedDraft.json().get("voided_at"), before);
        assertThat(voidedDraft.json().get("finalized_at").isNull()).isTrue();

        JsonNode finalized = created(api, InvoiceBody.valid().finalized());
        String id = finalized.get("id").asText();
        Answer voided = act(api, id, "void");
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.text("invoice_status")).isEqualTo("voided");
        assertTimestamp(voided.json().get("voided_at"), before);
        assertThat(voided.json().get("finalized_at")).as("kept").isEqualTo(finalized.get("finalized_at"));
        assertThat(voided.json().get("sync")).isEqualTo(json(NOT_APPLICABLE));

        assertRefused(act(api, id, "void"), 409, "invalid_state");
        assertRefused(act(api, id, "finalize"), 409, "invalid_state");
        assertRefused(act(api, draft.get("id").asText(), "finalize"), 409, "invalid_state");
        assertThat(api.get("/v1/invoices/" + id).json()).isEqualTo(voided.json());
        assertThat(api.get("/v1/invoices/" + draft.get("id").asText()).json()).isEqualTo(voidedDraft.json());
    }

    @Test
    void lists_invoices_newest_first_filtered_and_paginated_in_the_list_envelope() {
        String a = created(api, InvoiceBody.valid().customer("cus_a")).get("id").asText();
        String b = created(api, InvoiceBody.valid().customer("cus_b").finalized()).get("id").asText();
        String c = created(api, InvoiceBody.valid().customer("cus_a").finalized()).get("id").asText();
        String d = created(api, InvoiceBody.valid().customer("cus_a")).get("id").asText();
        assertThat(act(api, d, "void").status()).isEqualTo(200);

        JsonNode all = listed("");
        assertThat(ids(all)).containsExactly(d, c, b, a);
        assertThat(all.get("pagination")).isEqualTo(json("{\"total\": 4, \"limit\": 20, \"offset\": 0}"));
        assertThat(fieldNames(all)).containsExactlyInAnyOrder("items", "pagination");
        assertThat(all.at("/items/1")).as("an item is the full invoice").isEqualTo(api.get("/v1/invoices/" + c).json());

        assertThat(ids(listed("?invoice_status=finalized"))).containsExactly(c, b);
        assertThat(ids(listed("?invoice_status=voided"))).containsExactly(d);
        assertThat(ids(listed("?invoice_status=draft"))).containsExactly(a);
        assertThat(ids(listed("?payment_status=pending"))).containsExactly(d, c, b, a);
        assertThat(listed("?payment_status=succeeded").at("/pagination/total").asLong()).isZero();
        assertThat(ids(listed("?customer_external_id=cus_a"))).containsExactly(d, c, a);
        assertThat(ids(listed("?customer_external_id=cus_a&invoice_status=finalized"))).containsExactly(c);
        assertThat(listed("?customer_external_id=cus_nobody").get("items")).isEmpty();

        JsonNode page = listed("?limit=2&offset=1");
        assertThat(ids(page)).containsExactly(c, b);
        assertThat(page.get("pagination")).isEqualTo(json("{\"total\": 4, \"limit\": 2, \"offset\": 1}"));
        JsonNode beyond = listed("?offset=10");
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.at("/pagination/total").asLong()).isEqualTo(4);
        assertThat(listed("?limit=100").get("items")).hasSize(4);

        Answer production = tenant.production().get("/v1/invoices");
        assertThat(production.json().get("items")).isEmpty();
        assertThat(production.json().at("/pagination/total").asLong()).isZero();
    }

    @Test
    void refuses_bad_list_parameters_naming_the_parameter() {
        assertValidationError(api.get("/v1/invoices?invoice_status=paid"), "invoice_status");
        assertValidationError(api.get("/v1/invoices?payment_status=paid"), "payment_status");
        assertValidationError(api.get("/v1/invoices?limit=0"), "limit");
        assertValidationError(api.get("/v1/invoices?limit=101"), "limit");
        assertValidationError(api.get("/v1/invoices?limit=ten"), "limit");
        assertValidationError(api.get("/v1/invoices?offset=x"), "offset");
        assertValidationError(api.get("/v1/invoices?offset=-1"), "offset");
    }

    @Test
    void numbers_are_per_environment_gap_free_and_unique_under_concurrent_creates() throws Exception {
        List<Answer> answers = concurrently(20, () -> api.post("/v1/invoices", InvoiceBody.valid().json()));
        List<String> numbers = new ArrayList<>();
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            numbers.add(answer.text("number"));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj("INV-%06d"::formatted).toList());
        assertThat(invoicesIn(tenant.sandboxId())).isEqualTo(20);

        assertThat(api.post("/v1/invoices", InvoiceBody.valid().with("currency", "ZZZ").json()).status()).isEqualTo(400);
        assertThat(created(api, InvoiceBody.valid()).get("number").asText()).as("a refused create uses no number")
                .isEqualTo("INV-000021");
        assertThat(created(tenant.production(), InvoiceBody.valid()).get("number").asText()).isEqualTo("INV-000001");
        TenantFixture other = TenantFixture.create(service, "Other");
        assertThat(created(other.sandbox(), InvoiceBody.valid()).get("number").asText()).isEqualTo("INV-000001");
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_returns_the_first_answer_byte_for_byte() {
        ApiClient keyed = api.withHeader("Idempotency-Key", "order-A-1001");
        String body = InvoiceBody.valid().finalized().json();
        Answer first = keyed.post("/v1/invoices", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Answer retry = keyed.post("/v1/invoices", body);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.body()).isEqualTo(first.body());

        String reordered = """
                {
                  "finalize" : true,
                  "metadata" : { "order" : "A-1001" },
                  "line_items" : [ { "unit_amount" : "0.125", "quantity" : "3", "description" : "API calls" } ],
                  "currency" : "SAR",
                  "customer" : { "email" : "billing@acme.test", "name" : "Acme", "external_id" : "cus_42" }
                }
                """;
        Answer sameRequestReformatted = keyed.post("/v1/invoices", reordered);
        assertThat(sameRequestReformatted.status()).as(sameRequestReformatted.toString()).isEqualTo(201);
        assertThat(sameRequestReformatted.body()).isEqualTo(first.body());
        assertThat(invoicesIn(tenant.sandboxId())).isEqualTo(1);
        assertThat(created(api, InvoiceBody.valid()).get("number").asText()).isEqualTo("INV-000002");
    }

    @Test
    void an_idempotency_key_reused_with_another_body_is_a_conflict_and_is_independent_per_environment() {
        String key = "order-B-2002";
        String body = InvoiceBody.valid().json();
        Answer first = api.withHeader("Idempotency-Key", key).post("/v1/invoices", body);
        assertThat(first.status()).isEqualTo(201);

        assertRefused(api.withHeader("Idempotency-Key", key).post("/v1/invoices",
                InvoiceBody.valid().with("line_items[0].quantity", "4").json()), 409, "conflict");
        assertRefused(api.withHeader("Idempotency-Key", key).post("/v1/invoices",
                InvoiceBody.valid().finalized().json()), 409, "conflict");
        assertThat(invoicesIn(tenant.sandboxId())).isEqualTo(1);

        Answer production = tenant.production().withHeader("Idempotency-Key", key).post("/v1/invoices", body);
        assertThat(production.status()).as(production.toString()).isEqualTo(201);
        assertThat(production.text("id")).isNotEqualTo(first.text("id"));
        assertThat(production.text("number")).isEqualTo("INV-000001");
        assertThat(invoicesIn(tenant.productionId())).isEqualTo(1);
        TenantFixture other = TenantFixture.create(service, "Other");
        Answer otherTenant = other.sandbox().withHeader("Idempotency-Key", key).post("/v1/invoices", body);
        assertThat(otherTenant.status()).isEqualTo(201);
        assertThat(otherTenant.text("id")).isNotEqualTo(first.text("id"));

        assertThat(api.withHeader("Idempotency-Key", key).post("/v1/invoices", body).body()).isEqualTo(first.body());
        assertThat(invoicesIn(tenant.sandboxId())).isEqualTo(1);
    }

    @Test
    void concurrent_creates_with_one_idempotency_key_make_one_invoice_and_one_answer_byte_for_byte() throws Exception {
        ApiClient keyed = api.withHeader("Idempotency-Key", "order-C-3003");
        String body = InvoiceBody.valid().json();
        List<Answer> answers = concurrently(20, () -> keyed.post("/v1/invoices", body));
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.body()).as("every concurrent retry gets the first answer").isEqualTo(answers.get(0).body());
            assertThat(answer.text("number")).isEqualTo("INV-000001");
        }
        assertThat(invoicesIn(tenant.sandboxId())).isEqualTo(1);
        assertThat(created(api, InvoiceBody.valid()).get("number").asText()).as("losers gave their number back")
                .isEqualTo("INV-000002");
    }

    @Test
    void refuses_bad_input_naming_the_json_path_and_stores_nothing() {
        long invoices = service.count("invoices");
        long lines = service.count("invoice_lines");
        long keys = service.count("idempotency_keys");

        assertRefusedAt(InvoiceBody.valid().with("currency", "ZZZ"), "currency");
        assertRefusedAt(InvoiceBody.valid().with("currency", "sar"), "currency");
        assertRefusedAt(InvoiceBody.valid().without("currency"), "currency");
        assertRefusedAt(InvoiceBody.valid().with("currency", 682), "currency");
        assertRefusedAt(InvoiceBody.in("SAR"), "line_items");
        assertRefusedAt(InvoiceBody.valid().without("line_items"), "line_items");
        assertRefusedAt(InvoiceBody.valid().withJson("line_items", "{\"description\": \"x\"}"), "line_items");
        assertRefusedAt(InvoiceBody.valid().withJson("line_items[0]", "\"API calls\""), "line_items[0]");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", 12), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().withJson("line_items[0].unit_amount", "0.125"), "line_items[0].unit_amount");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "1e3"), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "abc"), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "NaN"), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "0"), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "-1"), "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].unit_amount", "-5.00"), "line_items[0].unit_amount");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].unit_amount", "0.0000000000001"),
                "line_items[0].unit_amount");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].quantity", "1234567890123456789"),
                "line_items[0].quantity");
        assertRefusedAt(InvoiceBody.valid().line("Support", "1", "5.00").without("line_items[1].description"),
                "line_items[1].description");
        assertRefusedAt(InvoiceBody.valid().with("line_items[0].unit_amount", "0"), "line_items");
        assertRefusedAt(InvoiceBody.valid().with("due_date", "2020-01-01"), "due_date");
        assertRefusedAt(InvoiceBody.valid().with("due_date", "31/12/2026"), "due_date");
        assertRefusedAt(InvoiceBody.valid().without("customer"), "customer");
        assertRefusedAt(InvoiceBody.valid().without("customer.external_id"), "customer.external_id");
        assertRefusedAt(InvoiceBody.valid().with("customer.email", "not-an-email"), "customer.email");
        assertRefusedAt(InvoiceBody.valid().with("metadata", Map.of("order", 5)), "metadata.order");
        assertRefusedAt(InvoiceBody.valid().with("finalize", "yes"), "finalize");
        assertValidationError(api.post("/v1/invoices", "{\"currency\": \"SAR\", "), "body");
        assertValidationError(api.post("/v1/invoices", "[" + InvoiceBody.valid().json() + "]"), "body");
        assertValidationError(api.withHeader("Idempotency-Key", "k".repeat(256))
                .post("/v1/invoices", InvoiceBody.valid().json()), "Idempotency-Key");

        assertThat(service.count("invoices")).isEqualTo(invoices);
        assertThat(service.count("invoice_lines")).isEqualTo(lines);
        assertThat(service.count("idempotency_keys")).isEqualTo(keys);
        assertThat(api.withHeader("Idempotency-Key", "k".repeat(255)).post("/v1/invoices", InvoiceBody.valid().json())
                .text("number")).as("no refused request used a number").isEqualTo("INV-000001");
    }

    @Test
    void reports_every_offending_field_of_one_body_together() {
        Answer content = api.post("/v1/invoices", InvoiceBody.valid().with("currency", "ZZZ")
                .with("line_items[0].quantity", "abc").with("due_date", "31/12/2026").with("customer.email", "nope").json());
        assertThat(errorKeys(content)).as(content.toString())
                .containsExactlyInAnyOrder("currency", "line_items[0].quantity", "due_date", "customer.email");

        Answer types = api.post("/v1/invoices", InvoiceBody.valid().with("currency", 682)
                .with("line_items[0].quantity", 3).with("finalize", "yes").json());
        assertThat(errorKeys(types)).as(types.toString())
                .containsExactlyInAnyOrder("currency", "line_items[0].quantity", "finalize");
        assertThat(invoicesIn(tenant.sandboxId())).isZero();
    }

    @Test
    void text_with_a_nul_character_is_refused_as_bad_input_not_answered_with_a_500() {
        long invoices = service.count("invoices");
        SoftAssertions.assertSoftly(softly -> {
            for (String path : List.of("line_items[0].description", "customer.external_id", "customer.name",
                    "metadata.order")) {
                Answer answer = api.post("/v1/invoices", InvoiceBody.valid().with(path, "nul\u0000byte").json());
                softly.assertThat(answer.status()).as("API.md: never a 500 for bad input; %s with U+0000 got %s",
                        path, answer).isEqualTo(400);
                softly.assertThat(answer.json().path("errors").path(path).isArray()).as("errors names " + path)
                        .isTrue();
            }
            Answer key = api.post("/v1/invoices", InvoiceBody.valid()
                    .withJson("metadata", "{\"nul\\u0000key\": \"value\"}").json());
            softly.assertThat(key.status()).as("a NUL in a metadata key got %s", key).isEqualTo(400);
            softly.assertThat(key.json().path("errors").path("metadata").isArray()).as("errors names metadata")
                    .isTrue();
            Answer filter = api.get("/v1/invoices?customer_external_id=%00");
            softly.assertThat(filter.status()).as("API.md: never a 500 for bad input; list filter with U+0000 got %s",
                    filter).isLessThan(500);
        });
        assertThat(service.count("invoices")).isEqualTo(invoices);
    }

    @Test
    void a_line_amount_too_large_to_store_is_refused_as_bad_input_not_answered_with_a_500() {
        long invoices = service.count("invoices");
        Answer answer = api.post("/v1/invoices",
                InvoiceBody.in("KWD").line("Both factors within 18 integer digits", "999999999999999999", "999999999.999")
                        .json());

        assertThat(answer.status()).as("API.md: never a 500 for bad input, amounts have at most 18 integer digits; got "
                + answer).isEqualTo(400);
        assertThat(errorKeys(answer)).as(answer.toString()).anyMatch(key -> key.startsWith("line_items"));
        assertThat(service.count("invoices")).isEqualTo(invoices);
    }

    @Test
    void another_tenants_or_environments_invoice_answers_not_found_on_every_route() {
        JsonNode draft = created(api, InvoiceBody.valid());
        JsonNode finalized = created(api, InvoiceBody.valid().finalized());
        TenantFixture other = TenantFixture.create(service, "Other");

        for (ApiClient stranger : List.of(other.sandbox(), tenant.production())) {
            for (JsonNode invoice : List.of(draft, finalized)) {
                String id = invoice.get("id").asText();
                assertRefused(stranger.get("/v1/invoices/" + id), 404, "not_found");
                assertRefused(act(stranger, id, "finalize"), 404, "not_found");
                assertRefused(act(stranger, id, "void"), 404, "not_found");
                assertRefused(stranger.post("/v1/invoices/" + id + "/payment-link", "{}"), 404, "not_found");
            }
            assertThat(stranger.get("/v1/invoices").json().at("/pagination/total").asLong()).isZero();
        }
        assertThat(api.get("/v1/invoices/" + draft.get("id").asText()).json()).as("unchanged").isEqualTo(draft);
        assertThat(api.get("/v1/invoices/" + finalized.get("id").asText()).json()).as("unchanged").isEqualTo(finalized);
    }

    @Test
    void a_malformed_or_unknown_invoice_id_answers_not_found() {
        for (String id : List.of("inv_nope", UNKNOWN_ID, "conn_" + "0".repeat(26))) {
            assertRefused(api.get("/v1/invoices/" + id), 404, "not_found");
            assertRefused(act(api, id, "finalize"), 404, "not_found");
            assertRefused(act(api, id, "void"), 404, "not_found");
            assertRefused(api.post("/v1/invoices/" + id + "/payment-link", "{}"), 404, "not_found");
        }
    }

    @Test
    void a_payment_link_needs_a_finalized_invoice_and_an_active_connection() {
        String finalized = created(api, InvoiceBody.valid().finalized()).get("id").asText();
        String draft = created(api, InvoiceBody.valid()).get("id").asText();
        String voided = created(api, InvoiceBody.valid().finalized()).get("id").asText();
        act(api, voided, "void");

        assertRefused(api.post("/v1/invoices/" + finalized + "/payment-link", "{}"), 409, "no_connection");
        assertRefused(api.post("/v1/invoices/" + finalized + "/payment-link", "{\"provider_type\": \"moyasar\"}"),
                409, "no_connection");
        assertRefused(act(api, finalized, "payment-link"), 409, "no_connection");
        assertRefused(api.post("/v1/invoices/" + draft + "/payment-link", "{}"), 409, "invalid_state");
        assertRefused(api.post("/v1/invoices/" + voided + "/payment-link", "{}"), 409, "invalid_state");

        JsonNode invoice = api.get("/v1/invoices/" + finalized).json();
        assertThat(invoice.get("payment_link").isNull()).isTrue();
        assertThat(invoice.get("sync")).isEqualTo(json(NOT_APPLICABLE));
        assertThat(rowsOf("payment_links")).isZero();
        assertThat(rowsOf("gateway_jobs")).isZero();
    }

    @Test
    void a_manual_sync_needs_a_known_finalized_invoice_and_a_connection() {
        String finalized = created(api, InvoiceBody.valid().finalized()).get("id").asText();
        String draft = created(api, InvoiceBody.valid()).get("id").asText();
        String voided = created(api, InvoiceBody.valid().finalized()).get("id").asText();
        act(api, voided, "void");
        String foreign = created(TenantFixture.create(service, "Other").sandbox(), InvoiceBody.valid().finalized())
                .get("id").asText();

        assertRefused(sync(draft), 409, "invalid_state");
        assertRefused(sync(voided), 409, "invalid_state");
        assertRefused(sync(foreign), 404, "not_found");
        assertRefused(sync(UNKNOWN_ID), 404, "not_found");
        assertRefused(sync("inv_nope"), 404, "not_found");
        assertValidationError(api.post("/v1/integrations/sync",
                "{\"entity_type\": \"customer\", \"entity_id\": \"" + finalized + "\"}"), "entity_type");
        assertValidationError(api.post("/v1/integrations/sync", "{\"entity_type\": \"invoice\"}"), "entity_id");
        assertRefused(sync(finalized), 409, "no_connection");

        assertThat(api.get("/v1/invoices/" + finalized).json().get("sync")).isEqualTo(json(NOT_APPLICABLE));
        assertThat(rowsOf("gateway_jobs")).isZero();
    }

    @Test
    void sql_and_script_text_is_stored_verbatim_and_returned_as_escaped_json() {
        String hostile = "Robert'); DROP TABLE invoices;-- <script>alert(\"x\")</script>";
        String quoteBreak = "' OR '1'='1\\\"}";
        Answer created = api.post("/v1/invoices", InvoiceBody.valid().with("line_items[0].description", hostile)
                .with("metadata", Map.of("note", hostile, "filter", quoteBreak)).with("customer.name", "شركة أكمي")
                .json());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.body()).contains("alert(\\\"x\\\")");
        JsonNode invoice = created.json();
        String id = invoice.get("id").asText();
        assertThat(invoice.at("/line_items/0/description").asText()).isEqualTo(hostile);
        assertThat(invoice.at("/metadata/note").asText()).isEqualTo(hostile);
        assertThat(invoice.at("/metadata/filter").asText()).isEqualTo(quoteBreak);
        assertThat(invoice.at("/customer/name").asText()).isEqualTo("شركة أكمي");
        assertThat(api.get("/v1/invoices/" + id).json()).isEqualTo(invoice);
        assertThat(stored("SELECT description FROM invoice_lines WHERE invoice_id = '" + id + "'")).isEqualTo(hostile);
        assertThat(stored("SELECT metadata ->> 'note' FROM invoices WHERE id = '" + id + "'")).isEqualTo(hostile);
        assertThat(service.count("invoices")).isPositive();
    }


    private static JsonNode created(ApiClient client, InvoiceBody body) {
        Answer answer = client.post("/v1/invoices", body.json());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode invoice = answer.json();
        assertThat(fieldNames(invoice)).as("every field of the Invoice shape")
                .containsExactlyInAnyOrderElementsOf(INVOICE_FIELDS);
        return invoice;
    }

    /** Posts to an invoice action route without a body, as a client that has nothing to send does. */
    private static Answer act(ApiClient client, String id, String action) {
        return client.send("POST", "/v1/invoices/" + id + "/" + action, null, null);
    }

    private Answer sync(String invoiceId) {
        return api.post("/v1/integrations/sync", "{\"entity_type\": \"invoice\", \"entity_id\": \"" + invoiceId + "\"}");
    }

    private JsonNode listed(String query) {
        Answer answer = api.get("/v1/invoices" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private void assertRefusedAt(InvoiceBody body, String field) {
        assertValidationError(api.post("/v1/invoices", body.json()), field);
    }

    private static void assertAmounts(JsonNode invoice, List<String> lineAmounts, String total, String zero) {
        List<String> amounts = new ArrayList<>();
        invoice.get("line_items").forEach(line -> {
            assertThat(fieldNames(line)).containsExactlyInAnyOrder("description", "quantity", "unit_amount", "amount");
            amounts.add(line.get("amount").textValue());
        });
        assertThat(amounts).containsExactlyElementsOf(lineAmounts);
        assertThat(invoice.get("total").textValue()).isEqualTo(total);
        assertThat(invoice.get("amount_paid").textValue()).isEqualTo(zero);
        assertThat(invoice.get("amount_remaining").textValue()).isEqualTo(total);
    }

    private static void assertTimestamp(JsonNode value, Instant notBefore) {
        assertThat(value.isTextual()).as(String.valueOf(value)).isTrue();
        assertThat(value.asText()).endsWith("Z");
        assertThat(Instant.parse(value.asText())).isBetween(notBefore.minusSeconds(5),
                Instant.now().plus(Duration.ofSeconds(5)));
    }

    private static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).as(answer.toString()).isEqualTo(code);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    private static void assertValidationError(Answer answer, String field) {
        assertRefused(answer, 400, "validation_error");
        assertThat(answer.json().path("errors").path(field).isArray()).as(answer.toString()).isTrue();
        assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> errorKeys(Answer answer) {
        assertRefused(answer, 400, "validation_error");
        return fieldNames(answer.json().get("errors"));
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode withoutFields(JsonNode invoice, String... fields) {
        ObjectNode copy = invoice.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    private long invoicesIn(String environmentId) {
        return service.query("SELECT count(*) FROM invoices WHERE environment_id = '" + environmentId + "'", rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private static String stored(String sql) {
        return service.query(sql, rows -> {
            rows.next();
            return rows.getString(1);
        });
    }

    private long rowsOf(String table) {
        return service.query("SELECT count(*) FROM " + table + " WHERE tenant_id = '" + tenant.tenantId() + "'", rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private static List<Answer> concurrently(int requests, Callable<Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                pending.add(pool.submit(request));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(30, SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}
