package dev.paybridge.moyasar.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the simulator from the command line until the process is stopped. */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "moyasar-simulator-logback.xml");
        }
        Logger log = LoggerFactory.getLogger(SimulatorMain.class);
        SimulatorCommandLine commandLine;
        try {
            commandLine = SimulatorCommandLine.parse(args);
        } catch (IllegalArgumentException invalid) {
            log.error("{}\n{}", invalid.getMessage(), SimulatorCommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            log.info("\n{}", SimulatorCommandLine.USAGE);
            return;
        }
        MoyasarSimulator simulator = MoyasarSimulator.start(commandLine.options());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "moyasar-simulator-shutdown"));
        log.info("Moyasar simulator listening: base URL {} (controls under {}/_sim)", simulator.baseUrl(),
                simulator.origin());
        for (SimulatedAccount account : simulator.accounts()) {
            log.info("account '{}': secret key {} publishable key {}{}", account.name(), account.secretKey(),
                    account.publishableKey(), account.live() ? " (live mode)" : "");
        }
    }
}
