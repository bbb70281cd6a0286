package dev.paybridge.application.spi;

import java.util.List;
import java.util.Map;

/**
 * A payment gateway plugin, found with {@link java.util.ServiceLoader}: it describes the gateway and checks the
 * credentials a connection to it needs. Implementations must be stateless and thread-safe.
 */
public interface PaymentGatewayProvider {

    /** The stable lower-case name used in the API and in webhook URLs, e.g. {@code "moyasar"}. */
    String providerType();

    /** A human-readable name, e.g. {@code "Moyasar"}. */
    String displayName();

    /** Every credential field a connection may carry; fields not listed here are refused. */
    List<CredentialField> credentialFields();

    /**
     * Checks the format and consistency of a credential set. The core reports unknown, missing and blank fields
     * itself and passes only the declared, non-blank ones, so a required field may be absent here: check what is
     * present, so one answer names every problem. Nothing is sent to the gateway: this decides no money.
     */
    CredentialCheck checkCredentials(Map<String, String> credentials);
}
