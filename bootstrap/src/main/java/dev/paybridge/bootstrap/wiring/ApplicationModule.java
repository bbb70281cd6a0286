package dev.paybridge.bootstrap.wiring;

import com.google.inject.AbstractModule;
import dev.paybridge.application.gateway.GatewayConnections;
import dev.paybridge.application.gateway.GatewayProviders;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.application.service.connection.ConnectionService;
import dev.paybridge.application.service.connection.ConnectionTestService;
import dev.paybridge.application.service.tenant.ApiKeyService;
import dev.paybridge.application.service.tenant.TenantService;
import java.time.Clock;
import java.time.Duration;

/** Binds each use case to the service that implements it, the clock, and the loaded gateway plugins. */
public final class ApplicationModule extends AbstractModule {
    private final GatewayProviders providers;

    public ApplicationModule(GatewayProviders providers) {
        this.providers = providers;
    }

    @Override
    protected void configure() {
        // PostgreSQL keeps microseconds; a clock of the same precision makes stored and returned times agree.
        bind(Clock.class).toInstance(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        bind(GatewayProviders.class).toInstance(providers);
        installTenancy();
        installConnections();
    }

    private void installTenancy() {
        bind(TenantService.class).asEagerSingleton();
        bind(CreateTenantUseCase.class).to(TenantService.class);
        bind(ApiKeyService.class).asEagerSingleton();
        bind(IssueApiKeyUseCase.class).to(ApiKeyService.class);
        bind(RevokeApiKeyUseCase.class).to(ApiKeyService.class);
        bind(AuthenticateApiKeyUseCase.class).to(ApiKeyService.class);
    }

    private void installConnections() {
        bind(GatewayConnections.class).asEagerSingleton();
        bind(ConnectionTestService.class).asEagerSingleton();
        bind(TestConnectionUseCase.class).to(ConnectionTestService.class);
        bind(ConnectionService.class).asEagerSingleton();
        bind(CreateConnectionUseCase.class).to(ConnectionService.class);
        bind(GetConnectionUseCase.class).to(ConnectionService.class);
        bind(ListConnectionsUseCase.class).to(ConnectionService.class);
        bind(UpdateConnectionUseCase.class).to(ConnectionService.class);
        bind(ArchiveConnectionUseCase.class).to(ConnectionService.class);
    }
}
