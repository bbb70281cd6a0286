package dev.paybridge.bootstrap.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PostgreSQL binaries, extracted by zonky into a directory of the data directory; one instance per start, so
 * zonky never reuses binaries it extracted elsewhere (its cache is keyed by resolver), and it tells where they are.
 */
final class PostgresBinaries implements PgBinaryResolver {
    private final Path workingDirectory;
    private MessageDigest archiveDigest;
    private String distribution;

    PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        try {
            archiveDigest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK has no MD5", missing);
        }
        return new DigestInputStream(archive, archiveDigest);
    }

    /** A program of the extracted distribution; zonky names its directory after the archive's MD5, as here. */
    Path program(String name) {
        if (distribution == null) {
            if (archiveDigest == null) {
                throw new IllegalStateException("the PostgreSQL binaries are not extracted yet");
            }
            distribution = "PG-" + HexFormat.of().formatHex(archiveDigest.digest());
        }
        Path program = workingDirectory.resolve(distribution).resolve("bin").resolve(name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("no PostgreSQL program at " + program);
        }
        return program;
    }
}
