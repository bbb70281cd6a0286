package dev.paybridge.bootstrap.plugins;

import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.bootstrap.config.ConfigurationException;
import dev.paybridge.bootstrap.config.PaybridgeConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Hands each plugin its {@code PAYBRIDGE_<PROVIDER>_*} settings at start-up; a setting it refuses stops start-up. */
public final class GatewayPluginSettings {
    private GatewayPluginSettings() {
    }

    public static void configure(List<PaymentGatewayProvider> providers, PaybridgeConfig config) {
        for (PaymentGatewayProvider provider : providers) {
            GatewaySettings settings = settingsFor(provider.providerType(), config);
            try {
                provider.configure(settings);
            } catch (IllegalArgumentException refused) {
                throw new ConfigurationException(refused.getMessage());
            }
        }
    }

    static GatewaySettings settingsFor(String providerType, PaybridgeConfig config) {
        String prefix = "PAYBRIDGE_" + providerType.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
        Map<String, String> values = new TreeMap<>();
        config.variables().forEach((name, value) -> {
            if (name.startsWith(prefix) && !value.isBlank()) {
                values.put(name.substring(prefix.length()).toLowerCase(Locale.ROOT), value.trim());
            }
        });
        return new GatewaySettings(prefix, values, config.gatewayTimeout(), config.allowInsecureHttp());
    }
}
