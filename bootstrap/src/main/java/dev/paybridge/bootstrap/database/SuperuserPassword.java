package dev.paybridge.bootstrap.database;

import dev.paybridge.bootstrap.config.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** The embedded PostgreSQL superuser's password, generated once and kept in a 0600 file of the data directory. */
final class SuperuserPassword {
    static final String FILE = "postgres-password";
    private final Path file;
    private final String value;
    private final boolean generatedNow;

    private SuperuserPassword(Path file, String value, boolean generatedNow) {
        this.file = file;
        this.value = value;
        this.generatedNow = generatedNow;
    }

    static SuperuserPassword in(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String kept = Files.readString(file, StandardCharsets.US_ASCII).trim();
                if (kept.length() < 32 || !kept.matches("[A-Za-z0-9_-]+")) {
                    throw new IllegalStateException(file + " does not hold a password paybridge wrote; "
                            + "restore it from a backup of the data directory");
                }
                return new SuperuserPassword(file, kept, false);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        PrivateFiles.writeNew(file, generated + "\n");
        return new SuperuserPassword(file, generated, true);
    }

    Path file() {
        return file;
    }

    String value() {
        return value;
    }

    /** True when this start made the password, so a database that already exists does not know it yet. */
    boolean generatedNow() {
        return generatedNow;
    }

    @Override
    public String toString() {
        return "SuperuserPassword[" + file + "]";
    }
}
