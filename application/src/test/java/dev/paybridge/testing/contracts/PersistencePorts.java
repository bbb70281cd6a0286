package dev.paybridge.testing.contracts;

import dev.paybridge.application.port.out.jobs.JobQueue;
import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.application.port.out.persistence.InvoiceRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.PaymentRepository;
import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.application.port.out.persistence.Transactions;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;

/** Every persistence port of one database, so a contract can set up its rows through the ports it does not test. */
public record PersistencePorts(
        TenantRepository tenants,
        ApiKeyRepository apiKeys,
        ConnectionRepository connections,
        InvoiceRepository invoices,
        PaymentLinkRepository links,
        PaymentRepository payments,
        WebhookEventRepository events,
        IdempotencyRepository idempotency,
        JobQueue jobs,
        Transactions transactions,
        PaymentTargets paymentTargets) {
}
