package dev.paybridge.application.service.invoice;

import static dev.paybridge.testing.gateway.GatewayOperation.CREATE_LINK;
import static dev.paybridge.testing.gateway.GatewayOperation.FIND_LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.SyncState;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The invoice sync job: create once, and after an outcome nobody knows, look before creating again. */
class InvoiceSyncServiceTest {
    private final TestApplication app = new TestApplication();
    private final Scenario given = new Scenario(app);
    private final Scope scope = given.tenantWithConnection();

    @Test
    void a_first_attempt_creates_the_link_without_searching() {
        Invoice invoice = given.finalized(scope, "100.00");

        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK);
        assertThat(sync(invoice).state()).isEqualTo(SyncState.SYNCED);
        assertThat(given.currentLink(scope, invoice.id())).get()
                .satisfies(link -> assertThat(link.gatewayInvoiceId()).isEqualTo(onlyGatewayLink()));
    }

    @Test
    void after_an_unknown_create_the_next_attempt_searches_and_adopts_the_link_the_first_one_made() {
        app.gateway.onNext(CREATE_LINK).unknownAfterEffect();
        Invoice invoice = given.finalized(scope, "100.00");

        given.runDueJobs();
        assertThat(sync(invoice)).extracting(InvoiceSync::state, InvoiceSync::attempts)
                .containsExactly(SyncState.PENDING, 1);
        assertThat(sync(invoice).lastError()).contains("timed out");
        app.clock.advance(Duration.ofMinutes(1));
        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FIND_LINKS);
        assertThat(sync(invoice).state()).isEqualTo(SyncState.SYNCED);
        assertThat(given.currentLink(scope, invoice.id()).orElseThrow().gatewayInvoiceId())
                .isEqualTo(onlyGatewayLink());
    }

    @Test
    void an_unknown_create_that_took_no_effect_is_made_once_more_after_searching() {
        app.gateway.onNext(CREATE_LINK).unknown();
        Invoice invoice = given.finalized(scope, "100.00");

        given.runDueJobs();
        app.clock.advance(Duration.ofMinutes(1));
        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FIND_LINKS, CREATE_LINK);
        assertThat(given.currentLink(scope, invoice.id()).orElseThrow().gatewayInvoiceId())
                .isEqualTo(onlyGatewayLink());
    }

    @Test
    void a_search_without_an_answer_is_retried_and_never_followed_by_a_blind_create() {
        app.gateway.onNext(CREATE_LINK).unknownAfterEffect();
        app.gateway.onNext(FIND_LINKS).unknown();
        Invoice invoice = given.finalized(scope, "100.00");

        given.runDueJobs();
        app.clock.advance(Duration.ofMinutes(1));
        given.runDueJobs();
        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FIND_LINKS);
        app.clock.advance(Duration.ofMinutes(1));
        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, FIND_LINKS, FIND_LINKS);
        assertThat(sync(invoice)).extracting(InvoiceSync::state, InvoiceSync::attempts)
                .containsExactly(SyncState.SYNCED, 3);
    }

    @Test
    void a_refused_create_fails_the_sync_for_good() {
        app.gateway.onNext(CREATE_LINK).refused(RefusalReason.INVALID_REQUEST, "amount below the minimum");
        Invoice invoice = given.finalized(scope, "0.50");

        given.runDueJobs();
        app.clock.advance(Duration.ofHours(1));

        assertThat(given.runDueJobs()).isZero();
        assertThat(sync(invoice).state()).isEqualTo(SyncState.FAILED);
        assertThat(sync(invoice).lastError()).contains("amount below the minimum");
        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK);
    }

    @Test
    void a_sync_queued_again_by_hand_after_a_refusal_starts_over() {
        app.gateway.onNext(CREATE_LINK).refused(RefusalReason.INVALID_REQUEST, "try later");
        Invoice invoice = given.finalized(scope, "100.00");
        given.runDueJobs();

        assertThat(Scenario.done(app.queueSync.queueSync(scope, invoice.id())).sync().attempts()).isZero();
        given.runDueJobs();

        assertThat(app.gateway.operations()).containsExactly(CREATE_LINK, CREATE_LINK);
        assertThat(sync(invoice).state()).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void finalizing_queues_the_sync_and_wakes_the_workers_once() {
        Invoice draft = given.draft(scope, "100.00");
        assertThat(sync(draft).state()).isEqualTo(SyncState.NOT_APPLICABLE);

        Scenario.done(app.finalizeInvoice.finalizeInvoice(scope, draft.id()));

        assertThat(sync(draft).state()).isEqualTo(SyncState.PENDING);
        assertThat(app.signal.wakeUps()).isEqualTo(1);
        assertThat(Scenario.refusedAs(app.finalizeInvoice.finalizeInvoice(scope, draft.id())))
                .isEqualTo(RefusalKind.INVALID_STATE);
        assertThat(app.signal.wakeUps()).isEqualTo(1);
    }

    private InvoiceSync sync(Invoice invoice) {
        return given.view(scope, invoice.id()).sync();
    }

    private String onlyGatewayLink() {
        assertThat(app.gateway.links()).hasSize(1);
        return app.gateway.links().get(0).gatewayInvoiceId();
    }
}
