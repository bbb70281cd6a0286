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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.jar.JarFile;
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
        loadFrom(application, provider -> true, "class path", providers, failures);
        pluginsDir.ifPresent(dir -> jars(dir).forEach(jar -> loadJar(jar, application, providers, failures)));
        failures.forEach(failure -> LOG.error("gateway plugin failed to load: {}", failure));
        providers.forEach(provider -> LOG.info("gateway plugin loaded: {} ({}) from {}", provider.providerType(),
                provider.displayName(), source(provider)));
        return new LoadedPlugins(providers, failures);
    }

    private static void loadJar(Path jar, ClassLoader parent, List<PaymentGatewayProvider> providers,
            List<String> failures) {
        String name = jar.getFileName().toString();
        try (JarFile readable = new JarFile(jar.toFile())) {
            readable.size();
        } catch (IOException notAJar) {
            failures.add(name + ": not a readable jar (" + notAJar.getMessage() + ")");
            return;
        }
        URLClassLoader loader = new URLClassLoader("plugin " + name, new URL[] {url(jar)}, parent);
        int providersBefore = providers.size();
        int failuresBefore = failures.size();
        loadFrom(loader, provider -> provider.getClass().getClassLoader() == loader, name, providers, failures);
        if (providers.size() == providersBefore) {
            if (failures.size() == failuresBefore) {
                failures.add(name + ": declares no PaymentGatewayProvider in META-INF/services");
            }
            close(loader);
        }
    }

    /** Walks the providers one by one, so a broken entry costs only itself. */
    private static void loadFrom(ClassLoader loader, Predicate<PaymentGatewayProvider> ownedByLoader, String source,
            List<PaymentGatewayProvider> providers, List<String> failures) {
        Iterator<PaymentGatewayProvider> candidates = ServiceLoader.load(PaymentGatewayProvider.class, loader).iterator();
        while (true) {
            try {
                if (!candidates.hasNext()) {
                    return;
                }
                PaymentGatewayProvider provider = candidates.next();
                if (!ownedByLoader.test(provider)) {
                    continue;
                }
                if (providers.stream().anyMatch(p -> p.providerType().equals(provider.providerType()))) {
                    failures.add(source + ": provider type " + provider.providerType() + " is already loaded");
                } else {
                    providers.add(provider);
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError broken) {
                failures.add(source + ": " + broken);
            }
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

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing of it is in use
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
