package dev.paybridge.adapters.http.invoice;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.auth.ApiKeyAuthentication;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.adapters.http.support.JsonBody;
import dev.paybridge.adapters.http.support.Outcomes;
import dev.paybridge.adapters.http.support.Pagination;
import dev.paybridge.adapters.http.support.PathIds;
import dev.paybridge.adapters.http.support.RefusedRequestException;
import dev.paybridge.adapters.http.support.RequestBodies;
import dev.paybridge.adapters.http.support.RequestErrors;
import dev.paybridge.adapters.http.support.Responses;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.CreatedInvoice;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.in.invoice.ListPaymentsUseCase;
import dev.paybridge.application.port.in.invoice.QueueInvoiceSyncUseCase;
import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.tenant.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /v1/invoices} and {@code /v1/integrations/sync}: invoices, their payment links and their gateway sync. */
public final class InvoiceRoutes implements RouteGroup {
    private final CreateInvoiceUseCase create;
    private final GetInvoiceUseCase get;
    private final ListInvoicesUseCase list;
    private final FinalizeInvoiceUseCase finalizer;
    private final VoidInvoiceUseCase voider;
    private final RequestPaymentLinkUseCase paymentLinks;
    private final QueueInvoiceSyncUseCase queueSync;
    private final ListPaymentsUseCase payments;
    private final Clock clock;

    @Inject
    public InvoiceRoutes(CreateInvoiceUseCase create, GetInvoiceUseCase get, ListInvoicesUseCase list,
            FinalizeInvoiceUseCase finalizer, VoidInvoiceUseCase voider, RequestPaymentLinkUseCase paymentLinks,
            QueueInvoiceSyncUseCase queueSync, ListPaymentsUseCase payments, Clock clock) {
        this.payments = payments;
        this.create = create;
        this.get = get;
        this.list = list;
        this.finalizer = finalizer;
        this.voider = voider;
        this.paymentLinks = paymentLinks;
        this.queueSync = queueSync;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/invoices", this::create);
        routes.get("/v1/invoices", this::list);
        routes.get("/v1/invoices/{id}",
                ctx -> answer(ctx, get.getInvoice(ApiKeyAuthentication.scope(ctx), id(ctx))));
        routes.post("/v1/invoices/{id}/finalize",
                ctx -> answer(ctx, finalizer.finalizeInvoice(ApiKeyAuthentication.scope(ctx), id(ctx))));
        routes.post("/v1/invoices/{id}/void",
                ctx -> answer(ctx, voider.voidInvoice(ApiKeyAuthentication.scope(ctx), id(ctx))));
        routes.post("/v1/invoices/{id}/payment-link", this::paymentLink);
        routes.get("/v1/invoices/{id}/payments", this::payments);
        routes.post("/v1/integrations/sync", this::queueSync);
    }

    private void create(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        CreateInvoiceCommand command = InvoiceRequests.create(scope,
                RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT), ctx.header("Idempotency-Key"),
                view -> new RememberedAnswer(201, Json.write(InvoiceJson.of(view, clock.instant()))));
        CreatedInvoice created = Outcomes.value(create.createInvoice(command));
        if (created.answer().isPresent()) {
            ctx.status(created.answer().get().status()).contentType(Responses.JSON)
                    .result(created.answer().get().body());
        } else {
            Responses.json(ctx, 201, InvoiceJson.of(created.view(), clock.instant()));
        }
    }

    private void list(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        RequestErrors errors = new RequestErrors();
        Optional<InvoiceStatus> invoiceStatus = choice(ctx, "invoice_status", InvoiceStatus.class, errors);
        Optional<PaymentStatus> paymentStatus = choice(ctx, "payment_status", PaymentStatus.class, errors);
        Optional<String> customer = Optional.ofNullable(ctx.queryParam("customer_external_id")).filter(id -> !id.isEmpty());
        if (customer.isPresent() && customer.get().indexOf('\u0000') >= 0) {
            errors.add("customer_external_id", "must not contain the NUL character");
        }
        errors.throwIfAny();
        InvoiceFilter filter = new InvoiceFilter(invoiceStatus, paymentStatus, customer);
        var page = list.listInvoices(scope, filter, Pagination.request(ctx));
        Responses.json(ctx, 200, Pagination.envelope(page, view -> InvoiceJson.of(view, clock.instant())));
    }

    private void paymentLink(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        InvoiceId id = id(ctx);
        byte[] raw = RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT);
        Optional<String> providerType = Optional.empty();
        if (raw.length > 0) {
            JsonBody body = JsonBody.parse(raw);
            providerType = body.optionalString("provider_type");
            body.finish();
        }
        PaymentLink link = Outcomes.value(paymentLinks.requestPaymentLink(scope, id, providerType));
        Responses.json(ctx, 200, PaymentLinkJson.of(link, clock.instant()));
    }

    private void payments(Context ctx) {
        List<Payment> all = Outcomes.value(payments.listPayments(ApiKeyAuthentication.scope(ctx), id(ctx)));
        PageRequest request = Pagination.request(ctx);
        List<Payment> slice = all.stream().skip(request.offset()).limit(request.limit()).toList();
        Responses.json(ctx, 200, Pagination.envelope(new Page<>(slice, all.size(), request), PaymentJson::of));
    }

    private void queueSync(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        JsonBody body = JsonBody.parse(RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT));
        String entityType = body.requiredString("entity_type");
        String entityId = body.requiredString("entity_id");
        if (entityType != null && !entityType.equals("invoice")) {
            body.reject("entity_type", "must be invoice");
        }
        body.finish();
        InvoiceId id = InvoiceId.parse(entityId)
                .orElseThrow(() -> new RefusedRequestException(Refusal.notFound("invoice")));
        Outcomes.value(queueSync.queueSync(scope, id));
        Responses.json(ctx, 202, new QueuedJson(entityType, entityId, "queued"));
    }

    private void answer(Context ctx, Outcome<InvoiceView> outcome) {
        Responses.json(ctx, 200, InvoiceJson.of(Outcomes.value(outcome), clock.instant()));
    }

    private static InvoiceId id(Context ctx) {
        return PathIds.parse(ctx, "id", InvoiceId::parse, "invoice");
    }

    private static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type,
            RequestErrors errors) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(value);
            }
        }
        errors.add(name, "is not one of the " + name.replace('_', ' ') + " values");
        return Optional.empty();
    }

    record QueuedJson(String entityType, String entityId, String status) {
    }
}
