package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoyasarResultsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static GatewayResult<String> answer(int status, String body) throws Exception {
        MoyasarResponse response = new MoyasarResponse(status, body == null ? MissingNode.getInstance() : MAPPER.readTree(body));
        return MoyasarResults.of(new MoyasarHttp.Outcome(response, null, Optional.empty()), json -> "ok");
    }

    @Test
    void parses_field_errors_given_as_lists() throws Exception {
        GatewayResult<String> result = answer(400, "{\"type\": \"invalid_request_error\", \"message\": \"Validation Failed\","
                + " \"errors\": {\"amount\": [\"must be greater than 99\", \"is invalid\"], \"currency\": \"is unknown\"}}");
        GatewayResult.Refused<String> refused = (GatewayResult.Refused<String>) result;
        assertThat(refused.reason()).isEqualTo(RefusalReason.INVALID_REQUEST);
        assertThat(refused.message()).isEqualTo("Validation Failed");
        assertThat(refused.fieldErrors().get("amount")).containsExactly("must be greater than 99", "is invalid");
        assertThat(refused.fieldErrors().get("currency")).containsExactly("is unknown");
    }

    @Test
    void parses_errors_given_as_a_plain_string() throws Exception {
        GatewayResult.Refused<String> refused = (GatewayResult.Refused<String>) answer(400,
                "{\"type\": \"invalid_request_error\", \"message\": \"Invoice cannot be canceled\", \"errors\": \"already paid\"}");
        assertThat(refused.message()).isEqualTo("Invoice cannot be canceled: already paid");
        assertThat(refused.fieldErrors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"401, INVALID_CREDENTIALS", "403, INSUFFICIENT_PERMISSIONS", "404, NOT_FOUND", "405, ACCOUNT_INACTIVE",
        "400, INVALID_REQUEST", "422, INVALID_REQUEST"})
    void a_4xx_is_a_definite_refusal(int status, RefusalReason reason) throws Exception {
        GatewayResult<String> result = answer(status, "{\"type\": \"x\", \"message\": \"no\", \"errors\": null}");
        assertThat(((GatewayResult.Refused<String>) result).reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"429", "500", "502", "503"})
    void a_429_or_5xx_is_an_unknown_outcome(int status) throws Exception {
        assertThat(answer(status, "{\"type\": \"api_error\", \"message\": \"down\"}"))
                .isInstanceOf(GatewayResult.Unknown.class);
        assertThat(answer(status, null)).as("HTML or empty body").isInstanceOf(GatewayResult.Unknown.class);
    }

    @Test
    void no_answer_at_all_is_unknown_with_its_cause() {
        GatewayResult<String> result = MoyasarResults.of(
                new MoyasarHttp.Outcome(null, "Moyasar did not answer within 500 ms", Optional.empty()), json -> "ok");
        assertThat(((GatewayResult.Unknown<String>) result).cause()).contains("500 ms");
    }

    @Test
    void an_unreadable_success_body_is_unknown_not_a_crash() throws Exception {
        GatewayResult<List<String>> result = MoyasarResults.of(new MoyasarHttp.Outcome(
                new MoyasarResponse(201, MAPPER.readTree("{}")), null, Optional.empty()),
                json -> List.of(MoyasarJson.invoice(json).gatewayInvoiceId()));
        assertThat(result).isInstanceOf(GatewayResult.Unknown.class);
    }
}
