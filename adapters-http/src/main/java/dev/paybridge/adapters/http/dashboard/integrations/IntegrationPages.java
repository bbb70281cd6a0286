package dev.paybridge.adapters.http.dashboard.integrations;

import dev.paybridge.adapters.http.dashboard.session.Flash;
import dev.paybridge.adapters.http.dashboard.web.DashboardRouter;
import dev.paybridge.adapters.http.dashboard.web.FieldErrors;
import dev.paybridge.adapters.http.dashboard.web.Visit;
import dev.paybridge.application.outcome.InvalidCommandException;
import dev.paybridge.application.outcome.Refusal;
import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.gateway.GatewayDescription;
import dev.paybridge.application.port.in.gateway.ListGatewaysUseCase;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Integrations: one card per loaded gateway plugin, and the "Add a connection" form built from its descriptors. */
public final class IntegrationPages {
    private final ListGatewaysUseCase gateways;
    private final ListConnectionsUseCase connections;
    private final CreateConnectionUseCase create;

    public IntegrationPages(ListGatewaysUseCase gateways, ListConnectionsUseCase connections,
            CreateConnectionUseCase create) {
        this.gateways = gateways;
        this.connections = connections;
        this.create = create;
    }

    public void register(DashboardRouter router) {
        router.page("/dashboard/integrations", this::list);
        router.page("/dashboard/integrations/{provider}/connect", this::connectForm);
        router.action("/dashboard/integrations/{provider}/connect", this::connect);
    }

    private void list(Visit visit) {
        List<GatewayCard> cards = gateways.listGateways().stream()
                .map(gateway -> new GatewayCard(gateway.providerType(), gateway.displayName(),
                        gateway.registersWebhooks(), active(visit, gateway.providerType())))
                .toList();
        visit.page("integrations", "integrations", cards);
    }

    private Optional<ConnectionView> active(Visit visit, String providerType) {
        return connections.listConnections(visit.scope(), Optional.of(providerType), ConnectionStatus.ACTIVE,
                new PageRequest(1, 0)).items().stream().findFirst();
    }

    private void connectForm(Visit visit) {
        gateway(visit).ifPresentOrElse(gateway -> visit.page("connect", "integrations", ConnectForm.empty(gateway)),
                visit::notFound);
    }

    private void connect(Visit visit) {
        Optional<GatewayDescription> found = gateway(visit);
        if (found.isEmpty()) {
            visit.notFound();
            return;
        }
        GatewayDescription gateway = found.get();
        String name = visit.form(ConnectForm.NAME);
        String setupText = visit.form(ConnectForm.WEBHOOK_SETUP);
        Map<String, String> credentials = new LinkedHashMap<>();
        CredentialInput.of(gateway.credentialFields()).forEach(input -> {
            String value = visit.form(input.field());
            if (!value.isEmpty()) {
                credentials.put(input.credential(), value);
            }
        });
        Optional<WebhookSetup.Mode> setup = setupText.isEmpty() ? Optional.of(WebhookSetup.Mode.MANUAL)
                : Arrays.stream(WebhookSetup.Mode.values()).filter(m -> m.wireName().equals(setupText))
                        .findFirst();
        ConnectForm entered = new ConnectForm(gateway, CredentialInput.of(gateway.credentialFields()), name,
                setup.map(WebhookSetup.Mode::wireName).orElse("manual"), FieldErrors.none(), null);
        if (setup.isEmpty()) {
            visit.page(400, "connect", "integrations", withErrors(entered, FieldErrors.of(
                    Map.of(ConnectForm.WEBHOOK_SETUP, List.of(visit.text("connect.setup.invalid"))))));
            return;
        }
        CreateConnectionCommand command;
        try {
            command = new CreateConnectionCommand(visit.scope(), name, gateway.providerType(), credentials, Map.of(),
                    SyncConfig.DEFAULT, setup.get());
        } catch (InvalidCommandException invalid) {
            refusedForm(visit, entered, invalid.refusal());
            return;
        }
        create.createConnection(command).fold(
                view -> {
                    visit.redirect("/dashboard/connections/" + view.connection().id().value(),
                            Flash.success("notice.connected", gateway.displayName()));
                    return view;
                },
                refusal -> {
                    refusedForm(visit, entered, refusal);
                    return refusal;
                });
    }

    private static void refusedForm(Visit visit, ConnectForm entered, Refusal refusal) {
        if (refusal.kind() == RefusalKind.VALIDATION_ERROR && !refusal.violations().isEmpty()) {
            visit.page(400, "connect", "integrations", withErrors(entered,
                    FieldErrors.fromViolations(refusal.violations(), path -> path)));
        } else {
            visit.page(409, "connect", "integrations", new ConnectForm(entered.gateway(), entered.inputs(),
                    entered.name(), entered.webhookSetup(), FieldErrors.none(), refusal.detail()));
        }
    }

    private static ConnectForm withErrors(ConnectForm form, FieldErrors errors) {
        return new ConnectForm(form.gateway(), form.inputs(), form.name(), form.webhookSetup(), errors, null);
    }

    private Optional<GatewayDescription> gateway(Visit visit) {
        String provider = visit.ctx().pathParam("provider");
        return gateways.listGateways().stream().filter(g -> g.providerType().equals(provider)).findFirst();
    }
}
