package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paybridge.bootstrap.testing.RunningService;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BindAddressIT {

    @Test
    void listens_on_this_host_only_unless_told_to_listen_on_every_interface() throws Exception {
        Optional<InetAddress> outward = NetworkInterface.networkInterfaces()
                .filter(nic -> isUp(nic) && !isLoopback(nic))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst();
        assumeTrue(outward.isPresent(), "this host has an IPv4 address besides loopback");

        try (RunningService local = RunningService.start()) {
            int port = URI.create(local.baseUrl()).getPort();
            assertThat(local.anonymous().get("/health").status()).isEqualTo(200);
            assertThatThrownBy(() -> connect(outward.get(), port)).isInstanceOf(IOException.class);
        }
        try (RunningService everywhere = RunningService.start(Map.of("PAYBRIDGE_BIND_ADDRESS", "0.0.0.0"))) {
            connect(outward.get(), URI.create(everywhere.baseUrl()).getPort());
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
        }
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (IOException unknown) {
            return false;
        }
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return nic.isLoopback();
        } catch (IOException unknown) {
            return true;
        }
    }
}
