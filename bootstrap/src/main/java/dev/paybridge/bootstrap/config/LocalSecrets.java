package dev.paybridge.bootstrap.config;

import com.google.crypto.tink.KeysetHandle;
import dev.paybridge.adapters.persistence.crypto.TinkKeysets;
import dev.paybridge.domain.tenant.ApiKeySecret;
import dev.paybridge.domain.tenant.SecretHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves the admin token and the master keyset: from configuration, or in embedded mode from the data directory. */
public final class LocalSecrets {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSecrets.class);
    static final String ADMIN_TOKEN_HASH_FILE = "admin-token.sha256";
    static final String KEYSET_FILE = "master-keyset.json";

    private LocalSecrets() {
    }

    /** The SHA-256 of the admin token; in embedded mode a new token is generated once and printed once. */
    public static String adminTokenHash(PaybridgeConfig config) {
        if (config.adminToken().isPresent()) {
            return SecretHash.sha256Hex(config.adminToken().get());
        }
        if (!config.embeddedDatabase()) {
            throw new ConfigurationException("PAYBRIDGE_ADMIN_TOKEN", "is required when PAYBRIDGE_DATABASE_URL is set");
        }
        Path file = config.dataDir().resolve(ADMIN_TOKEN_HASH_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String token = ApiKeySecret.generate().plaintext().replace("pbk_", "pba_");
            writePrivate(file, SecretHash.sha256Hex(token));
            // Printed to the console once, on purpose: the operator has no other way to learn it.
            System.out.println("paybridge admin token (shown once, stored only as a hash in " + file + "): " + token);
            return SecretHash.sha256Hex(token);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the admin token hash in " + file, unwritable);
        }
    }

    /** The master keyset; in embedded mode one is generated into the data directory (mode 0600) with a warning. */
    public static KeysetHandle masterKeyset(PaybridgeConfig config) {
        if (config.masterKeyset().isPresent()) {
            return TinkKeysets.read(config.masterKeyset().get());
        }
        if (!config.embeddedDatabase()) {
            throw new ConfigurationException("PAYBRIDGE_MASTER_KEYSET", "is required when PAYBRIDGE_DATABASE_URL is set");
        }
        Path file = config.dataDir().resolve(KEYSET_FILE);
        if (Files.exists(file)) {
            return TinkKeysets.read(file);
        }
        LOG.warn("No PAYBRIDGE_MASTER_KEYSET: generated a master keyset in {}. Back it up; without it stored "
                + "gateway credentials cannot be decrypted. Use a managed keyset in production.", file);
        return TinkKeysets.create(file);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
    }
}
