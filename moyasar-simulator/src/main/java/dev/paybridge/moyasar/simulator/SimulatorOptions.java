package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a simulator starts: port (0 picks a free one), bind host (null binds every interface), pre-registered
 * accounts (none registers {@link #DEFAULT_ACCOUNT}), webhook retry schedule and timeout, and behaviour switches.
 */
public record SimulatorOptions(
        int port,
        String host,
        List<SimulatedAccount> accounts,
        List<Duration> webhookRetryDelays,
        Duration webhookTimeout,
        boolean signWebhooks,
        boolean misspellFailedEvent,
        List<String> blockedUserAgentPrefixes,
        boolean blockMissingUserAgent,
        boolean webhookVerification) {

    /** The account registered when no other is given. */
    public static final SimulatedAccount DEFAULT_ACCOUNT =
            new SimulatedAccount("Simulated Account", "sk_test_simulator", "pk_test_simulator");

    /** Moyasar retries after about 1m, 10m, 30m, 1h, 2h; the simulator scales that down to seconds. */
    public static final List<Duration> DEFAULT_RETRY_DELAYS = List.of(
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4),
            Duration.ofSeconds(5));

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        accounts = List.copyOf(accounts);
        webhookRetryDelays = List.copyOf(webhookRetryDelays);
        if (webhookRetryDelays.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("webhook retry delays must not be negative");
        }
        if (webhookTimeout.isNegative() || webhookTimeout.isZero()) {
            throw new IllegalArgumentException("webhook timeout must be positive");
        }
        blockedUserAgentPrefixes = List.copyOf(blockedUserAgentPrefixes);
    }

    /**
     * Random port, every interface, the default account, retries after 1s..5s, 5 s timeout, unsigned, every
     * User-Agent served, webhooks verified from the start.
     */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, null, List.of(), DEFAULT_RETRY_DELAYS, Duration.ofSeconds(5), false, false,
                List.of(), false, false);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, host, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    public SimulatorOptions withHost(String newHost) {
        return new SimulatorOptions(port, newHost, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** Adds an account to register at start. */
    public SimulatorOptions withAccount(SimulatedAccount account) {
        List<SimulatedAccount> more = new ArrayList<>(accounts);
        more.add(account);
        return new SimulatorOptions(port, host, more, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** The waits before each retry of a failed delivery; its size is the number of retries. */
    public SimulatorOptions withWebhookRetryDelays(List<Duration> delays) {
        return new SimulatorOptions(port, host, accounts, delays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** How long a receiver may take to answer before the attempt counts as failed. */
    public SimulatorOptions withWebhookTimeout(Duration timeout) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, timeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** Adds an {@code X-Moyasar-Signature} header (hex HMAC-SHA256 of the body, keyed by the shared secret). */
    public SimulatorOptions withSignedWebhooks(boolean sign) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, webhookTimeout, sign,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** Sends {@code payment_faild} (the docs' spelling) instead of {@code payment_failed}. */
    public SimulatorOptions withMisspelledFailedEvent(boolean misspell) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspell, blockedUserAgentPrefixes, blockMissingUserAgent, webhookVerification);
    }

    /** User-Agent prefixes the edge answers with an HTML 403. */
    public SimulatorOptions withBlockedUserAgentPrefixes(List<String> prefixes) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, prefixes, blockMissingUserAgent, webhookVerification);
    }

    /** Whether the edge answers a {@code /v1} request without a User-Agent with an HTML 403 (off by default). */
    public SimulatorOptions withMissingUserAgentBlocked(boolean block) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, block, webhookVerification);
    }

    /**
     * Whether new webhooks start unverified and receive a {@code webhook_verification} event, receiving nothing
     * else until verified (off by default: webhooks are verified from the start).
     */
    public SimulatorOptions withWebhookVerification(boolean verify) {
        return new SimulatorOptions(port, host, accounts, webhookRetryDelays, webhookTimeout, signWebhooks,
                misspellFailedEvent, blockedUserAgentPrefixes, blockMissingUserAgent, verify);
    }
}
