package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.tenant.Scope;
import java.util.List;

/** Stores payments, one row per gateway payment. */
public interface PaymentRepository {

    /** Inserts a new payment or replaces the stored one with the same id. */
    void save(Scope scope, Payment payment);

    /** Every payment of the invoice, oldest first. */
    List<Payment> listForInvoice(Scope scope, InvoiceId invoiceId);
}
