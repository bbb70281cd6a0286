package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.testing.mothers.Invoices;
import dev.paybridge.testing.mothers.Payments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code InvoiceRepository} does. */
public abstract class InvoiceRepositoryContract extends PersistenceContract {
    private static final InvoiceFilter ALL = new InvoiceFilter(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void numbers_are_gap_free_per_environment() {
        Tenant tenant = newTenant();
        Scope sandbox = tenant.environments().get(0).scope();
        Scope production = tenant.environments().get(1).scope();
        assertThat(List.of(ports().invoices().nextNumber(sandbox), ports().invoices().nextNumber(sandbox),
                ports().invoices().nextNumber(production), ports().invoices().nextNumber(sandbox)))
                .containsExactly(1L, 2L, 1L, 3L);
    }

    @Test
    void stores_and_reads_back_every_field_and_line() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope, Invoices.sar("123.45"), now);
        assertThat(ports().invoices().find(scope, invoice.id())).contains(invoice);
        assertThat(ports().invoices().findForUpdate(scope, invoice.id())).contains(invoice);
    }

    @Test
    void reads_back_several_lines_in_their_order() {
        Scope scope = newScope();
        CurrencyUnit sar = CurrencyUnit.of("SAR");
        List<LineItem> lines = List.of(
                new LineItem("Setup", BigDecimal.ONE, new BigDecimal("12.5"), Invoices.sar("12.50")),
                new LineItem("Seats", new BigDecimal("3"), new BigDecimal("5"), Invoices.sar("15.00")),
                new LineItem("Support", new BigDecimal("0.5"), new BigDecimal("25"), Invoices.sar("12.50")));
        Invoice invoice = Invoice.draft(InvoiceId.generate(), scope, "INV-lines", sar,
                new Customer("cus_lines", null, null), lines, null, Map.of(), now);
        ports().invoices().insert(invoice);

        assertThat(ports().invoices().find(scope, invoice.id())).get().extracting(Invoice::lineItems).isEqualTo(lines);
        assertThat(ports().invoices().findForUpdate(scope, invoice.id())).get().extracting(Invoice::lineItems)
                .isEqualTo(lines);
    }

    @Test
    void an_update_writes_the_state_payment_figures_and_their_times_only() {
        Scope scope = newScope();
        Invoice invoice = newInvoice(scope);
        Invoice paid = invoice.finalized(now.plusSeconds(1)).withPayments(List.of(Payments.of(invoice.id(), "p1",
                PaymentState.SUCCEEDED, invoice.total(), now)), now.plusSeconds(2));
        Invoice renamed = new Invoice(paid.id(), paid.scope(), "INV-other", paid.status(), paid.paymentStatus(),
                paid.currency(), paid.total(), paid.amountPaid(), new Customer("cus_other", null, null),
                paid.lineItems(), null, Map.of(), paid.createdAt().plusSeconds(9), paid.finalizedAt(), paid.paidAt(),
                paid.voidedAt());
        ports().invoices().update(renamed);
        assertThat(ports().invoices().find(scope, invoice.id())).contains(paid);
    }

    @Test
    void an_invoice_number_is_used_once_per_environment() {
        Tenant tenant = newTenant();
        Scope sandbox = tenant.environments().get(0).scope();
        Invoice first = newInvoice(sandbox);
        Invoice sameNumber = Invoices.draft(sandbox, first.number(), first.total(), now);
        assertThatThrownBy(() -> ports().invoices().insert(sameNumber)).isInstanceOf(RuntimeException.class);
        ports().invoices().insert(Invoices.draft(tenant.environments().get(1).scope(), first.number(), first.total(),
                now));
        assertThat(ports().invoices().find(sandbox, sameNumber.id())).isEmpty();
    }

    @Test
    void an_invoice_belongs_to_an_existing_environment() {
        Scope nowhere = new Scope(TenantId.generate(), EnvironmentId.generate());
        assertThatThrownBy(() -> ports().invoices().insert(Invoices.draft(nowhere, "INV-1", Invoices.sar("1.00"), now)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void another_environment_never_sees_or_changes_an_invoice() {
        Scope scope = newScope();
        Scope other = newScope();
        Invoice invoice = newInvoice(scope);
        assertThat(ports().invoices().find(other, invoice.id())).isEmpty();
        assertThat(ports().invoices().list(other, ALL, new PageRequest(10, 0)).total()).isZero();
        Invoice foreign = new Invoice(invoice.id(), other, invoice.number(), InvoiceStatus.VOIDED,
                invoice.paymentStatus(), invoice.currency(), invoice.total(), invoice.amountPaid(), invoice.customer(),
                invoice.lineItems(), invoice.dueDate(), invoice.metadata(), invoice.createdAt(), null, null, now);
        ports().invoices().update(foreign);
        assertThat(ports().invoices().find(scope, invoice.id())).contains(invoice);
    }

    @Test
    void lists_newest_first_with_filters_limit_offset_and_total() {
        Scope scope = newScope();
        for (int i = 0; i < 5; i++) {
            Invoice invoice = newInvoice(scope, Invoices.sar(i + 1 + ".00"), now.plusSeconds(i));
            if (i % 2 == 0) {
                ports().invoices().update(invoice.finalized(now));
            }
        }
        Page<Invoice> page = ports().invoices().list(scope, ALL, new PageRequest(2, 1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(invoice -> invoice.total().toDecimalString()).containsExactly("4.00", "3.00");
        InvoiceFilter finalized = new InvoiceFilter(Optional.of(InvoiceStatus.FINALIZED), Optional.of(
                PaymentStatus.PENDING), Optional.of("cus_1"));
        assertThat(ports().invoices().list(scope, finalized, new PageRequest(10, 0)).items())
                .extracting(invoice -> invoice.total().toDecimalString()).containsExactly("5.00", "3.00", "1.00");
        InvoiceFilter otherCustomer = new InvoiceFilter(Optional.empty(), Optional.empty(), Optional.of("cus_2"));
        assertThat(ports().invoices().list(scope, otherCustomer, new PageRequest(10, 0)).total()).isZero();
    }

    @Test
    void invoices_made_at_the_same_time_list_by_id_descending() {
        Scope scope = newScope();
        Invoice first = newInvoice(scope, Invoices.sar("1.00"), now);
        Invoice second = newInvoice(scope, Invoices.sar("2.00"), now);
        Invoice higher = first.id().value().compareTo(second.id().value()) > 0 ? first : second;
        assertThat(ports().invoices().list(scope, ALL, new PageRequest(1, 0)).items()).containsExactly(higher);
    }
}
