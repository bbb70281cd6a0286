package dev.paybridge.application.spi;

import dev.paybridge.domain.connection.GatewayMode;
import java.util.Objects;

/** What a successful connection test proved: the credentials work, in this mode. */
public record ConnectionCheck(GatewayMode mode) {
    public ConnectionCheck {
        Objects.requireNonNull(mode, "mode");
    }
}
