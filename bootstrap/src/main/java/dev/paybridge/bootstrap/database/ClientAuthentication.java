package dev.paybridge.bootstrap.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded PostgreSQL ask for the superuser's password, over loopback TCP only ({@code pg_hba.conf} is
 * rewritten before every start), and gives a database made by an earlier version, which trusted every local
 * connection, that password first, in single-user mode, where nothing can connect.
 */
final class ClientAuthentication {
    static final String PG_HBA = """
            # Written by paybridge before every start: the superuser logs in with its password (SCRAM) over loopback
            # TCP, nothing else may connect. Changes here are overwritten.
            host    all    postgres    127.0.0.1/32    scram-sha-256
            """;
    private static final Logger LOG = LoggerFactory.getLogger(ClientAuthentication.class);
    private static final long SINGLE_USER_TIMEOUT_SECONDS = 120;

    private ClientAuthentication() {
    }

    /** Called with the database stopped; {@code initializedNow} when initdb just set the password from its file. */
    static void require(Path pgData, SuperuserPassword password, boolean initializedNow, PostgresBinaries binaries) {
        Path hba = pgData.resolve("pg_hba.conf");
        boolean alreadyRequired = PG_HBA.equals(read(hba));
        if (!initializedNow && (!alreadyRequired || password.generatedNow())) {
            LOG.info("setting the superuser password of the embedded PostgreSQL in {} to the one kept in {} (a "
                    + "database made by an earlier version trusted local connections)", pgData, password.file());
            setPassword(pgData, password, binaries);
        }
        if (!alreadyRequired) {
            try {
                Files.writeString(hba, PG_HBA, StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(hba, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException unwritable) {
                throw new UncheckedIOException("cannot write " + hba, unwritable);
            }
        }
    }

    private static void setPassword(Path pgData, SuperuserPassword password, PostgresBinaries binaries) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.program("postgres").toString(), "--single", "-D", pgData.toString(),
                "-c", "exit_on_error=true", "postgres"));
        String statements = "SET password_encryption = 'scram-sha-256';\n"
                + "ALTER ROLE postgres PASSWORD '" + password.value() + "';\n";
        try {
            Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = backend.getOutputStream()) {
                in.write(statements.getBytes(StandardCharsets.US_ASCII));
            }
            String output = new String(backend.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!backend.waitFor(SINGLE_USER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish setting the password");
            }
            if (backend.exitValue() != 0) {
                throw new IllegalStateException("cannot set the superuser password of the embedded PostgreSQL in "
                        + pgData + " (exit " + backend.exitValue() + "): "
                        + output.replace(password.value(), "********"));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot run PostgreSQL in single-user mode", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the superuser password", interrupted);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + file, unreadable);
        }
    }
}
