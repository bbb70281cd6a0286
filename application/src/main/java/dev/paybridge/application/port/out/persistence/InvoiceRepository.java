package dev.paybridge.application.port.out.persistence;

import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Stores invoices and their lines; every read and write is confined to one tenant environment. */
public interface InvoiceRepository {

    /** The next invoice number of the scope (gap-free: call it inside the transaction that inserts the invoice). */
    long nextNumber(Scope scope);

    void insert(Invoice invoice);

    /** Writes the invoice's state, payment figures and timestamps (lines never change). */
    void update(Invoice invoice);

    Optional<Invoice> find(Scope scope, InvoiceId id);

    /** Like {@link #find}, and locks the invoice until the surrounding transaction ends. */
    Optional<Invoice> findForUpdate(Scope scope, InvoiceId id);

    Page<Invoice> list(Scope scope, InvoiceFilter filter, PageRequest page);
}
