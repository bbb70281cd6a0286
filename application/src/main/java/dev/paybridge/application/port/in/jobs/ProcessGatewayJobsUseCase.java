package dev.paybridge.application.port.in.jobs;

/** Runs due gateway jobs of every kind, for the background workers. */
public interface ProcessGatewayJobsUseCase {

    /** True when a job was run, false when none was due. */
    boolean runNextDueJob();
}
