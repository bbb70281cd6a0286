package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.SealedSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reversible stand-in for the AEAD cipher, with no key to manage: the secrets are masked with a stream drawn from a
 * fresh nonce and sealed with a SHA-256 tag over the binding, so another binding or a changed byte does not open.
 * Not encryption: for tests only.
 */
public final class FakeSecretCipher implements SecretCipher {
    private static final int NONCE = 12;
    private static final int TAG = 32;
    private final SecureRandom random = new SecureRandom();

    @Override
    public SealedSecrets seal(ConnectionSecrets secrets, SecretBinding binding) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] plaintext = encode(secrets.asMap());
        byte[] masked = mask(plaintext, nonce);
        byte[] tag = tag(nonce, plaintext, binding);
        return new SealedSecrets(ByteBuffer.allocate(NONCE + masked.length + TAG).put(nonce).put(masked).put(tag)
                .array());
    }

    @Override
    public ConnectionSecrets open(SealedSecrets sealed, SecretBinding binding) {
        byte[] bytes = sealed.ciphertext();
        if (bytes.length < NONCE + TAG) {
            throw new IllegalStateException("the credentials of " + binding.connectionId() + " are corrupt");
        }
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE);
        byte[] plaintext = mask(Arrays.copyOfRange(bytes, NONCE, bytes.length - TAG), nonce);
        if (!MessageDigest.isEqual(tag(nonce, plaintext, binding), Arrays.copyOfRange(bytes, bytes.length - TAG,
                bytes.length))) {
            throw new IllegalStateException("the credentials of " + binding.connectionId()
                    + " do not open with this binding");
        }
        return ConnectionSecrets.of(decode(plaintext));
    }

    private static byte[] mask(byte[] data, byte[] nonce) {
        byte[] stream = new byte[0];
        for (int block = 0; stream.length < data.length; block++) {
            stream = concat(stream, sha256(nonce, new byte[] {(byte) block}));
        }
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ stream[i]);
        }
        return out;
    }

    private static byte[] tag(byte[] nonce, byte[] plaintext, SecretBinding binding) {
        return sha256(nonce, plaintext, binding.associatedData());
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(ByteBuffer.allocate(4).putInt(part.length).array());
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] encode(Map<String, String> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(values.size());
            for (Map.Entry<String, String> entry : new TreeMap<>(values).entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> decode(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            Map<String, String> values = new TreeMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                values.put(in.readUTF(), in.readUTF());
            }
            return values;
        } catch (IOException corrupt) {
            throw new IllegalStateException("sealed credentials are corrupt", corrupt);
        }
    }
}
