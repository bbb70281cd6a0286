package dev.paybridge.application.port.in.webhook;

/** Asks gateways about open payment links, so a payment whose webhook never came is still applied, once. */
public interface ReconcilePaymentsUseCase {

    /** Looks at the links due for it now; returns how many were looked at. */
    int reconcileDueLinks();
}
