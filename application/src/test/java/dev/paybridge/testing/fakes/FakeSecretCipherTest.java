package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.testing.contracts.SecretCipherContract;

/** The fake cipher held to the cipher contract. */
class FakeSecretCipherTest extends SecretCipherContract {
    private final FakeSecretCipher cipher = new FakeSecretCipher();

    @Override
    protected SecretCipher cipher() {
        return cipher;
    }
}
