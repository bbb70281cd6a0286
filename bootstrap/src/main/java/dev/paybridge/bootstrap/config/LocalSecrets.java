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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves the admin token and the master keyset: from configuration, or in embedded mode from the data directory. */
public final class LocalSecrets {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSecrets.class);
    static final String ADMIN_TOKEN_HASH_FILE = "admin-token.sha256";
    static final String ADMIN_TOKEN_FILE = "admin-token";
    static final String KEYSET_FILE = "master-keyset.json";

    private LocalSecrets() {
    }

    /**
     * The SHA-256 of the admin token. In embedded mode a token is generated on the first start and written to a 0600
     * file of the data directory; it is printed only to an interactive terminal, and the log says where the file is.
     */
    public static String adminTokenHash(PaybridgeConfig config) {
        return adminTokenHash(config, System.console() != null);
    }

    static String adminTokenHash(PaybridgeConfig config, boolean interactiveTerminal) {
        if (config.adminToken().isPresent()) {
            return SecretHash.sha256Hex(config.adminToken().get());
        }
        if (!config.embeddedDatabase()) {
            throw new ConfigurationException("PAYBRIDGE_ADMIN_TOKEN", "is required when PAYBRIDGE_DATABASE_URL is set");
        }
        Path hashFile = PrivateFiles.directory(config.dataDir()).resolve(ADMIN_TOKEN_HASH_FILE);
        try {
            if (Files.exists(hashFile)) {
                return Files.readString(hashFile, StandardCharsets.US_ASCII).trim();
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the admin token hash in " + hashFile, unreadable);
        }
        String token = ApiKeySecret.generate().plaintext().replace("pbk_", "pba_");
        Path tokenFile = hashFile.resolveSibling(ADMIN_TOKEN_FILE);
        PrivateFiles.writeNew(tokenFile, token + "\n");
        PrivateFiles.writeNew(hashFile, SecretHash.sha256Hex(token) + "\n");
        if (interactiveTerminal) {
            // The one console line besides the CLI's: an operator at a terminal sees the token at once.
            System.out.println("paybridge admin token (also in " + tokenFile + "): " + token);
        }
        LOG.info("generated the admin token: it is in {} (readable by this user only); delete the file once it is "
                + "kept elsewhere, the service needs only {}", tokenFile, hashFile);
        return SecretHash.sha256Hex(token);
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
}
