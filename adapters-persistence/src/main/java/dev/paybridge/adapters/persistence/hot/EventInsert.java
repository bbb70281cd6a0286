package dev.paybridge.adapters.persistence.hot;

import static dev.paybridge.adapters.persistence.generated.Tables.WEBHOOK_EVENTS;

import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.sql.SQLException;
import org.jooq.DSLContext;

/** {@code insert-event.sql}: a verified event, stored once; alone, or ahead of the webhook's lock. */
public final class EventInsert {
    static final HotStatement STATEMENT = HotStatement.load("insert-event.sql");
    private static final HotStatement VERIFIED = VerifierCheck.STATEMENT.followedBy(STATEMENT);

    private EventInsert() {
    }

    /** Stores the event unless its gateway event id is stored already; whether it was stored now. */
    public static boolean run(DSLContext dsl, WebhookEvent event) {
        return STATEMENT.run(dsl, bind -> bind(bind, event), statement -> statement.executeUpdate()) == 1;
    }

    /**
     * Stores the event, checking first in the same round trip that the connection that verified it is unchanged
     * ({@link VerifierCheck}); whether it was stored now.
     */
    public static boolean runVerified(DSLContext dsl, WebhookEvent event, WebhookVerifier verifier) {
        return VERIFIED.run(dsl, bind -> {
            VerifierCheck.bind(bind, verifier);
            bind(bind, event);
        }, statement -> {
            VerifierCheck.execute(statement, verifier);
            return statement.getUpdateCount() == 1;
        });
    }

    static void bind(HotStatement.Binder bind, WebhookEvent event) throws SQLException {
        bind.text(event.scope().tenantId().value()).text(event.scope().environmentId().value())
                .text(event.id().value()).text(event.providerType()).text(event.gatewayEventId()).text(event.type())
                .text(event.status().wireName()).text(Columns.fit(WEBHOOK_EVENTS.REVIEW_REASON, event.reviewReason()))
                .text(event.payload()).time(event.receivedAt()).time(event.processedAt());
    }
}
