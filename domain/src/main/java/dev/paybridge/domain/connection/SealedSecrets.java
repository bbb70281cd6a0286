package dev.paybridge.domain.connection;

import java.util.Arrays;

/** A connection's credentials as ciphertext: the only form in which they are stored or passed around at rest. */
public final class SealedSecrets {
    private final byte[] ciphertext;

    public SealedSecrets(byte[] ciphertext) {
        if (ciphertext.length == 0) {
            throw new IllegalArgumentException("empty ciphertext");
        }
        this.ciphertext = ciphertext.clone();
    }

    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecrets that && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "SealedSecrets[" + ciphertext.length + " bytes]";
    }
}
