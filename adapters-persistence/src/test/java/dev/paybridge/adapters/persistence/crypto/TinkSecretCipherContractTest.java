package dev.paybridge.adapters.persistence.crypto;

import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.testing.contracts.SecretCipherContract;

/** The Tink cipher held to the cipher contract the fake keeps too. */
class TinkSecretCipherContractTest extends SecretCipherContract {
    private final TinkSecretCipher cipher = new TinkSecretCipher(TinkKeysets.ephemeral());

    @Override
    protected SecretCipher cipher() {
        return cipher;
    }
}
