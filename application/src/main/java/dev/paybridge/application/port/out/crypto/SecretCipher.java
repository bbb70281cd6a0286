package dev.paybridge.application.port.out.crypto;

import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.SealedSecrets;

/** Authenticated encryption of connection credentials; opening with another binding fails. */
public interface SecretCipher {

    SealedSecrets seal(ConnectionSecrets secrets, SecretBinding binding);

    /** The plaintext credentials; an {@link IllegalStateException} if the ciphertext or its binding was tampered with. */
    ConnectionSecrets open(SealedSecrets sealed, SecretBinding binding);
}
