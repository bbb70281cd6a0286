package dev.paybridge.application.service.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand.Idempotency;
import dev.paybridge.application.port.in.invoice.CreatedInvoice;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.SyncState;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creating invoices: numbering, the environment's rules, the sync queued, and idempotent retries. */
class InvoiceServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();

    @Test
    void the_same_key_and_body_get_the_first_answer_byte_for_byte_and_make_one_invoice() {
        CreatedInvoice first = Scenario.done(app.createInvoice.createInvoice(idempotent("key-1", "body-a")));
        CreatedInvoice retry = Scenario.done(app.createInvoice.createInvoice(idempotent("key-1", "body-a")));

        assertThat(retry.answer()).isEqualTo(first.answer()).isPresent();
        assertThat(retry.view().invoice().id()).isEqualTo(first.view().invoice().id());
        assertThat(invoiceCount()).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_a_conflict() {
        app.createInvoice.createInvoice(idempotent("key-1", "body-a"));

        Outcome<CreatedInvoice> other = app.createInvoice.createInvoice(idempotent("key-1", "body-b"));

        assertThat(Scenario.refusedAs(other)).isEqualTo(RefusalKind.CONFLICT);
        assertThat(invoiceCount()).isEqualTo(1);
    }

    @Test
    void invoices_are_numbered_in_order_per_environment() {
        assertThat(given.draft(scope, "1.00").number()).isEqualTo("INV-000001");
        assertThat(given.draft(scope, "1.00").number()).isEqualTo("INV-000002");
        assertThat(given.draft(given.tenant(), "1.00").number()).isEqualTo("INV-000001");
    }

    @Test
    void a_finalized_invoice_is_queued_for_sync_and_wakes_the_workers_a_draft_does_not() {
        var draft = Scenario.done(app.createInvoice.createInvoice(Scenario.invoice(scope, "10.00", false))).view();
        assertThat(draft.sync().state()).isEqualTo(SyncState.NOT_APPLICABLE);
        assertThat(app.signal.wakeUps()).isZero();

        var finalized = Scenario.done(app.createInvoice.createInvoice(Scenario.invoice(scope, "10.00", true))).view();

        assertThat(finalized.sync().state()).isEqualTo(SyncState.PENDING);
        assertThat(app.signal.wakeUps()).isEqualTo(1);
    }

    @Test
    void a_currency_the_gateway_does_not_take_and_a_past_due_date_are_refused_by_field() {
        CreateInvoiceCommand command = new CreateInvoiceCommand(scope, new Customer("cus_1", null, null),
                CurrencyUnit.of("EUR"), LocalDate.of(2030, 2, 28),
                List.of(new NewLineItem("Plan", BigDecimal.ONE, BigDecimal.TEN)), Map.of(), false, Optional.empty());

        Outcome<CreatedInvoice> refused = app.createInvoice.createInvoice(command);

        assertThat(refused.violations()).containsOnlyKeys("currency", "dueDate");
        assertThat(invoiceCount()).isZero();
    }

    private CreateInvoiceCommand idempotent(String key, String fingerprint) {
        CreateInvoiceCommand plain = Scenario.invoice(scope, "100.00", true);
        return new CreateInvoiceCommand(scope, plain.customer(), plain.currency(), null, plain.lineItems(), Map.of(),
                true, Optional.of(new Idempotency(key, fingerprint, created -> new RememberedAnswer(201,
                        created.invoice().id().value().getBytes(StandardCharsets.UTF_8)))));
    }

    private long invoiceCount() {
        return app.db.invoices.list(scope, new InvoiceFilter(Optional.empty(), Optional.empty(), Optional.empty()),
                new PageRequest(10, 0)).total();
    }
}
