package dev.paybridge.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void logs_info_and_up_to_standard_output_and_the_libraries_at_warn() {
        assertThat(new ConsoleLogging(() -> false).configure(context))
                .isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("dev.paybridge.bootstrap.Main").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("org.eclipse.jetty.server.Server").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("org.flywaydb.core.Flyway").isWarnEnabled()).isTrue();
        assertThat(context.getLogger("org.jooq.Constants").isErrorEnabled()).isFalse();
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDOUT");
        assertThat(console.isStarted()).isTrue();
        assertThat(console.getTarget()).isEqualTo("System.out");
    }

    @Test
    void a_line_is_a_utc_timestamp_level_thread_logger_and_message() {
        new ConsoleLogging(() -> false).configure(context);
        Logger logger = context.getLogger("dev.paybridge.bootstrap.PaybridgeService");
        LoggingEvent event = new LoggingEvent("test", logger, Level.WARN, "listening on port {}", null,
                new Object[] {8080});
        event.setThreadName("main");
        event.setTimeStamp(1_764_720_000_123L);
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).getEncoder();

        assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8)).isEqualTo(
                "2025-12-03T00:00:00.123Z WARN  [main] d.p.bootstrap.PaybridgeService - listening on port 8080"
                        + System.lineSeparator());
    }

    @Test
    void logback_finds_it_as_a_service() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(ConsoleLogging.class);
    }

    @Test
    void a_configuration_file_wins() {
        assertThat(new ConsoleLogging(() -> true).configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
