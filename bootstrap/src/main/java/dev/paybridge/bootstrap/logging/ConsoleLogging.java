package dev.paybridge.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * paybridge's logging: one line per event on standard output, INFO and up, the libraries' chatter at WARN. Set in
 * code rather than parsed from a {@code logback.xml}: the XML parser costs a twentieth of every start. An operator's
 * file ({@code -Dlogback.configurationFile=...}) and a test's {@code logback-test.xml} still win.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} - %msg%n";
    private static final Map<String, Level> LIBRARIES = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "io.zonky", Level.WARN, "org.flywaydb", Level.WARN, "com.zaxxer.hikari", Level.WARN, "org.jooq", Level.WARN,
            "org.jooq.Constants", Level.OFF);
    private final BooleanSupplier fileGiven;

    /** As logback's service loader makes it: a configuration file, when there is one, wins. */
    public ConsoleLogging() {
        this(() -> System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null);
    }

    ConsoleLogging(BooleanSupplier fileGiven) {
        this.fileGiven = fileGiven;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (fileGiven.getAsBoolean()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
