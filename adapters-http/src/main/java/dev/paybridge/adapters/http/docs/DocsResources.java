package dev.paybridge.adapters.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the documentation's files from the class path, failing loudly when the build left one out. */
final class DocsResources {

    private DocsResources() {
    }

    static InputStream open(String path) {
        InputStream stream = DocsResources.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException(path + " is missing from the class path; the build should have packed it");
        }
        return stream;
    }

    static boolean exists(String path) {
        return DocsResources.class.getClassLoader().getResource(path) != null;
    }

    static String text(String path) {
        try (InputStream stream = open(path)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + path, unreadable);
        }
    }
}
