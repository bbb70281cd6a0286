package dev.paybridge.bootstrap;

import dev.paybridge.adapters.persistence.crypto.TinkKeysets;
import dev.paybridge.bootstrap.config.ConfigurationException;
import dev.paybridge.bootstrap.config.EnvironmentConfigLoader;
import dev.paybridge.bootstrap.config.PaybridgeConfig;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code paybridge} command line: {@code serve} runs the service, {@code check} starts it once and stops,
 * {@code create-keyset FILE} makes a master keyset. Commands read by hand: a command-line library's class files cost
 * a tenth of every start on JDK 17, which cannot keep them in the class-data archive (performance-notes.md, section
 * 13).
 */
public final class Main {
    static final int USAGE_ERROR = 2;
    static final String VERSION = "paybridge 0.1.0";
    static final String USAGE = """
            Usage: paybridge [-hV] COMMAND
            Connects a billing platform's invoices to payment gateways.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              serve               Start the HTTP service (configured by PAYBRIDGE_* environment variables).
              check               Start the service as serve does (database, migrations, keyset, plugins), on a
                                  free port, ask its /ready once, then stop; exit 0 when it answered 200.
              create-keyset FILE  Write a new master keyset (Tink JSON, mode 0600) to FILE.
            """;
    private static final Set<String> HELP = Set.of("-h", "--help");
    private static final Set<String> VERSION_FLAGS = Set.of("-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /** Runs the command the arguments name, configured by {@code env}; its exit code. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.stream().anyMatch(HELP::contains)) {
            out.print(USAGE);
            return 0;
        }
        if (args.stream().anyMatch(VERSION_FLAGS::contains)) {
            out.println(VERSION);
            return 0;
        }
        if (args.isEmpty()) {
            return usageError(err, "a command is missing");
        }
        String command = args.get(0);
        List<String> operands = args.subList(1, args.size());
        return switch (command) {
            case "serve" -> operands.isEmpty() ? serve(env, err)
                    : usageError(err, "serve takes no arguments, got " + operands);
            case "check" -> operands.isEmpty() ? check(env, out, err)
                    : usageError(err, "check takes no arguments, got " + operands);
            case "create-keyset" -> operands.size() == 1 && !operands.get(0).startsWith("-")
                    ? createKeyset(operands.get(0), out, err)
                    : usageError(err, "create-keyset takes one argument, the FILE to write, got " + operands);
            default -> usageError(err, "unknown command '" + command + "'");
        };
    }

    private static int usageError(PrintStream err, String problem) {
        err.println("paybridge: " + problem);
        err.print(USAGE);
        return USAGE_ERROR;
    }

    /** Runs the service until the process is stopped. */
    private static int serve(Map<String, String> env, PrintStream err) {
        PaybridgeService service;
        try {
            service = PaybridgeService.start(EnvironmentConfigLoader.load(env));
        } catch (ConfigurationException wrong) {
            err.println("paybridge cannot start: " + wrong.getMessage());
            return USAGE_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "paybridge-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Starts the service as {@code serve} would, but on a free port (beside a running instance), asks its own
     * {@code /ready} and stops. The build runs it to record the class-data archive of a start.
     */
    private static int check(Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            PaybridgeConfig config = EnvironmentConfigLoader.load(env).withHttpPort(0);
            try (PaybridgeService service = PaybridgeService.start(config)) {
                ReadyProbe.Answer answer = ReadyProbe.ask(config.bindAddress(), service.port());
                if (answer.status() != ReadyProbe.READY) {
                    err.println("paybridge started but /ready answered " + answer.status() + ": " + answer.body());
                    return 1;
                }
                out.println("paybridge started and is ready: " + answer.body());
                return 0;
            }
        } catch (ConfigurationException wrong) {
            err.println("paybridge cannot start: " + wrong.getMessage());
            return USAGE_ERROR;
        } catch (RuntimeException failed) {
            err.println("paybridge cannot start: " + (failed.getMessage() == null ? failed.toString()
                    : failed.getMessage()));
            return 1;
        }
    }

    /** Writes a new AES-256-GCM Tink keyset for {@code PAYBRIDGE_MASTER_KEYSET}. */
    private static int createKeyset(String file, PrintStream out, PrintStream err) {
        try {
            Path path = Path.of(file);
            TinkKeysets.create(path);
            out.println("wrote master keyset " + path.toAbsolutePath());
            return 0;
        } catch (UncheckedIOException unwritable) {
            err.println("paybridge: " + unwritable.getMessage() + ": " + unwritable.getCause().getMessage());
            return 1;
        } catch (InvalidPathException | IllegalStateException refused) {
            err.println("paybridge: " + refused.getMessage());
            return 1;
        }
    }
}
