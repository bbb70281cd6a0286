package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExecutableJarIT {

    @Test
    void the_shaded_jar_serves_the_api_with_the_given_keys() throws Exception {
        Path jar = Path.of("target", "moyasar-simulator.jar");
        assertThat(jar).exists();
        int port = freePort();
        Path output = Files.createTempFile("moyasar-simulator", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", String.valueOf(port), "--secret-key", "sk_test_jar",
                "--publishable-key", "pk_test_jar", "--webhook-retry-delays", "200ms,1s")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            awaitHealthy(client, port);

            HttpResponse<String> created = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v1/invoices"))
                    .header("User-Agent", SimulatorHttp.USER_AGENT)
                    .header("Authorization", SimulatorHttp.basic("sk_test_jar"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SimulatorHttp.write(Bodies.invoice()))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(Files.readString(output)).contains("sk_test_jar", "pk_test_jar",
                    "http://localhost:" + port + "/v1");
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(output);
        }
    }

    private static void awaitHealthy(HttpClient client, int port) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/_sim/health")).timeout(Duration.ofSeconds(1))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the simulator jar did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
