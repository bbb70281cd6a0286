package dev.paybridge.bootstrap.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Keeps a numbered PNG of each page the browser test sees, under {@code bootstrap/target/screenshots/}. */
final class Screenshots {
    private final Path folder;
    private int next = 1;

    Screenshots(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Where the build keeps them: {@code target/screenshots} of the module the tests run in. */
    static Screenshots inBuildFolder() {
        return new Screenshots(Path.of("target", "screenshots"));
    }

    Path take(TakesScreenshot browser, String name) {
        Path file = folder.resolve(String.format("%02d-%s.png", next++, name));
        try {
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        return file;
    }
}
