package dev.paybridge.adapters.http.dashboard.invoices;

import dev.paybridge.adapters.http.dashboard.session.Flash;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.InvoiceFilter;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.invoice.CreateInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.FinalizeInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.GetInvoiceUseCase;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.application.port.in.invoice.ListInvoicesUseCase;
import dev.paybridge.application.port.in.invoice.ListPaymentsUseCase;
import dev.paybridge.application.port.in.invoice.RequestPaymentLinkUseCase;
import dev.paybridge.application.port.in.invoice.VoidInvoiceUseCase;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.PaymentStatus;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Invoices: the filtered, paged list, one invoice with its link and payments, creating a one-off invoice, voiding. */
public final class InvoicePages {
    private final ListInvoicesUseCase list;
    private final GetInvoiceUseCase get;
    private final CreateInvoiceUseCase create;
    private final FinalizeInvoiceUseCase finalizer;
    private final VoidInvoiceUseCase voider;
    private final RequestPaymentLinkUseCase paymentLinks;
    private final ListPaymentsUseCase payments;
    private final Clock clock;

    public InvoicePages(ListInvoicesUseCase list, GetInvoiceUseCase get, CreateInvoiceUseCase create,
            FinalizeInvoiceUseCase finalizer, VoidInvoiceUseCase voider, RequestPaymentLinkUseCase paymentLinks,
            ListPaymentsUseCase payments, Clock clock) {
        this.list = list;
        this.get = get;
        this.create = create;
        this.finalizer = finalizer;
        this.voider = voider;
        this.paymentLinks = paymentLinks;
        this.payments = payments;
        this.clock = clock;
    }

    public void register(DashboardRouter router) {
        router.page("/dashboard/invoices", this::list);
        router.page("/dashboard/invoices/new", visit -> visit.page("invoice-new", "invoices", InvoiceForm.empty()));
        router.action("/dashboard/invoices/new", this::create);
        router.page("/dashboard/invoices/{id}", this::show);
        router.action("/dashboard/invoices/{id}/finalize", visit -> act(visit, id -> finalizer.finalizeInvoice(
                visit.scope(), id), "notice.finalized"));
        router.action("/dashboard/invoices/{id}/void", visit -> act(visit, id -> voider.voidInvoice(visit.scope(), id),
                "notice.voided"));
        router.action("/dashboard/invoices/{id}/payment-link", visit -> act(visit, id -> paymentLinks
                .requestPaymentLink(visit.scope(), id, Optional.empty()), "notice.linkReady"));
    }

    private void list(Visit visit) {
        String invoiceStatus = visit.query("invoice_status").orElse("");
        String paymentStatus = visit.query("payment_status").orElse("");
        String customer = visit.query("customer").orElse("");
        InvoiceFilter filter = new InvoiceFilter(
                Arrays.stream(InvoiceStatus.values()).filter(s -> s.wireName().equals(invoiceStatus)).findFirst(),
                Arrays.stream(PaymentStatus.values()).filter(s -> s.wireName().equals(paymentStatus)).findFirst(),
                Optional.of(customer).filter(text -> !text.isEmpty() && text.indexOf('\u0000') < 0));
        int offset = visit.query("offset").map(InvoicePages::offset).orElse(0);
        var page = list.listInvoices(visit.scope(), filter, new PageRequest(PageRequest.DEFAULT_LIMIT, offset));
        visit.page("invoices", "invoices", new InvoiceList(page, invoiceStatus, paymentStatus, customer,
                clock.instant()));
    }

    private void show(Visit visit) {
        Optional<InvoiceId> id = InvoiceId.parse(visit.ctx().pathParam("id"));
        if (id.isEmpty()) {
            visit.notFound();
            return;
        }
        get.getInvoice(visit.scope(), id.get())
                .flatMap(view -> payments.listPayments(visit.scope(), id.get())
                        .map(paid -> new InvoiceDetail(view, paid, clock.instant())))
                .fold(detail -> {
                    visit.page("invoice", "invoices", detail);
                    return detail;
                }, refusal -> {
                    visit.refused(refusal, "/dashboard/invoices");
                    return refusal;
                });
    }

    private void create(Visit visit) {
        InvoiceForm.Read read = InvoiceForm.entered(visit).read(visit.scope());
        if (read.command().isEmpty()) {
            visit.page(400, "invoice-new", "invoices", read.form());
            return;
        }
        create.createInvoice(read.command().get()).fold(
                created -> {
                    visit.redirect("/dashboard/invoices/" + created.view().invoice().id().value(),
                            Flash.success("notice.invoiceCreated", created.view().invoice().number()));
                    return created;
                },
                refusal -> {
                    visit.page(400, "invoice-new", "invoices", refusal.kind() == RefusalKind.VALIDATION_ERROR
                            && !refusal.violations().isEmpty()
                            ? read.form().withErrors(read.errors(refusal.violations()))
                            : read.form().withRefusal(refusal.detail()));
                    return refusal;
                });
    }

    private static void act(Visit visit, Function<InvoiceId, Outcome<?>> action, String doneKey) {
        Optional<InvoiceId> id = InvoiceId.parse(visit.ctx().pathParam("id"));
        if (id.isEmpty()) {
            visit.notFound();
            return;
        }
        String back = "/dashboard/invoices/" + id.get().value();
        action.apply(id.get()).fold(
                done -> {
                    visit.redirect(back, Flash.success(doneKey));
                    return done;
                },
                refusal -> {
                    visit.refused(refusal, back);
                    return refusal;
                });
    }

    private static int offset(String text) {
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
