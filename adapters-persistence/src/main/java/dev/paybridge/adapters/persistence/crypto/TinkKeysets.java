package dev.paybridge.adapters.persistence.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** Reads the master keyset (Tink JSON) from a file, or creates a new AES-256-GCM keyset readable only by its owner. */
public final class TinkKeysets {
    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException impossible) {
            throw new ExceptionInInitializerError(impossible);
        }
    }

    private TinkKeysets() {
    }

    public static KeysetHandle read(Path file) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
                    InsecureSecretKeyAccess.get());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read master keyset " + file, unreadable);
        } catch (GeneralSecurityException malformed) {
            throw new IllegalArgumentException("master keyset " + file + " is not a Tink JSON keyset", malformed);
        }
    }

    /** A fresh AES-256-GCM keyset written to {@code file} with mode 0600; refuses to overwrite an existing file. */
    public static KeysetHandle create(Path file) {
        createDirectoryOf(file);
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return keyset;
        } catch (FileAlreadyExistsException exists) {
            throw new IllegalStateException("master keyset " + file + " already exists", exists);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write master keyset " + file, unwritable);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("cannot generate an AES-256-GCM keyset", impossible);
        }
    }

    private static void createDirectoryOf(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException unwritable) {
            // a file where a directory should be is not the keyset "already existing"
            throw new UncheckedIOException("cannot write master keyset " + file, unwritable);
        }
    }

    /** A keyset that lives only in memory, for tests. */
    public static KeysetHandle ephemeral() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("cannot generate an AES-256-GCM keyset", impossible);
        }
    }
}
