package dev.paybridge.application.port.out;

import dev.paybridge.application.spi.GatewayResult;
import java.util.function.Supplier;

/**
 * Where a call to a gateway waits its turn. The background workers' calls share a fixed number of slots, held only
 * for the call itself: a worker's database work before and after it holds none, so the gateway is kept as busy as
 * the slots allow. Which calls take a slot, and how long one may wait, is the implementation's; a call that finds
 * no slot in time is not made and answers unknown.
 */
public interface GatewayCallSlots {
    /** No limit: every call is made at once. */
    GatewayCallSlots NONE = new GatewayCallSlots() {
        @Override
        public <T> GatewayResult<T> call(Supplier<GatewayResult<T>> call) {
            return call.get();
        }
    };

    /** Makes the call in a slot, or answers unknown when none came free in time. */
    <T> GatewayResult<T> call(Supplier<GatewayResult<T>> call);
}
