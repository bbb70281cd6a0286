package dev.paybridge.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

/** Directories only this user may enter (0700) and files only this user may read (0600), for local secrets. */
public final class PrivateFiles {
    private static final String OWNER_ONLY_DIRECTORY = "rwx------";
    private static final String OWNER_ONLY_FILE = "rw-------";

    private PrivateFiles() {
    }

    /**
     * Creates the directory as 0700, or tightens an existing one to 0700; refuses one owned by another user, since
     * its owner could swap what paybridge later trusts in it.
     */
    public static Path directory(Path dir) {
        Path absolute = dir.toAbsolutePath();
        try {
            if (Files.notExists(absolute)) {
                Files.createDirectories(absolute.getParent());
                Files.createDirectory(absolute,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_DIRECTORY)));
            }
            UserPrincipal owner = Files.getOwner(absolute);
            UserPrincipal me = absolute.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            if (!owner.equals(me)) {
                throw new ConfigurationException("PAYBRIDGE_DATA_DIR", absolute + " belongs to " + owner.getName()
                        + ", not to " + me.getName() + "; paybridge keeps secrets there and needs a directory of its own");
            }
            Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString(OWNER_ONLY_DIRECTORY));
            return absolute;
        } catch (IOException unusable) {
            throw new UncheckedIOException("cannot make " + absolute + " a private directory", unusable);
        }
    }

    /** Writes a new 0600 file at once (a reader sees no file or the whole content, never a partial one). */
    public static void writeNew(Path file, String content) {
        Path absolute = file.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
            Files.writeString(partial, content, StandardCharsets.US_ASCII);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write " + absolute, unwritable);
        }
    }
}
