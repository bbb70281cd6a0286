package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;

/** What the edge in front of Moyasar's API answers to requests it blocks for their User-Agent: an HTML 403. */
final class EdgePage {

    private EdgePage() {
    }

    static boolean blocks(String userAgent, Iterable<String> blockedPrefixes) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        for (String prefix : blockedPrefixes) {
            if (userAgent.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static void forbid(Context ctx) {
        ctx.status(403).contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n"
                + "<html><head><title>403 Forbidden</title></head>\n"
                + "<body><h1>403 Forbidden</h1><p>Access denied: requests must send a proper User-Agent header."
                + "</p></body></html>\n");
    }
}
