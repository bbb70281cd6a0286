package dev.paybridge.moyasar.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A running simulator for one test class, an HTTP client for it, and a fresh account for each test. */
abstract class SimulatorFixture {
    static MoyasarSimulator simulator;
    static SimulatorHttp http;
    SimulatedAccount account;

    @BeforeAll
    static void startSimulator() {
        simulator = MoyasarSimulator.start();
        http = new SimulatorHttp(simulator);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void freshAccount() {
        account = simulator.createAccount();
    }
}
