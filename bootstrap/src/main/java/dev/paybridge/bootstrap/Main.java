package dev.paybridge.bootstrap;

import dev.paybridge.adapters.persistence.crypto.TinkKeysets;
import dev.paybridge.bootstrap.config.ConfigurationException;
import dev.paybridge.bootstrap.config.EnvironmentConfigLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The {@code paybridge} command line: {@code serve} runs the service, {@code create-keyset} makes a master keyset. */
@Command(name = "paybridge", mixinStandardHelpOptions = true, version = "paybridge 0.1.0",
        description = "Connects a billing platform's invoices to payment gateways.",
        subcommands = {Main.Serve.class, Main.CreateKeyset.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    /** Runs the service until the process is stopped. */
    @Command(name = "serve", description = "Start the HTTP service (configured by PAYBRIDGE_* environment variables).")
    static final class Serve implements Callable<Integer> {
        @Override
        public Integer call() throws InterruptedException {
            PaybridgeService service;
            try {
                service = PaybridgeService.start(EnvironmentConfigLoader.load(System.getenv()));
            } catch (ConfigurationException wrong) {
                System.err.println("paybridge cannot start: " + wrong.getMessage());
                return 2;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.close();
                stopped.countDown();
            }, "paybridge-shutdown"));
            stopped.await();
            return 0;
        }
    }

    /** Writes a new AES-256-GCM Tink keyset for {@code PAYBRIDGE_MASTER_KEYSET}. */
    @Command(name = "create-keyset", description = "Write a new master keyset (Tink JSON, mode 0600) to FILE.")
    static final class CreateKeyset implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() {
            TinkKeysets.create(file);
            System.out.println("wrote master keyset " + file.toAbsolutePath());
            return 0;
        }
    }
}
