package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.domain.tenant.Scope;

/** Lists a tenant environment's invoices, newest first. */
public interface ListInvoicesUseCase {

    Page<InvoiceView> listInvoices(Scope scope, InvoiceFilter filter, PageRequest page);
}
