package dev.paybridge.moyasar.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the simulator from the command line until the process is stopped. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "moyasar-simulator-logback.xml");
        }
        int exitCode = new CommandLine(new SimulatorCommandLine(SimulatorMain::serve)).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Starts the simulator; its server threads keep the process running until it is stopped. */
    private static void serve(SimulatorOptions options) {
        Logger log = LoggerFactory.getLogger(SimulatorMain.class);
        MoyasarSimulator simulator = MoyasarSimulator.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "moyasar-simulator-shutdown"));
        log.info("Moyasar simulator listening: base URL {} (controls under {}/_sim)", simulator.baseUrl(),
                simulator.origin());
        for (SimulatedAccount account : simulator.accounts()) {
            log.info("account '{}': secret key {} publishable key {}{}", account.name(), account.secretKey(),
                    account.publishableKey(), account.live() ? " (live mode)" : "");
        }
    }
}
