package dev.paybridge.bootstrap.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.money.Money;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Builds a gateway plugin jar at test time: Java sources compiled against the SPI modules only, plus a services file. */
final class PluginJarBuilder {
    private static final String SERVICES_FILE = "META-INF/services/" + PaymentGatewayProvider.class.getName();
    private final Path buildDir;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> providers = new ArrayList<>();

    private PluginJarBuilder(Path buildDir) {
        this.buildDir = buildDir;
    }

    /** A builder that compiles in {@code buildDir}, which must not exist yet. */
    static PluginJarBuilder compilingIn(Path buildDir) {
        return new PluginJarBuilder(buildDir);
    }

    PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Names a class in the jar's {@code META-INF/services} file, whether or not the jar holds it. */
    PluginJarBuilder provider(String className) {
        providers.add(className);
        return this;
    }

    Path writeTo(Path jar) {
        try {
            Path classes = Files.createDirectories(buildDir.resolve("classes"));
            if (!sources.isEmpty()) {
                compile(writeSources(Files.createDirectories(buildDir.resolve("src"))), classes);
            }
            pack(classes, jar);
            return jar;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The class path a plugin author has: the {@code application} and {@code domain} modules, nothing else. */
    static String spiClassPath() {
        return Stream.of(PaymentGatewayProvider.class, Money.class)
                .map(PluginJarBuilder::codeSource)
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
    }

    private List<Path> writeSources(Path sourceDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDir.resolve(source.getKey().replace('.', File.separatorChar) + ".java");
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, source.getValue()));
        }
        return files;
    }

    private static void compile(List<Path> sourceFiles, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("plugin jar tests need a JDK: this runtime has no system Java compiler");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-classpath", spiClassPath(),
                    "-d", classes.toString());
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sourceFiles)).call();
            if (!compiled) {
                throw new IllegalStateException("the plugin does not compile against the SPI alone: "
                        + diagnostics.getDiagnostics());
            }
        }
    }

    private void pack(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(out, classes.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            if (!providers.isEmpty()) {
                add(out, SERVICES_FILE, (String.join("\n", providers) + "\n").getBytes(UTF_8));
            }
        }
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException("no file behind the code source of " + type.getName(), impossible);
        }
    }
}
