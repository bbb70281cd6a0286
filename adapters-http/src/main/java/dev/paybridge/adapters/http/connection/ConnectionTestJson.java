package dev.paybridge.adapters.http.connection;

import dev.paybridge.domain.connection.ConnectionTest;

/** A connection test as the API shows it: {@code mode} when it passed, {@code error} when it failed (else null). */
record ConnectionTestJson(boolean ok, String mode, ErrorJson error, long latencyMs, String checkedAt) {

    static ConnectionTestJson of(ConnectionTest test) {
        return new ConnectionTestJson(test.ok(), test.mode() == null ? null : test.mode().wireName(),
                test.ok() ? null : new ErrorJson(test.errorCode(), test.errorMessage()), test.latencyMs(),
                test.checkedAt().toString());
    }

    record ErrorJson(String code, String message) {
    }
}
