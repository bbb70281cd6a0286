package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.spi.GatewayResult;
import java.util.function.Supplier;

/** Call slots that are free until a test says they are all taken; then no call is made and each answers unknown. */
public final class FakeCallSlots implements GatewayCallSlots {
    private volatile boolean taken;

    /** From now on no slot comes free. */
    public void takeAll() {
        taken = true;
    }

    @Override
    public <T> GatewayResult<T> call(Supplier<GatewayResult<T>> call) {
        return taken ? GatewayResult.unknown("no gateway call slot came free") : call.get();
    }
}
