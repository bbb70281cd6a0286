package dev.paybridge.application.service.webhook;

import dev.paybridge.application.port.in.webhook.ReconcilePaymentsUseCase;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository;
import dev.paybridge.application.port.out.persistence.PaymentLinkRepository.ScopedLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The reconciliation sweep: asks the gateways about every link that may still take money (open ones, and retired ones
 * until the gateway confirms they are closed), so a payment whose webhook never came is still applied, once.
 */
public final class ReconciliationService implements ReconcilePaymentsUseCase {
    private static final int BATCH = 50;
    private final PaymentLinkRepository links;
    private final LinkLookup lookup;
    private final Duration interval;
    private final Clock clock;

    @Inject
    public ReconciliationService(PaymentLinkRepository links, LinkLookup lookup, ReconcileInterval interval,
            Clock clock) {
        this.links = links;
        this.lookup = lookup;
        this.interval = interval.value();
        this.clock = clock;
    }

    @Override
    public int reconcileDueLinks() {
        int looked = 0;
        List<ScopedLink> batch;
        do {
            batch = links.claimForReconciliation(clock.instant(), interval, BATCH);
            batch.forEach(due -> lookup.lookUp(due.scope(), due.link()));
            looked += batch.size();
        } while (batch.size() == BATCH);
        return looked;
    }
}
