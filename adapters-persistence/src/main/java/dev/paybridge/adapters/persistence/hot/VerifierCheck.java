package dev.paybridge.adapters.persistence.hot;

import dev.paybridge.application.port.out.persistence.VerifierChangedException;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code verifier-unchanged.sql}: sent ahead of a webhook's event insert, in its round trip, so that a webhook verified
 * with a kept connection is stored only while that connection is unchanged.
 */
final class VerifierCheck {
    static final HotStatement STATEMENT = HotStatement.load("verifier-unchanged.sql");

    private VerifierCheck() {
    }

    static void bind(HotStatement.Binder bind, WebhookVerifier verifier) throws SQLException {
        bind.text(verifier.scope().tenantId().value()).text(verifier.scope().environmentId().value())
                .text(verifier.connectionId().value()).bytes(verifier.secrets().ciphertext());
    }

    /**
     * Runs the statements, the check's first, reads the check's answer and moves on to the next statement's result;
     * throws {@link VerifierChangedException} when the connection changed. The statements after the check have run
     * too: only a transaction's rollback undoes them, so this refuses to run outside one.
     */
    static void execute(PreparedStatement statement, WebhookVerifier verifier) throws SQLException {
        if (statement.getConnection().getAutoCommit()) {
            throw new IllegalStateException(STATEMENT + " must run inside a transaction: its insert is undone by a "
                    + "rollback when the check fails");
        }
        if (!statement.execute()) {
            throw new IllegalStateException(STATEMENT + " answered no row");
        }
        boolean unchanged;
        try (ResultSet answer = statement.getResultSet()) {
            unchanged = answer.next() && answer.getBoolean(1);
        }
        if (!unchanged) {
            throw new VerifierChangedException(verifier);
        }
        statement.getMoreResults();
    }
}
