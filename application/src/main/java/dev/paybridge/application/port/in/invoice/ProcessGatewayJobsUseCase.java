package dev.paybridge.application.port.in.invoice;

/** Runs one due gateway job (an invoice sync or a link cancellation), for the background workers. */
public interface ProcessGatewayJobsUseCase {

    /** True when a job was run, false when none was due. */
    boolean runNextDueJob();
}
