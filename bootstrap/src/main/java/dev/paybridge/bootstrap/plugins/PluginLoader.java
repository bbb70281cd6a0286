package dev.paybridge.bootstrap.plugins;

import dev.paybridge.application.spi.PaymentGatewayProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds {@link PaymentGatewayProvider}s on the class path and in each jar of the plugins directory, each jar in a
 * class loader of its own; a plugin that fails to load is reported by name and the rest still load.
 */
public final class PluginLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    public static LoadedPlugins load(Optional<Path> pluginsDir) {
        List<PaymentGatewayProvider> providers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ClassLoader application = PluginLoader.class.getClassLoader();
        loadFrom(ServiceLoader.load(PaymentGatewayProvider.class, application), "class path", providers, failures);
        pluginsDir.ifPresent(dir -> jars(dir).forEach(jar -> {
            try {
                URLClassLoader loader = new URLClassLoader("plugin " + jar.getFileName(), new URL[] {url(jar)}, application);
                int before = providers.size();
                loadFrom(ServiceLoader.load(PaymentGatewayProvider.class, loader).stream()
                        .filter(provider -> provider.type().getClassLoader() == loader), jar.getFileName().toString(),
                        providers, failures);
                if (providers.size() == before && failures.stream().noneMatch(f -> f.startsWith(jar.getFileName() + ":"))) {
                    failures.add(jar.getFileName() + ": no PaymentGatewayProvider declared in META-INF/services");
                }
            } catch (RuntimeException | LinkageError broken) {
                failures.add(jar.getFileName() + ": " + broken);
            }
        }));
        failures.forEach(failure -> LOG.error("gateway plugin failed to load: {}", failure));
        providers.forEach(provider -> LOG.info("gateway plugin loaded: {} ({}) from {}", provider.providerType(),
                provider.displayName(), source(provider)));
        return new LoadedPlugins(providers, failures);
    }

    private static void loadFrom(ServiceLoader<PaymentGatewayProvider> loader, String source,
            List<PaymentGatewayProvider> providers, List<String> failures) {
        loadFrom(loader.stream(), source, providers, failures);
    }

    private static void loadFrom(Stream<ServiceLoader.Provider<PaymentGatewayProvider>> candidates, String source,
            List<PaymentGatewayProvider> providers, List<String> failures) {
        try {
            candidates.forEach(candidate -> {
                try {
                    PaymentGatewayProvider provider = candidate.get();
                    if (providers.stream().anyMatch(p -> p.providerType().equals(provider.providerType()))) {
                        failures.add(source + ": provider type " + provider.providerType() + " is already loaded");
                    } else {
                        providers.add(provider);
                    }
                } catch (ServiceConfigurationError | RuntimeException | LinkageError broken) {
                    failures.add(source + ": " + broken);
                }
            });
        } catch (ServiceConfigurationError | LinkageError broken) {
            failures.add(source + ": " + broken);
        }
    }

    private static List<Path> jars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list the plugins directory " + dir, unreadable);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalArgumentException(jar.toString(), impossible);
        }
    }

    private static String source(PaymentGatewayProvider provider) {
        ClassLoader loader = provider.getClass().getClassLoader();
        return loader instanceof URLClassLoader plugin && plugin.getName() != null ? plugin.getName() : "class path";
    }

    /** The providers that loaded and a message for each plugin that did not. */
    public record LoadedPlugins(List<PaymentGatewayProvider> providers, List<String> failures) {
    }
}
