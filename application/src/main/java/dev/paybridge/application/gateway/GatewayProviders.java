package dev.paybridge.application.gateway;

import dev.paybridge.application.port.in.gateway.GatewayDescription;
import dev.paybridge.application.port.in.gateway.ListGatewaysUseCase;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The gateway plugins loaded at start-up, by provider type: the only source of valid {@code provider_type}s. */
public final class GatewayProviders implements ListGatewaysUseCase {
    private final Map<String, PaymentGatewayProvider> byType;

    public GatewayProviders(Collection<PaymentGatewayProvider> providers) {
        this.byType = providers.stream().collect(Collectors.toMap(PaymentGatewayProvider::providerType,
                Function.identity(), (first, second) -> {
                    throw new IllegalArgumentException("two plugins claim provider type " + first.providerType());
                }, TreeMap::new));
    }

    public Optional<PaymentGatewayProvider> find(String providerType) {
        return Optional.ofNullable(byType.get(providerType));
    }

    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    @Override
    public List<GatewayDescription> listGateways() {
        return byType.values().stream().map(provider -> new GatewayDescription(provider.providerType(),
                provider.displayName(), provider.credentialFields(), provider.webhookSetup().isPresent(),
                provider.webhookEvents())).toList();
    }
}
