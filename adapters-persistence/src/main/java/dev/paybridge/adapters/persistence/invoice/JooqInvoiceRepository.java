package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.INVOICES;
import static dev.paybridge.adapters.persistence.generated.Tables.INVOICE_LINES;
import static dev.paybridge.adapters.persistence.generated.Tables.INVOICE_NUMBERS;

import dev.paybridge.adapters.persistence.generated.tables.records.InvoiceLinesRecord;
import dev.paybridge.adapters.persistence.generated.tables.records.InvoicesRecord;
import dev.paybridge.adapters.persistence.jooq.JsonColumns;
import dev.paybridge.adapters.persistence.jooq.Literals;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectForUpdateStep;
import org.jooq.impl.DSL;

/** Invoices and their lines in PostgreSQL; numbers come from a per-environment counter row, gap-free. */
public final class JooqInvoiceRepository implements InvoiceRepository {
    /** Every invoice column, then the columns of a line. */
    private static final List<Field<?>> INVOICE_WITH_LINES = Stream.concat(Stream.of(INVOICES.fields()),
            Stream.of(INVOICE_LINES.POSITION, INVOICE_LINES.DESCRIPTION, INVOICE_LINES.QUANTITY,
                    INVOICE_LINES.UNIT_AMOUNT, INVOICE_LINES.AMOUNT)).toList();
    private final DSLContext dsl;

    @Inject
    public JooqInvoiceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long nextNumber(Scope scope) {
        return dsl.insertInto(INVOICE_NUMBERS)
                .set(INVOICE_NUMBERS.TENANT_ID, scope.tenantId().value())
                .set(INVOICE_NUMBERS.ENVIRONMENT_ID, scope.environmentId().value())
                .set(INVOICE_NUMBERS.LAST_NUMBER, 1L)
                .onConflict(INVOICE_NUMBERS.TENANT_ID, INVOICE_NUMBERS.ENVIRONMENT_ID)
                .doUpdate().set(INVOICE_NUMBERS.LAST_NUMBER, INVOICE_NUMBERS.LAST_NUMBER.plus(1))
                .returning(INVOICE_NUMBERS.LAST_NUMBER)
                .fetchOne(INVOICE_NUMBERS.LAST_NUMBER);
    }

    @Override
    public void insert(Invoice invoice) {
        InvoicesRecord row = dsl.newRecord(INVOICES);
        fill(row, invoice);
        row.setNumber(invoice.number());
        row.setCurrency(invoice.currency().code());
        row.setTotal(invoice.total().amount());
        row.setCustomerExternalId(invoice.customer().externalId());
        row.setCustomerName(invoice.customer().name());
        row.setCustomerEmail(invoice.customer().email());
        row.setDueDate(invoice.dueDate());
        row.setMetadata(JsonColumns.fromMap(invoice.metadata()));
        row.setCreatedAt(Timestamps.toColumn(invoice.createdAt()));
        dsl.insertInto(INVOICES).set(row).execute();
        List<InvoiceLinesRecord> lines = new ArrayList<>();
        for (int position = 0; position < invoice.lineItems().size(); position++) {
            LineItem line = invoice.lineItems().get(position);
            InvoiceLinesRecord lineRow = dsl.newRecord(INVOICE_LINES);
            lineRow.setTenantId(invoice.scope().tenantId().value());
            lineRow.setEnvironmentId(invoice.scope().environmentId().value());
            lineRow.setInvoiceId(invoice.id().value());
            lineRow.setPosition(position);
            lineRow.setDescription(line.description());
            lineRow.setQuantity(line.quantity());
            lineRow.setUnitAmount(line.unitAmount());
            lineRow.setAmount(line.amount().amount());
            lines.add(lineRow);
        }
        dsl.batchInsert(lines).execute();
    }

    @Override
    public void update(Invoice invoice) {
        dsl.update(INVOICES)
                .set(INVOICES.INVOICE_STATUS, invoice.status().wireName())
                .set(INVOICES.PAYMENT_STATUS, invoice.paymentStatus().wireName())
                .set(INVOICES.AMOUNT_PAID, invoice.amountPaid().amount())
                .set(INVOICES.FINALIZED_AT, Timestamps.toColumn(invoice.finalizedAt()))
                .set(INVOICES.PAID_AT, Timestamps.toColumn(invoice.paidAt()))
                .set(INVOICES.VOIDED_AT, Timestamps.toColumn(invoice.voidedAt()))
                .where(oneInvoice(invoice.scope(), invoice.id()))
                .execute();
    }

    @Override
    public Optional<Invoice> find(Scope scope, InvoiceId id) {
        return withLines(withLinesQuery(scope, id).fetch());
    }

    /**
     * The invoice row locked, with its lines read by the same statement (one round trip): lines are written once,
     * with their invoice, and never change, so a lock that waited cannot see stale ones.
     */
    @Override
    public Optional<Invoice> findForUpdate(Scope scope, InvoiceId id) {
        return withLines(withLinesQuery(scope, id).forUpdate().of(INVOICES).fetch());
    }

    /** One invoice joined with its lines in order: a row per line, one row with no line for an invoice without. */
    private SelectForUpdateStep<Record> withLinesQuery(Scope scope, InvoiceId id) {
        return dsl.select(INVOICE_WITH_LINES).from(INVOICES)
                .leftJoin(INVOICE_LINES).on(INVOICE_LINES.TENANT_ID.eq(INVOICES.TENANT_ID),
                        INVOICE_LINES.ENVIRONMENT_ID.eq(INVOICES.ENVIRONMENT_ID),
                        INVOICE_LINES.INVOICE_ID.eq(INVOICES.ID))
                .where(oneInvoice(scope, id))
                .orderBy(INVOICE_LINES.POSITION);
    }

    private static Optional<Invoice> withLines(Result<Record> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<LineItem> lines = rows.stream().filter(row -> row.get(INVOICE_LINES.POSITION) != null)
                .map(JooqInvoiceRepository::lineItem).toList();
        return Optional.of(invoice(rows.get(0).into(INVOICES), lines));
    }

    @Override
    public Page<Invoice> list(Scope scope, InvoiceFilter filter, PageRequest page) {
        Condition condition = inScope(scope)
                .and(filter.invoiceStatus().map(s -> INVOICES.INVOICE_STATUS.eq(Literals.constant(s.wireName())))
                        .orElse(DSL.noCondition()))
                .and(filter.paymentStatus().map(s -> INVOICES.PAYMENT_STATUS.eq(Literals.constant(s.wireName())))
                        .orElse(DSL.noCondition()))
                .and(filter.customerExternalId().map(INVOICES.CUSTOMER_EXTERNAL_ID::eq).orElse(DSL.noCondition()));
        int total = dsl.fetchCount(INVOICES, condition);
        List<InvoicesRecord> rows = dsl.selectFrom(INVOICES).where(condition)
                .orderBy(INVOICES.CREATED_AT.desc(), INVOICES.ID.desc())
                .limit(Literals.rows(page.limit())).offset(Literals.rows(page.offset())).fetch();
        Map<String, List<LineItem>> lines = lines(scope, rows.stream().map(InvoicesRecord::getId).toList());
        return new Page<>(rows.stream().map(row -> invoice(row, lines.getOrDefault(row.getId(), List.of()))).toList(),
                total, page);
    }

    private Map<String, List<LineItem>> lines(Scope scope, List<String> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Map.of();
        }
        return dsl.fetch(linesOf(INVOICE_LINES.TENANT_ID.eq(scope.tenantId().value())
                        .and(INVOICE_LINES.ENVIRONMENT_ID.eq(scope.environmentId().value()))
                        .and(INVOICE_LINES.INVOICE_ID.in(invoiceIds))))
                .stream()
                .collect(Collectors.groupingBy(record -> record.get(INVOICE_LINES.INVOICE_ID),
                        Collectors.mapping(JooqInvoiceRepository::lineItem, Collectors.toList())));
    }

    /** Lines in order, each with its invoice's currency. */
    private static Select<? extends Record> linesOf(Condition which) {
        return DSL.select(INVOICE_LINES.INVOICE_ID, INVOICE_LINES.DESCRIPTION, INVOICE_LINES.QUANTITY,
                        INVOICE_LINES.UNIT_AMOUNT, INVOICE_LINES.AMOUNT, INVOICES.CURRENCY)
                .from(INVOICE_LINES)
                .join(INVOICES).on(INVOICES.TENANT_ID.eq(INVOICE_LINES.TENANT_ID),
                        INVOICES.ENVIRONMENT_ID.eq(INVOICE_LINES.ENVIRONMENT_ID), INVOICES.ID.eq(INVOICE_LINES.INVOICE_ID))
                .where(which)
                .orderBy(INVOICE_LINES.INVOICE_ID, INVOICE_LINES.POSITION);
    }

    private static LineItem lineItem(Record record) {
        CurrencyUnit currency = CurrencyUnit.of(record.get(INVOICES.CURRENCY));
        return new LineItem(record.get(INVOICE_LINES.DESCRIPTION),
                record.get(INVOICE_LINES.QUANTITY).stripTrailingZeros(),
                record.get(INVOICE_LINES.UNIT_AMOUNT).stripTrailingZeros(),
                new Money(record.get(INVOICE_LINES.AMOUNT), currency));
    }

    private static Condition oneInvoice(Scope scope, InvoiceId id) {
        return inScope(scope).and(INVOICES.ID.eq(id.value()));
    }

    private static Condition inScope(Scope scope) {
        return INVOICES.TENANT_ID.eq(scope.tenantId().value()).and(INVOICES.ENVIRONMENT_ID.eq(scope.environmentId().value()));
    }

    private static void fill(InvoicesRecord row, Invoice invoice) {
        row.setTenantId(invoice.scope().tenantId().value());
        row.setEnvironmentId(invoice.scope().environmentId().value());
        row.setId(invoice.id().value());
        row.setInvoiceStatus(invoice.status().wireName());
        row.setPaymentStatus(invoice.paymentStatus().wireName());
        row.setAmountPaid(invoice.amountPaid().amount());
        row.setFinalizedAt(Timestamps.toColumn(invoice.finalizedAt()));
        row.setPaidAt(Timestamps.toColumn(invoice.paidAt()));
        row.setVoidedAt(Timestamps.toColumn(invoice.voidedAt()));
    }

    private static Invoice invoice(InvoicesRecord row, List<LineItem> lines) {
        CurrencyUnit currency = CurrencyUnit.of(row.getCurrency());
        Scope scope = new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId()));
        return new Invoice(new InvoiceId(row.getId()), scope, row.getNumber(),
                InvoiceStatus.valueOf(row.getInvoiceStatus().toUpperCase(Locale.ROOT)),
                PaymentStatus.valueOf(row.getPaymentStatus().toUpperCase(Locale.ROOT)), currency,
                new Money(row.getTotal(), currency), new Money(row.getAmountPaid(), currency),
                new Customer(row.getCustomerExternalId(), row.getCustomerName(), row.getCustomerEmail()), lines,
                row.getDueDate(), JsonColumns.toMap(row.getMetadata()), Timestamps.fromColumn(row.getCreatedAt()),
                Timestamps.fromColumn(row.getFinalizedAt()), Timestamps.fromColumn(row.getPaidAt()),
                Timestamps.fromColumn(row.getVoidedAt()));
    }
}
