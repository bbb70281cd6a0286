package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository.IdempotentRequest;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.tenant.Scope;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code IdempotencyRepository} does. */
public abstract class IdempotencyRepositoryContract extends PersistenceContract {

    @Test
    void a_key_is_claimed_once_per_environment() {
        Scope scope = newScope();
        assertThat(ports().idempotency().claim(scope, "key-1", "fp", now)).isTrue();
        assertThat(ports().idempotency().claim(scope, "key-1", "fp", now)).isFalse();
        assertThat(ports().idempotency().claim(newScope(), "key-1", "fp", now)).isTrue();
    }

    @Test
    void a_claimed_key_is_found_once_completed_with_its_answer_byte_for_byte() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().idempotency().claim(scope, "key-1", "fp", now);
        assertThat(ports().idempotency().find(scope, "key-1")).isEmpty();
        RememberedAnswer answer = new RememberedAnswer(201, "{\"id\":\"é\"}\n".getBytes(StandardCharsets.UTF_8));
        ports().idempotency().complete(scope, "key-1", invoice.id(), answer);
        assertThat(ports().idempotency().find(scope, "key-1"))
                .contains(new IdempotentRequest("fp", invoice.id(), Optional.of(answer)));
        assertThat(ports().idempotency().find(newScope(), "key-1")).isEmpty();
    }

    @Test
    void a_claim_rolled_back_with_its_transaction_frees_the_key() {
        Scope scope = newScope();
        ports().transactions().attempt(() -> {
            ports().idempotency().claim(scope, "key-1", "fp", now);
            return Outcome.invalid("body", "refused");
        });
        assertThat(ports().idempotency().claim(scope, "key-1", "fp", now)).isTrue();
    }
}
