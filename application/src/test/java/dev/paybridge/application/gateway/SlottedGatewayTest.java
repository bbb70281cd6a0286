package dev.paybridge.application.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.application.spi.PaymentGateway;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SlottedGatewayTest {
    private final List<String> pluginCalls = new ArrayList<>();
    private final List<String> slotted = new ArrayList<>();
    private final GatewayCallSlots countingSlots = new GatewayCallSlots() {
        @Override
        public <T> GatewayResult<T> call(Supplier<GatewayResult<T>> call) {
            int before = pluginCalls.size();
            GatewayResult<T> result = call.get();
            slotted.addAll(pluginCalls.subList(before, pluginCalls.size()));
            return result;
        }
    };

    @Test
    void every_method_of_the_plugin_interfaces_is_its_own() {
        Class<?> webhooks = Arrays.stream(SlottedGateway.class.getDeclaredClasses())
                .filter(GatewayWebhooks.class::isAssignableFrom).findFirst().orElseThrow();
        // a method added to the SPI with a default body would otherwise reach the plugin without a slot
        assertThat(declaredOutside(PaymentGateway.class, SlottedGateway.class)).isEmpty();
        assertThat(declaredOutside(GatewayWebhooks.class, webhooks)).isEmpty();
    }

    @Test
    void each_network_call_takes_a_slot_and_verifying_a_webhook_none() throws Exception {
        PaymentGateway gateway = new SlottedGateway(recording(PaymentGateway.class), countingSlots);
        GatewayWebhooks webhooks = gateway.webhooks().orElseThrow();

        for (Method method : abstractMethods(PaymentGateway.class)) {
            method.invoke(gateway, new Object[method.getParameterCount()]);
        }
        for (Method method : abstractMethods(GatewayWebhooks.class)) {
            method.invoke(webhooks, new Object[method.getParameterCount()]);
        }

        assertThat(pluginCalls).contains("verifyAndParseWebhook", "createPaymentLink", "register");
        List<String> network = new ArrayList<>(pluginCalls);
        network.removeAll(List.of("verifyAndParseWebhook", "webhooks"));
        assertThat(slotted).containsExactlyElementsOf(network);
    }

    private static List<Method> declaredOutside(Class<?> spi, Class<?> implementation) {
        return Arrays.stream(spi.getMethods()).filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !declaresItself(implementation, method)).toList();
    }

    private static boolean declaresItself(Class<?> implementation, Method method) {
        try {
            return implementation.getMethod(method.getName(), method.getParameterTypes()).getDeclaringClass()
                    == implementation;
        } catch (NoSuchMethodException missing) {
            return false;
        }
    }

    private static List<Method> abstractMethods(Class<?> spi) {
        return Arrays.stream(spi.getMethods()).filter(method -> Modifier.isAbstract(method.getModifiers())).toList();
    }

    /** A plugin object that records each call and answers every network call as unknown. */
    private <T> T recording(Class<T> spi) {
        return spi.cast(Proxy.newProxyInstance(spi.getClassLoader(), new Class<?>[] {spi}, (proxy, method, args) -> {
            pluginCalls.add(method.getName());
            if (method.getName().equals("webhooks")) {
                return Optional.of(recording(GatewayWebhooks.class));
            }
            return method.getReturnType() == GatewayResult.class ? GatewayResult.unknown(method.getName()) : null;
        }));
    }
}
