package dev.paybridge.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentLinkTest {
    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    private static PaymentLink link(LinkStatus status, String gatewayStatus, Instant expiresAt, boolean current) {
        return new PaymentLink(InvoiceId.generate(), "gw-1", ConnectionId.generate(), "moyasar", "https://pay.test/1",
                status, gatewayStatus, current, expiresAt, NOW.minusSeconds(60));
    }

    @Test
    void an_open_link_shows_its_gateways_word_until_it_expires() {
        assertThat(link(LinkStatus.OPEN, "awaiting_payment", NOW.plusSeconds(1), true).shownStatus(NOW))
                .isEqualTo("awaiting_payment");
        assertThat(link(LinkStatus.OPEN, "awaiting_payment", NOW, true).shownStatus(NOW)).isEqualTo("expired");
        assertThat(link(LinkStatus.OPEN, null, null, true).shownStatus(NOW)).isEqualTo("open");
    }

    @ParameterizedTest
    @EnumSource(value = LinkStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void any_other_state_shows_paybridges_word(LinkStatus status) {
        assertThat(link(status, "whatever-the-gateway-said", null, false).shownStatus(NOW))
                .isEqualTo(status.wireName());
    }

    @Test
    void only_a_current_open_unexpired_link_can_be_paid() {
        assertThat(link(LinkStatus.OPEN, "x", NOW.plusSeconds(60), true).isPayableAt(NOW)).isTrue();
        assertThat(link(LinkStatus.OPEN, "x", NOW.plusSeconds(60), false).isPayableAt(NOW)).isFalse();
        assertThat(link(LinkStatus.OPEN, "x", NOW, true).isPayableAt(NOW)).isFalse();
        assertThat(link(LinkStatus.PAID, "x", null, true).isPayableAt(NOW)).isFalse();
    }

    @Test
    void money_may_still_arrive_on_open_retired_and_unreadable_links_only() {
        assertThat(LinkStatus.values()).filteredOn(LinkStatus::mayTakeMoney)
                .containsExactlyInAnyOrder(LinkStatus.OPEN, LinkStatus.RETIRED, LinkStatus.UNKNOWN);
    }

    @Test
    void a_refund_of_everything_is_a_refund_and_of_less_a_partial_one() {
        CurrencyUnit sar = CurrencyUnit.of("SAR");
        assertThat(PaymentState.afterRefund(Money.parse("10.00", sar), Money.parse("10.00", sar)))
                .isEqualTo(PaymentState.REFUNDED);
        assertThat(PaymentState.afterRefund(Money.parse("10.00", sar), Money.parse("2.50", sar)))
                .isEqualTo(PaymentState.PARTIALLY_REFUNDED);
        assertThat(PaymentState.PENDING.isSettled()).isFalse();
        assertThat(PaymentState.FAILED.furthest(PaymentState.AUTHORIZED)).isEqualTo(PaymentState.FAILED);
    }
}
