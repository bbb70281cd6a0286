package dev.paybridge.adapters.persistence.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.SealedSecrets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.TreeMap;

/** Seals connection credentials with Tink AEAD (AES-256-GCM), binding each ciphertext to its tenant, environment and connection. */
public final class TinkSecretCipher implements SecretCipher {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader FIELDS = MAPPER.readerFor(new TypeReference<TreeMap<String, String>>() {
    });
    private final Aead aead;

    public TinkSecretCipher(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("the master keyset holds no usable AEAD key", unusable);
        }
    }

    @Override
    public SealedSecrets seal(ConnectionSecrets secrets, SecretBinding binding) {
        try {
            byte[] plaintext = MAPPER.writeValueAsBytes(new TreeMap<>(secrets.asMap()));
            return new SealedSecrets(aead.encrypt(plaintext, binding.associatedData()));
        } catch (JsonProcessingException | GeneralSecurityException failure) {
            throw new IllegalStateException("cannot seal the credentials of " + binding.connectionId(), failure);
        }
    }

    @Override
    public ConnectionSecrets open(SealedSecrets sealed, SecretBinding binding) {
        try {
            byte[] plaintext = aead.decrypt(sealed.ciphertext(), binding.associatedData());
            Map<String, String> fields = FIELDS.readValue(plaintext);
            return ConnectionSecrets.of(fields);
        } catch (GeneralSecurityException tampered) {
            throw new IllegalStateException("the credentials of " + binding.connectionId()
                    + " do not decrypt with this keyset and binding", tampered);
        } catch (java.io.IOException corrupt) {
            throw new IllegalStateException("the credentials of " + binding.connectionId() + " are corrupt", corrupt);
        }
    }
}
