package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The executable jar's command line (picocli): its flags become {@link SimulatorOptions} for the launcher. */
@Command(name = "moyasar-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        version = "moyasar-simulator 0.1.0",
        description = "A local Moyasar: the /v1 API, a hosted checkout page, webhooks and fault injection.")
final class SimulatorCommandLine implements Callable<Integer> {

    static final int DEFAULT_PORT = 9090;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", description = "interface to bind (default: all)")
    private String host;

    @Option(names = "--secret-key", paramLabel = "sk_…",
            description = "account to register (repeatable, paired in order with --publishable-key; default "
                    + "sk_test_simulator/pk_test_simulator)")
    private List<String> secretKeys = new ArrayList<>();

    @Option(names = "--publishable-key", paramLabel = "pk_…",
            description = "publishable key of the matching --secret-key (default: pk_ with the same suffix)")
    private List<String> publishableKeys = new ArrayList<>();

    @Option(names = "--webhook-retry-delays", paramLabel = "LIST", split = ",", defaultValue = "1s,2s,3s,4s,5s",
            converter = DurationConverter.class,
            description = "waits before each webhook retry, e.g. 200ms,1s,2s (default ${DEFAULT-VALUE})")
    private List<Duration> webhookRetryDelays;

    @Option(names = "--webhook-timeout", paramLabel = "D", defaultValue = "5s", converter = DurationConverter.class,
            description = "webhook receiver timeout, e.g. 5s (default ${DEFAULT-VALUE})")
    private Duration webhookTimeout;

    @Option(names = "--sign-webhooks", description = "add X-Moyasar-Signature (hex HMAC-SHA256 of the body)")
    private boolean signWebhooks;

    @Option(names = "--misspell-failed-event", description = "send payment_faild instead of payment_failed")
    private boolean misspellFailedEvent;

    @Option(names = "--block-user-agent", paramLabel = "PREFIX",
            description = "answer this User-Agent prefix with the edge's HTML 403 (repeatable)")
    private List<String> blockedUserAgents = new ArrayList<>();

    @Option(names = "--block-missing-user-agent",
            description = "answer a /v1 request without User-Agent with the edge's HTML 403")
    private boolean blockMissingUserAgent;

    @Option(names = "--verify-webhooks",
            description = "new webhooks start unverified, get a webhook_verification event and nothing else until "
                    + "verified")
    private boolean verifyWebhooks;

    @Spec
    private CommandSpec spec;

    private final Consumer<SimulatorOptions> launcher;

    SimulatorCommandLine(Consumer<SimulatorOptions> launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.accept(options());
        return 0;
    }

    /** The options the parsed flags ask for; a flag combination that makes no sense is a usage error. */
    SimulatorOptions options() {
        try {
            SimulatorOptions options = SimulatorOptions.defaults().withPort(port).withHost(host)
                    .withWebhookRetryDelays(webhookRetryDelays).withWebhookTimeout(webhookTimeout)
                    .withSignedWebhooks(signWebhooks).withMisspelledFailedEvent(misspellFailedEvent)
                    .withBlockedUserAgentPrefixes(blockedUserAgents)
                    .withMissingUserAgentBlocked(blockMissingUserAgent).withWebhookVerification(verifyWebhooks);
            for (SimulatedAccount account : accounts()) {
                options = options.withAccount(account);
            }
            return options;
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(spec.commandLine(), invalid.getMessage(), invalid);
        }
    }

    /** Pairs keys in order; a secret key without a publishable one gets {@code pk_…} with the same suffix. */
    private List<SimulatedAccount> accounts() {
        if (publishableKeys.size() > secretKeys.size()) {
            throw new IllegalArgumentException("every --publishable-key needs a --secret-key");
        }
        List<SimulatedAccount> accounts = new ArrayList<>();
        for (int i = 0; i < secretKeys.size(); i++) {
            String secretKey = secretKeys.get(i);
            String publishableKey = i < publishableKeys.size() ? publishableKeys.get(i)
                    : "pk_" + secretKey.substring(Math.min(3, secretKey.length()));
            accounts.add(new SimulatedAccount("Simulated Account", secretKey, publishableKey));
        }
        return accounts;
    }
}
