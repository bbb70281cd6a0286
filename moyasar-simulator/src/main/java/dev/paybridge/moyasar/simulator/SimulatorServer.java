package dev.paybridge.moyasar.simulator;

import io.javalin.Javalin;

/** Assembles the Javalin server: the {@code /v1} API, the hosted checkout page and the {@code /_sim} controls. */
final class SimulatorServer {

    private SimulatorServer() {
    }

    static Javalin create(SimulatorCore core) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            ApiPipeline pipeline = new ApiPipeline(new Authenticator(core.state), core.faults, core.hangs,
                    core.requests, new EdgePage(core.options.blockedUserAgentPrefixes(),
                    core.options.blockMissingUserAgent()), core.clock);
            ApiRouter router = new ApiRouter(config.routes, pipeline);
            new InvoiceEndpoints(core.invoices).register(router);
            new PaymentEndpoints(core.payments, core.processor, core.adjuster, core.state).register(router);
            new WebhookEndpoints(core.webhooks, core.verifier).register(router);
            router.notFoundForTheRest();
            new CheckoutPage(core.invoices, core.processor).register(config.routes);
            new ControlEndpoints(core).register(config.routes);
            new WebhookControlEndpoints(core).register(config.routes);
            new ObservationEndpoints(core).register(config.routes);
            new FaultControlEndpoints(core.faults, core.webhookFaults).register(config.routes);
        });
    }
}
