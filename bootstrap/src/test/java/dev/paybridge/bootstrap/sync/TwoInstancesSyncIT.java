package dev.paybridge.bootstrap.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.moyasar.simulator.Invoice;
import dev.paybridge.moyasar.simulator.MoyasarSimulator;
import dev.paybridge.moyasar.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TwoInstancesSyncIT {
    private static final int INVOICES = 500;
    private static MoyasarSimulator simulator;
    private static RunningService first;
    private static RunningService second;

    @BeforeAll
    static void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults());
        Map<String, String> env = Map.of("PAYBRIDGE_MOYASAR_BASE_URL", simulator.baseUrl(),
                "PAYBRIDGE_GATEWAY_TIMEOUT", "2s", "PAYBRIDGE_SYNC_FIRST_RETRY", "100ms",
                "PAYBRIDGE_SYNC_SWEEP_INTERVAL", "100ms");
        first = RunningService.start(env);
        second = first.startAnotherInstance(env);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        simulator.close();
    }

    @Test
    void two_instances_on_one_database_sync_every_invoice_exactly_once() throws Exception {
        GatewayFixture gateway = GatewayFixture.connect(first, simulator, true);
        ApiClient viaSecond = gateway.api().at(second.baseUrl());
        simulator.faults().on("POST", "/v1/invoices").latency(Duration.ofMillis(10)).always();
        simulator.faults().on("POST", "/v1/invoices").status(503).times(20);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<String>> creates = new ArrayList<>();
            for (int i = 0; i < INVOICES; i++) {
                ApiClient client = i % 2 == 0 ? gateway.api() : viaSecond;
                creates.add(() -> client.post("/v1/invoices", """
                        {"customer": {"external_id": "cus_bulk"}, "currency": "SAR",
                         "line_items": [{"description": "Seat", "quantity": "1", "unit_amount": "10.00"}],
                         "finalize": true}""").text("id"));
            }
            for (Future<String> id : pool.invokeAll(creates)) {
                ids.add(id.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (syncedCount() < INVOICES && Instant.now().isBefore(deadline)) {
            GatewayFixture.sleep(100);
        }
        assertThat(syncedCount()).isEqualTo(INVOICES);
        List<Invoice> atGateway = simulator.invoices(gateway.account().secretKey());
        Set<String> ours = atGateway.stream().map(invoice -> invoice.metadata().get("paybridge_invoice_id"))
                .collect(Collectors.toSet());
        assertThat(atGateway).as("no duplicate at the gateway").hasSize(INVOICES);
        assertThat(ours).as("no invoice lost").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(first.count("payment_links")).isEqualTo(INVOICES);
    }

    private static long syncedCount() {
        return first.query("SELECT count(*) FROM gateway_jobs WHERE kind = 'invoice_sync' AND state = 'done'", rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }
}
