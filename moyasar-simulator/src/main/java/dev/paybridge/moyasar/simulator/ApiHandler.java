package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;

/** An API endpoint body, given the authenticated account (null for {@link Authenticator.Access#NONE}). */
@FunctionalInterface
interface ApiHandler {

    void handle(Context ctx, StoredAccount account);
}
