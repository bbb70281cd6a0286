package dev.paybridge.moyasar.simulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The API faults in force: {@code on(method, path)} adds a rule; the first matching rule with uses left applies. */
public final class FaultInjector {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    FaultInjector() {
    }

    /** Adds a rule for requests with this method ({@code *} for any) and path pattern, e.g. {@code /v1/invoices/*}. */
    public FaultRule on(String method, String pathPattern) {
        FaultRule rule = new FaultRule("fault_" + ids.incrementAndGet(), method, pathPattern);
        rules.add(rule);
        return rule;
    }

    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    public boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    public void clear() {
        rules.clear();
    }

    Optional<FaultRule> claim(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.matches(method, path) && rule.tryUse()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
