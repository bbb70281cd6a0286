package dev.paybridge.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories of the tests, removed with everything in them when their test is done. */
public final class TempDirectories {
    private TempDirectories() {
    }

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Deletes the directory and its contents; one already gone is fine. */
    public static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException gone) {
            // nothing left to delete
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
