package dev.paybridge.testing.app;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.application.port.in.tenant.CreateTenantCommand;
import dev.paybridge.application.port.in.webhook.WebhookReceipt;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.testing.gateway.FakeGatewayProvider;
import dev.paybridge.testing.gateway.FakeWebhookSender;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object mother of whole scenarios on a {@link TestApplication}: a tenant with a fake-gateway connection, invoices
 * in a given state, the background jobs run, webhooks delivered. Every step goes through the use cases.
 */
public final class Scenario {
    public static final String WEBHOOK_SECRET = "whsec-fake-1";
    private final TestApplication app;

    public Scenario(TestApplication app) {
        this.app = app;
    }

    /** The sandbox of a new tenant. */
    public Scope tenant() {
        return done(app.createTenant.createTenant(new CreateTenantCommand("Acme"))).environments().get(0).scope();
    }

    /** The sandbox of a new tenant with an active fake-gateway connection that syncs invoices out. */
    public Scope tenantWithConnection() {
        Scope scope = tenant();
        connect(scope);
        return scope;
    }

    public Connection connect(Scope scope) {
        return done(app.createConnection.createConnection(new CreateConnectionCommand(scope, "FakePay",
                FakeGatewayProvider.TYPE, credentials(), Map.of("success_url", "https://shop.test/thanks"),
                SyncConfig.DEFAULT, WebhookSetup.Mode.MANUAL))).connection();
    }

    public static Map<String, String> credentials() {
        return Map.of(FakeGatewayProvider.API_KEY, "fk_test_abcdefgh1234", FakeGatewayProvider.WEBHOOK_SECRET,
                WEBHOOK_SECRET);
    }

    /** A draft of {@code amount} SAR. */
    public Invoice draft(Scope scope, String amount) {
        return create(invoice(scope, amount, false)).invoice();
    }

    /** A finalized invoice of {@code amount} SAR, its sync queued (not yet run). */
    public Invoice finalized(Scope scope, String amount) {
        return create(invoice(scope, amount, true)).invoice();
    }

    /** A finalized invoice of {@code amount} SAR whose sync has run: it has its current link at the gateway. */
    public PaymentLink linked(Scope scope, String amount) {
        Invoice invoice = finalized(scope, amount);
        runDueJobs();
        return currentLink(scope, invoice.id()).orElseThrow(() -> new IllegalStateException("no link was made"));
    }

    public static CreateInvoiceCommand invoice(Scope scope, String amount, boolean finalizeNow) {
        return new CreateInvoiceCommand(scope, new Customer("cus_42", "Ada", "ada@example.test"),
                CurrencyUnit.of("SAR"), null, List.of(new NewLineItem("Plan", BigDecimal.ONE, new BigDecimal(amount))),
                Map.of(), finalizeNow, Optional.empty());
    }

    /** Runs every due background job, as the workers would; how many ran. */
    public int runDueJobs() {
        int ran = 0;
        while (app.processJobs.runNextDueJob()) {
            if (++ran > 100) {
                throw new IllegalStateException("jobs keep coming");
            }
        }
        return ran;
    }

    /** Webhooks as the fake gateway signs them for the connections this scenario makes. */
    public FakeWebhookSender webhooks() {
        return app.gateway.sender().signedWith(WEBHOOK_SECRET);
    }

    /** Delivers a webhook body to the scope's fake-gateway endpoint. */
    public WebhookReceipt deliver(Scope scope, byte[] body) {
        return app.receiveWebhook.receiveWebhook(FakeGatewayProvider.TYPE, scope.tenantId().value(),
                scope.environmentId().value(), Map.of(), body);
    }

    public Invoice invoice(Scope scope, InvoiceId id) {
        return done(app.getInvoice.getInvoice(scope, id)).invoice();
    }

    public InvoiceView view(Scope scope, InvoiceId id) {
        return done(app.getInvoice.getInvoice(scope, id));
    }

    public Optional<PaymentLink> currentLink(Scope scope, InvoiceId id) {
        return view(scope, id).paymentLink();
    }

    public PaymentLink link(Scope scope, String gatewayInvoiceId) {
        return app.db.links.findByGatewayInvoiceId(scope, FakeGatewayProvider.TYPE, gatewayInvoiceId).orElseThrow();
    }

    public List<Payment> payments(Scope scope, InvoiceId id) {
        return done(app.listPayments.listPayments(scope, id));
    }

    /** Every stored event of the scope, newest first. */
    public List<WebhookEvent> events(Scope scope) {
        return app.webhookEvents.listEvents(scope, Optional.empty(), new PageRequest(100, 0)).items();
    }

    public static <T> T done(Outcome<T> outcome) {
        return outcome.fold(value -> value, refusal -> {
            throw new IllegalStateException("refused: " + refusal);
        });
    }

    /** The kind of refusal of an outcome that must be refused. */
    public static RefusalKind refusedAs(Outcome<?> outcome) {
        return outcome.fold(value -> {
            throw new IllegalStateException("done, not refused: " + value);
        }, Refusal::kind);
    }

    private InvoiceView create(CreateInvoiceCommand command) {
        return done(app.createInvoice.createInvoice(command)).view();
    }

    /** The connection view, for tests of connections. */
    public ConnectionView connectionView(Scope scope, Connection connection) {
        return done(app.getConnection.getConnection(scope, connection.id()));
    }
}
