package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.adapters.http.dashboard.session.Flash;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.FieldErrors;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.outcome.InvalidCommandException;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.SetUpWebhookUseCase;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.in.gateway.GatewayDescription;
import dev.paybridge.application.port.in.gateway.ListGatewaysUseCase;
import dev.paybridge.domain.connection.ConnectionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A connection's page and its actions: rotate keys, test the connection, set up the webhook again, archive. */
public final class ConnectionPages {
    private final GetConnectionUseCase get;
    private final ListGatewaysUseCase gateways;
    private final UpdateConnectionUseCase update;
    private final TestConnectionUseCase test;
    private final SetUpWebhookUseCase setUpWebhook;
    private final ArchiveConnectionUseCase archive;

    public ConnectionPages(GetConnectionUseCase get, ListGatewaysUseCase gateways, UpdateConnectionUseCase update,
            TestConnectionUseCase test, SetUpWebhookUseCase setUpWebhook, ArchiveConnectionUseCase archive) {
        this.get = get;
        this.gateways = gateways;
        this.update = update;
        this.test = test;
        this.setUpWebhook = setUpWebhook;
        this.archive = archive;
    }

    public void register(DashboardRouter router) {
        router.page("/dashboard/connections/{id}", this::show);
        router.action("/dashboard/connections/{id}/rotate", this::rotate);
        router.action("/dashboard/connections/{id}/test", this::test);
        router.action("/dashboard/connections/{id}/webhook-setup", this::setUpWebhook);
        router.action("/dashboard/connections/{id}/archive", this::archive);
    }

    private void show(Visit visit) {
        withConnection(visit, view -> visit.page("connection", "integrations", page(view, FieldErrors.none())));
    }

    private void rotate(Visit visit) {
        withConnection(visit, view -> {
            Map<String, String> replacements = new LinkedHashMap<>();
            page(view, FieldErrors.none()).rotateInputs().forEach(input -> {
                String value = visit.form(input.field());
                if (!value.isEmpty()) {
                    replacements.put(input.credential(), value);
                }
            });
            if (replacements.isEmpty()) {
                visit.redirect(base(view), Flash.failure("notice.rotate.nothing"));
                return;
            }
            UpdateConnectionCommand command;
            try {
                command = new UpdateConnectionCommand(visit.scope(), view.connection().id(), Optional.empty(),
                        Optional.empty(), Optional.empty(), replacements);
            } catch (InvalidCommandException invalid) {
                visit.showing(base(view)).page(400, "connection", "integrations", page(view,
                        FieldErrors.fromViolations(invalid.refusal().violations(), path -> path)));
                return;
            }
            update.updateConnection(command).fold(
                    rotated -> {
                        visit.redirect(base(view), Flash.success("notice.rotated"));
                        return rotated;
                    },
                    refusal -> {
                        if (refusal.kind() == RefusalKind.VALIDATION_ERROR && !refusal.violations().isEmpty()) {
                            visit.showing(base(view)).page(400, "connection", "integrations", page(view,
                                    FieldErrors.fromViolations(refusal.violations(), path -> path)));
                        } else {
                            visit.refused(refusal, base(view));
                        }
                        return refusal;
                    });
        });
    }

    private void test(Visit visit) {
        ConnectionId id = id(visit).orElse(null);
        if (id == null) {
            visit.notFound();
            return;
        }
        String back = "/dashboard/connections/" + id.value();
        test.testConnection(visit.scope(), id).fold(
                result -> {
                    visit.redirect(back, result.ok()
                            ? Flash.success("notice.tested.ok", result.mode().wireName(), Long.toString(result.latencyMs()))
                            : Flash.failure("notice.tested.failed", result.errorCode(), result.errorMessage()));
                    return result;
                },
                refusal -> {
                    visit.refused(refusal, back);
                    return refusal;
                });
    }

    private void setUpWebhook(Visit visit) {
        withConnection(visit, view -> setUpWebhook.setUpWebhook(visit.scope(), view.connection().id()).fold(
                queued -> {
                    visit.redirect(base(view), Flash.success("notice.webhookSetup"));
                    return queued;
                },
                refusal -> {
                    visit.refused(refusal, base(view));
                    return refusal;
                }));
    }

    private void archive(Visit visit) {
        withConnection(visit, view -> archive.archiveConnection(visit.scope(), view.connection().id()).fold(
                archived -> {
                    visit.redirect("/dashboard/integrations",
                            Flash.success("notice.archived", archived.connection().name()));
                    return archived;
                },
                refusal -> {
                    visit.refused(refusal, base(view));
                    return refusal;
                }));
    }

    private ConnectionPage page(ConnectionView view, FieldErrors rotateErrors) {
        Optional<GatewayDescription> gateway = gateways.listGateways().stream()
                .filter(g -> g.providerType().equals(view.connection().providerType())).findFirst();
        return new ConnectionPage(view, gateway.map(GatewayDescription::displayName)
                .orElse(view.connection().providerType()),
                gateway.map(GatewayDescription::webhookEvents).orElse(List.of()),
                gateway.map(g -> CredentialInput.of(g.credentialFields())).orElse(List.of()), rotateErrors);
    }

    private void withConnection(Visit visit, Consumer<ConnectionView> then) {
        Optional<ConnectionId> id = id(visit);
        if (id.isEmpty()) {
            visit.notFound();
            return;
        }
        get.getConnection(visit.scope(), id.get()).fold(
                view -> {
                    then.accept(view);
                    return view;
                },
                refusal -> {
                    visit.refused(refusal, "/dashboard/integrations");
                    return refusal;
                });
    }

    private static Optional<ConnectionId> id(Visit visit) {
        return ConnectionId.parse(visit.ctx().pathParam("id"));
    }

    private static String base(ConnectionView view) {
        return "/dashboard/connections/" + view.connection().id().value();
    }
}
