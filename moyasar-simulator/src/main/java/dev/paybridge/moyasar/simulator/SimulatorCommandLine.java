package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The executable jar's flags, turned into {@link SimulatorOptions}. */
record SimulatorCommandLine(SimulatorOptions options, boolean help) {

    static final int DEFAULT_PORT = 9090;

    static final String USAGE = String.join("\n",
            "Usage: java -jar moyasar-simulator.jar [options]",
            "  --port N                      port to listen on (default 9090; 0 picks a free one)",
            "  --host HOST                   interface to bind (default: all)",
            "  --secret-key sk_test_…        account to register (repeatable, paired in order with",
            "  --publishable-key pk_test_…   --publishable-key; default sk_test_simulator/pk_test_simulator)",
            "  --webhook-retry-delays LIST   waits before each webhook retry, e.g. 200ms,1s,2s (default 1s,2s,3s,4s,5s)",
            "  --webhook-timeout D           webhook receiver timeout, e.g. 5s (default 5s)",
            "  --sign-webhooks               add X-Moyasar-Signature (hex HMAC-SHA256 of the body)",
            "  --misspell-failed-event       send payment_faild instead of payment_failed",
            "  --block-user-agent PREFIX     answer this User-Agent prefix with an HTML 403 (repeatable)",
            "  --help                        show this text");

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    static SimulatorCommandLine parse(String... args) {
        SimulatorOptions options = SimulatorOptions.defaults().withPort(DEFAULT_PORT);
        List<String> secretKeys = new ArrayList<>();
        List<String> publishableKeys = new ArrayList<>();
        List<String> blockedAgents = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help": case "-h": return new SimulatorCommandLine(options, true);
                case "--port": options = options.withPort(parsePort(value(args, ++i, flag))); break;
                case "--host": options = options.withHost(value(args, ++i, flag)); break;
                case "--secret-key": secretKeys.add(value(args, ++i, flag)); break;
                case "--publishable-key": publishableKeys.add(value(args, ++i, flag)); break;
                case "--webhook-retry-delays":
                    options = options.withWebhookRetryDelays(durations(value(args, ++i, flag))); break;
                case "--webhook-timeout": options = options.withWebhookTimeout(duration(value(args, ++i, flag))); break;
                case "--sign-webhooks": options = options.withSignedWebhooks(true); break;
                case "--misspell-failed-event": options = options.withMisspelledFailedEvent(true); break;
                case "--block-user-agent": blockedAgents.add(value(args, ++i, flag)); break;
                default: throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        for (SimulatedAccount account : accounts(secretKeys, publishableKeys)) {
            options = options.withAccount(account);
        }
        return new SimulatorCommandLine(options.withBlockedUserAgentPrefixes(blockedAgents), false);
    }

    /** Pairs keys in order; a secret key without a publishable one gets {@code pk_…} with the same suffix. */
    private static List<SimulatedAccount> accounts(List<String> secretKeys, List<String> publishableKeys) {
        if (publishableKeys.size() > secretKeys.size()) {
            throw new IllegalArgumentException("every --publishable-key needs a --secret-key");
        }
        List<SimulatedAccount> accounts = new ArrayList<>();
        for (int i = 0; i < secretKeys.size(); i++) {
            String secretKey = secretKeys.get(i);
            String publishableKey = i < publishableKeys.size() ? publishableKeys.get(i) : "pk_" + secretKey.substring(3);
            accounts.add(new SimulatedAccount("Simulated Account", secretKey, publishableKey));
        }
        return accounts;
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number: " + text);
        }
    }

    static List<Duration> durations(String text) {
        List<Duration> durations = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                durations.add(duration(part.trim()));
            }
        }
        return durations;
    }

    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration (like 200ms, 1s, 2m, 1h): " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        switch (matcher.group(2)) {
            case "ms": return Duration.ofMillis(amount);
            case "s": return Duration.ofSeconds(amount);
            case "m": return Duration.ofMinutes(amount);
            default: return Duration.ofHours(amount);
        }
    }
}
