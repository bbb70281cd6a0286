package dev.paybridge.testing.gateway;

import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.testing.fakes.SettableClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An in-process gateway account, in the spirit of Kill Bill's {@code MockPaymentProviderPlugin}: it keeps links and
 * payments in memory, carries our invoice id back, records every call paybridge makes, and can be told to make a
 * coming call unknown (before or after it takes effect), refused or slow ({@link #nextCall}, {@link #onNext}). Tests
 * play the payer through {@link FakePayer} ({@link #payer()}) and deliver its webhooks ({@link #sender()}).
 */
public final class FakeGateway implements PaymentGateway {
    private final SettableClock clock;
    private final FakeAccount account;
    private final FakeScript script = new FakeScript();
    private final List<GatewayCall> calls = new ArrayList<>();
    private final AtomicInteger eventIds = new AtomicInteger();
    private volatile String webhookSecret = "";
    private volatile GatewayMode mode = GatewayMode.TEST;

    public FakeGateway(SettableClock clock) {
        this.clock = clock;
        this.account = new FakeAccount(clock);
    }

    /** Takes the credentials of the connection that opened it: the webhook secret and the mode of its key. */
    void connect(Map<String, String> credentials) {
        webhookSecret = credentials.getOrDefault(FakeGatewayProvider.WEBHOOK_SECRET, "");
        mode = credentials.getOrDefault(FakeGatewayProvider.API_KEY, "").startsWith("fk_live_") ? GatewayMode.LIVE
                : GatewayMode.TEST;
    }

    /** Scripts the next call of any operation. */
    public NextCall nextCall() {
        return new NextCall(Optional.empty(), script::add);
    }

    /** Scripts the next call of {@code operation}. */
    public NextCall onNext(GatewayOperation operation) {
        return new NextCall(Optional.of(operation), script::add);
    }

    /** Every call made so far, oldest first. */
    public synchronized List<GatewayCall> calls() {
        return List.copyOf(calls);
    }

    /** The operations called so far, oldest first. */
    public List<GatewayOperation> operations() {
        return calls().stream().map(GatewayCall::operation).toList();
    }

    /** The gateway's side of things, as a payer and the gateway's staff change it (no call is recorded). */
    public FakePayer payer() {
        return new FakePayer(account);
    }

    /** Webhooks about this account, signed with the connected webhook secret. */
    public FakeWebhookSender sender() {
        return new FakeWebhookSender(clock, webhookSecret, eventIds);
    }

    /** Every link made at the gateway, oldest first. */
    public List<GatewayPaymentLink> links() {
        return account.links();
    }

    @Override
    public GatewayResult<ConnectionCheck> testConnection() {
        return call(GatewayOperation.TEST_CONNECTION, mode.wireName(),
                () -> GatewayResult.succeeded(new ConnectionCheck(mode)));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request) {
        return call(GatewayOperation.CREATE_LINK, request.invoiceId().value(), () -> account.create(request));
    }

    @Override
    public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId) {
        return call(GatewayOperation.FIND_LINKS, invoiceId.value(), () -> GatewayResult.succeeded(
                account.links().stream().filter(link -> invoiceId.equals(link.invoiceReference()))
                        .sorted(Comparator.comparing(GatewayPaymentLink::createdAt).reversed()).toList()));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId) {
        return call(GatewayOperation.FETCH_LINK, gatewayInvoiceId, () -> account.link(gatewayInvoiceId)
                .map(GatewayResult::succeeded).orElseGet(FakeGateway::notFound));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId) {
        return call(GatewayOperation.CANCEL_LINK, gatewayInvoiceId, () -> account.cancel(gatewayInvoiceId));
    }

    @Override
    public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
        return FakeWebhooks.verify(rawBody, webhookSecret);
    }

    private <T> GatewayResult<T> call(GatewayOperation operation, String subject, Supplier<GatewayResult<T>> effect) {
        synchronized (this) {
            calls.add(new GatewayCall(operation, subject));
        }
        Optional<Fault> fault = script.take(operation);
        if (fault.isEmpty()) {
            return effect.get();
        }
        return switch (fault.get().kind()) {
            case UNKNOWN_BEFORE_EFFECT -> GatewayResult.unknown("scripted: the connection was reset");
            case REFUSED -> GatewayResult.refused(fault.get().reason(), fault.get().message());
            case UNKNOWN_AFTER_EFFECT -> {
                effect.get();
                yield GatewayResult.unknown("scripted: timed out after the gateway acted");
            }
            case SLOW -> {
                clock.advance(fault.get().delay());
                yield effect.get();
            }
        };
    }

    static <T> GatewayResult<T> notFound() {
        return GatewayResult.refused(RefusalReason.NOT_FOUND, "no such object");
    }
}
