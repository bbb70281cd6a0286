package dev.paybridge.application.port.in.webhook;

/** Forgets stored gateway events past their retention, so the event audit cannot grow without bound. */
public interface PruneEventsUseCase {

    /** Deletes the settled (processed or ignored) events older than the retention; how many were deleted. */
    int pruneExpiredEvents();
}
