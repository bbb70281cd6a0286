package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;
import java.util.List;

/**
 * What the edge in front of Moyasar's API answers to requests it blocks for their User-Agent: an HTML 403. It
 * blocks only what it was told to: chosen User-Agent prefixes and, when asked, a missing User-Agent.
 */
final class EdgePage {

    private final List<String> blockedPrefixes;
    private final boolean blockMissing;

    EdgePage(List<String> blockedPrefixes, boolean blockMissing) {
        this.blockedPrefixes = List.copyOf(blockedPrefixes);
        this.blockMissing = blockMissing;
    }

    boolean blocks(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return blockMissing;
        }
        return blockedPrefixes.stream().anyMatch(userAgent::startsWith);
    }

    static void forbid(Context ctx) {
        ctx.status(403).contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n"
                + "<html><head><title>403 Forbidden</title></head>\n"
                + "<body><h1>403 Forbidden</h1><p>Access denied: requests must send a proper User-Agent header."
                + "</p></body></html>\n");
    }
}
