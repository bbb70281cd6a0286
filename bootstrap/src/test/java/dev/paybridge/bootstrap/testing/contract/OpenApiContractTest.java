package dev.paybridge.bootstrap.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract checker itself: operations found by template, and each kind of disagreement caught and named. */
class OpenApiContractTest {
    private static final OpenApiContract CONTRACT = OpenApiContract.shipped();
    private static final String JSON = "application/json";
    private static final String HEALTHY = "{\"status\": \"ok\"}";
    private static final String TENANT = """
            {"id": "tenant_01jd8x5k3m7q9r2s4t6v8w0y1z", "name": "Acme", "created_at": "2026-05-04T09:00:00.120Z",
             "environments": [{"id": "env_01jd8x5k3n8r0s3t5v7w9x1y2a", "name": "sandbox"},
                              {"id": "env_01jd8x5k3n8r0s3t5v7w9x1y2b", "name": "production"}]}""";

    @Test
    void finds_the_operation_of_a_request_path_by_its_template() {
        assertThat(CONTRACT.find("GET", "/v1/invoices/inv_01jd8x9c2d3e4f5g6h7j8k9m0n")).hasValueSatisfying(
                operation -> assertThat(operation.name()).isEqualTo("getInvoice (GET /v1/invoices/{id})"));
        assertThat(CONTRACT.find("POST", "/v1/invoices/inv_1/payment-link/")).hasValueSatisfying(
                operation -> assertThat(operation.name()).startsWith("getOrCreatePaymentLink"));
        assertThat(CONTRACT.find("GET", "/docs/errors")).hasValueSatisfying(
                operation -> assertThat(operation.name()).startsWith("errorCatalogue"));
        assertThat(CONTRACT.find("PATCH", "/v1/invoices")).isEmpty();
    }

    @Test
    void accepts_an_answer_that_matches_the_schema_of_its_status_and_content_type() {
        assertThat(operation("GET", "/health").responseViolations(200, JSON, HEALTHY)).isEmpty();
        assertThat(operation("POST", "/admin/v1/tenants").responseViolations(201, "application/json; charset=utf-8",
                TENANT)).isEmpty();
        assertThat(operation("GET", "/metrics").responseViolations(200, "text/plain; version=0.0.4; charset=utf-8",
                "# HELP up\n")).isEmpty();
    }

    @Test
    void validates_the_answers_of_templated_paths_against_their_own_schemas() {
        String notFound = """
                {"type": "https://paybridge.example.test/docs/errors#not_found", "title": "Not Found", "status": 404,
                 "detail": "invoice not found", "code": "not_found", "errors": null}""";
        Operation getInvoice = operation("GET", "/v1/invoices/inv_01jd8x9c2d3e4f5g6h7j8k9m0n");

        assertThat(getInvoice.responseViolations(404, "application/problem+json", notFound)).isEmpty();
        assertThat(getInvoice.responseViolations(404, "application/problem+json",
                notFound.replace("\"code\": \"not_found\"", "\"code\": \"conflict\""))).isNotEmpty();
    }

    @Test
    void names_each_field_of_an_answer_that_breaks_the_schema() {
        String broken = TENANT.replace("\"Acme\"", "42").replace("\"sandbox\"", "\"staging\"");

        assertThat(operation("POST", "/admin/v1/tenants").responseViolations(201, JSON, broken))
                .anySatisfy(error -> assertThat(error).contains("name"))
                .anySatisfy(error -> assertThat(error).contains("environments"));
    }

    @Test
    void refuses_a_status_or_a_content_type_the_operation_does_not_declare() {
        assertThat(operation("GET", "/health").responseViolations(201, JSON, HEALTHY))
                .containsExactly("status 201 is not declared for this operation");
        assertThat(operation("GET", "/health").responseViolations(200, "text/plain", "ok"))
                .singleElement().asString().contains("content type 'text/plain'");
    }

    @Test
    void checks_an_accepted_request_body_against_the_request_schema() {
        Operation createTenant = operation("POST", "/admin/v1/tenants");

        assertThat(createTenant.requestViolations(JSON, "{\"name\": \"Acme\"}")).isEmpty();
        assertThat(createTenant.requestViolations(null, "{\"name\": 7}")).singleElement().asString()
                .startsWith("request:").contains("name");
        assertThat(createTenant.requestViolations(JSON, null)).containsExactly("request: the required body is missing");
    }

    @Test
    void a_request_no_operation_serves_must_be_answered_with_a_404_or_405_problem() {
        String problem = """
                {"type": "https://paybridge.example.test/docs/errors#not_found", "title": "Not Found", "status": 404,
                 "detail": "no such route: GET /nope", "code": "not_found", "errors": null}""";

        assertThat(CONTRACT.unservedRouteViolations(404, "application/problem+json", problem)).isEmpty();
        assertThat(CONTRACT.unservedRouteViolations(200, JSON, "{}")).isNotEmpty();
    }

    @Test
    void a_disagreement_fails_with_the_operation_the_status_and_the_errors() {
        assertThatThrownBy(() -> ExchangeValidator.check("GET", "/health?verbose=1", null, null, 200, JSON,
                "{\"status\": \"fine\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("health (GET /health) answered 200")
                .hasMessageContaining("status");
    }

    @Test
    void leaves_the_routes_the_document_excludes_by_its_one_rule_unchecked() {
        ExchangeValidator.check("GET", "/dashboard/invoices", null, null, 200, "text/html", "<html></html>");
        ExchangeValidator.check("GET", "/docs/assets/swagger-ui.css", null, null, 200, "text/css", "body{}");

        assertThat(UndocumentedRoutes.covers("/dashboard")).isTrue();
        assertThat(UndocumentedRoutes.covers("/dashboards")).isFalse();
        assertThat(UndocumentedRoutes.covers("/docs/errors")).isFalse();
    }

    private static Operation operation(String method, String path) {
        return CONTRACT.find(method, path).orElseThrow();
    }
}
