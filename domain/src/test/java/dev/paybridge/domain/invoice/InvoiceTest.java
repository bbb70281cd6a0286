package dev.paybridge.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceTest {
    private static final CurrencyUnit SAR = CurrencyUnit.of("SAR");
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private final Invoice draft = Invoice.draft(InvoiceId.generate(), new Scope(TenantId.generate(), EnvironmentId.generate()),
            "INV-000001", SAR, new Customer("cus_1", null, null),
            List.of(LineItem.of("Seats", new BigDecimal("3"), new BigDecimal("0.125"), SAR),
                    LineItem.of("Setup", BigDecimal.ONE, new BigDecimal("9.62"), SAR)),
            null, Map.of(), NOW);

    private Payment payment(String gatewayId, PaymentState state, String amount, String refunded, CurrencyUnit currency) {
        return new Payment(PaymentId.generate(), draft.id(), "moyasar", gatewayId, state, Money.parse(amount, currency),
                Money.parse(refunded, currency), null, null, NOW, NOW);
    }

    @Test
    void the_total_is_the_exact_sum_of_lines_rounded_half_up() {
        assertThat(draft.lineItems().get(0).amount().toDecimalString()).isEqualTo("0.38");
        assertThat(draft.total().toDecimalString()).isEqualTo("10.00");
        assertThat(draft.amountRemaining()).isEqualTo(draft.total());
    }

    @Test
    void refuses_illegal_moves() {
        Invoice finalized = draft.finalized(NOW);
        assertThatThrownBy(() -> finalized.finalized(NOW)).isInstanceOf(InvoiceStateException.class);
        Invoice voided = finalized.voided(NOW);
        assertThatThrownBy(() -> voided.voided(NOW)).isInstanceOf(InvoiceStateException.class);
        assertThatThrownBy(() -> voided.finalized(NOW)).isInstanceOf(InvoiceStateException.class);
        Invoice paid = finalized.withPayments(List.of(payment("p1", PaymentState.SUCCEEDED, "10.00", "0", SAR)), NOW);
        assertThatThrownBy(() -> paid.voided(NOW)).isInstanceOf(InvoiceStateException.class)
                .hasMessageContaining("refund");
        assertThat(paid.voidRefusal()).get().asString().contains("refund");
        assertThat(finalized.voidRefusal()).isEmpty();
        assertThat(voided.finalizeRefusal()).isPresent();
    }

    @Test
    void an_invoice_whose_attempts_all_failed_received_nothing_and_can_still_be_voided() {
        Invoice declined = draft.finalized(NOW)
                .withPayments(List.of(payment("p1", PaymentState.FAILED, "10.00", "0", SAR)), NOW);
        assertThat(declined.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(declined.voidRefusal()).isEmpty();
        assertThat(declined.voided(NOW).status()).isEqualTo(InvoiceStatus.VOIDED);
    }

    @Test
    void succeeds_exactly_when_nothing_remains_and_nothing_was_refunded() {
        Invoice finalized = draft.finalized(NOW);
        Invoice partly = finalized.withPayments(List.of(payment("p1", PaymentState.SUCCEEDED, "4.00", "0", SAR)), NOW);
        assertThat(partly.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(partly.amountRemaining().toDecimalString()).isEqualTo("6.00");
        Invoice paid = finalized.withPayments(List.of(payment("p1", PaymentState.SUCCEEDED, "4.00", "0", SAR),
                payment("p2", PaymentState.SUCCEEDED, "6.00", "0", SAR)), NOW);
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.paidAt()).isEqualTo(NOW);
        Invoice over = finalized.withPayments(List.of(payment("p1", PaymentState.SUCCEEDED, "15.00", "0", SAR)), NOW);
        assertThat(over.amountPaid().toDecimalString()).isEqualTo("15.00");
        assertThat(over.amountRemaining().isPositive()).isFalse();
    }

    @Test
    void refunds_voids_failures_and_other_currencies_follow_from_the_payments() {
        Invoice finalized = draft.finalized(NOW);
        assertThat(finalized.withPayments(List.of(payment("p1", PaymentState.PARTIALLY_REFUNDED, "10.00", "2.50", SAR)),
                NOW).paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(finalized.withPayments(List.of(payment("p1", PaymentState.REFUNDED, "10.00", "10.00", SAR)), NOW)
                .paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        Invoice voided = finalized.withPayments(List.of(payment("p1", PaymentState.VOIDED, "10.00", "0", SAR)), NOW);
        assertThat(voided.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(voided.amountPaid().isPositive()).isFalse();
        assertThat(finalized.withPayments(List.of(payment("p1", PaymentState.FAILED, "10.00", "0", SAR)), NOW)
                .paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        Invoice dollars = finalized.withPayments(List.of(payment("p1", PaymentState.SUCCEEDED, "10.00", "0",
                CurrencyUnit.of("USD"))), NOW);
        assertThat(dollars.amountPaid().isPositive()).isFalse();
        assertThat(dollars.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void a_payment_never_moves_back_whatever_order_the_news_comes_in() {
        Payment refunded = payment("p1", PaymentState.REFUNDED, "10.00", "10.00", SAR);
        Payment latePaid = payment("p1", PaymentState.SUCCEEDED, "10.00", "0", SAR);
        Payment merged = refunded.mergedWith(latePaid, NOW);
        assertThat(merged.state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(merged.amountRefunded().toDecimalString()).isEqualTo("10.00");
        assertThat(latePaid.mergedWith(refunded, NOW).state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(merged.mergedWith(merged, NOW)).isEqualTo(merged.mergedWith(latePaid, NOW));
    }
}
