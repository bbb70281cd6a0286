package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentId;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.mothers.Invoices;
import dev.paybridge.testing.mothers.Payments;
import org.junit.jupiter.api.Test;

/** What every {@code PaymentRepository} does. */
public abstract class PaymentRepositoryContract extends PersistenceContract {

    @Test
    void lists_the_payments_of_an_invoice_oldest_first() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        Payment later = Payments.of(invoice.id(), "p2", PaymentState.SUCCEEDED, Invoices.sar("60.00"), now.plusSeconds(1));
        Payment earlier = Payments.of(invoice.id(), "p1", PaymentState.FAILED, Invoices.sar("40.00"), now);
        ports().payments().save(scope, later);
        ports().payments().save(scope, earlier);
        ports().payments().save(scope, Payments.of(newInvoice(scope).id(), "p3", PaymentState.SUCCEEDED,
                Invoices.sar("1.00"), now));
        assertThat(ports().payments().listForInvoice(scope, invoice.id())).containsExactly(earlier, later);
    }

    @Test
    void saving_a_known_payment_again_updates_its_state_refund_method_and_failure_only() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        Payment payment = Payments.of(invoice.id(), "p1", PaymentState.SUCCEEDED, Invoices.sar("100.00"), now);
        ports().payments().save(scope, payment);
        Payment refunded = new Payment(payment.id(), newInvoice(scope).id(), "other", "p-other",
                PaymentState.PARTIALLY_REFUNDED, Invoices.sar("999.00"), Invoices.sar("10.00"),
                new Payment.PaymentMethod("applepay", "mada", "4242"), "partly returned", now.plusSeconds(5),
                now.plusSeconds(6));
        ports().payments().save(scope, refunded);
        assertThat(ports().payments().listForInvoice(scope, invoice.id())).containsExactly(new Payment(payment.id(),
                invoice.id(), "fakepay", "p1", PaymentState.PARTIALLY_REFUNDED, payment.amount(), Invoices.sar("10.00"),
                refunded.method(), "partly returned", now, now.plusSeconds(6)));
    }

    @Test
    void a_second_payment_with_the_same_gateway_id_in_one_environment_is_refused_by_throwing() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().payments().save(scope, Payments.of(invoice.id(), "p1", PaymentState.SUCCEEDED, invoice.total(), now));
        Payment twin = Payments.of(invoice.id(), "p1", PaymentState.REFUNDED, invoice.total(), now);
        assertThatThrownBy(() -> ports().payments().save(scope, twin)).isInstanceOf(RuntimeException.class);
        Scope other = newScope();
        ports().payments().save(other, Payments.of(newInvoice(other).id(), "p1", PaymentState.SUCCEEDED,
                invoice.total(), now));
        assertThat(ports().payments().listForInvoice(scope, invoice.id())).extracting(Payment::state)
                .containsExactly(PaymentState.SUCCEEDED);
    }

    @Test
    void a_payment_belongs_to_an_existing_invoice() {
        Scope scope = newScope();
        Payment orphan = Payments.of(InvoiceId.generate(), "p1", PaymentState.SUCCEEDED, Invoices.sar("1.00"), now);
        assertThatThrownBy(() -> ports().payments().save(scope, orphan)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void another_environment_never_sees_a_payment() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        ports().payments().save(scope, Payments.of(invoice.id(), "p1", PaymentState.SUCCEEDED, invoice.total(), now));
        assertThat(ports().payments().listForInvoice(newScope(), invoice.id())).isEmpty();
    }

    @Test
    void gateway_text_is_fitted_to_its_columns() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        Money amount = invoice.total();
        ports().payments().save(scope, new Payment(PaymentId.generate(), invoice.id(), "fakepay", "p1",
                PaymentState.FAILED, amount, Money.zero(amount.currency()),
                new Payment.PaymentMethod("card", null, "12345"), "no\u0000" + "x".repeat(2000), now, now));
        Payment stored = ports().payments().listForInvoice(scope, invoice.id()).get(0);
        assertThat(stored.method().last4()).isEqualTo("123…");
        assertThat(stored.failureMessage()).hasSize(1000).startsWith("no\uFFFDx").endsWith("…");
    }

    @Test
    void a_method_without_type_and_last_four_reads_back_as_none() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        Money amount = invoice.total();
        ports().payments().save(scope, new Payment(PaymentId.generate(), invoice.id(), "fakepay", "p1",
                PaymentState.SUCCEEDED, amount, Money.zero(amount.currency()),
                new Payment.PaymentMethod(null, "visa", null), null, now, now));
        assertThat(ports().payments().listForInvoice(scope, invoice.id()).get(0).method()).isNull();
    }
}
