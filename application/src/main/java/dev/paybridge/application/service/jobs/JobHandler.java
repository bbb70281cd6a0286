package dev.paybridge.application.service.jobs;

import dev.paybridge.application.port.out.jobs.Job;
import dev.paybridge.application.port.out.jobs.JobKind;

/** Does the work of one kind of job; it never settles the queue itself. */
public interface JobHandler {

    JobKind kind();

    /** Runs a leased job once; an exception leaves it leased until the lease runs out, then it is taken again. */
    JobResult run(Job job);
}
