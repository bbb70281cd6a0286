package dev.paybridge.adapters.moyasar;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.CredentialField;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import java.util.List;
import java.util.Map;

/** The Moyasar (Saudi Arabia) gateway plugin. */
public final class MoyasarProvider implements PaymentGatewayProvider {
    public static final String PROVIDER_TYPE = "moyasar";

    @Override
    public String providerType() {
        return PROVIDER_TYPE;
    }

    @Override
    public String displayName() {
        return "Moyasar";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return MoyasarCredentials.FIELDS;
    }

    @Override
    public CredentialCheck checkCredentials(Map<String, String> credentials) {
        return MoyasarCredentials.check(credentials);
    }
}
