package com.example.shop.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads templates from a directory on disk (by default {@code templates/} in the working directory). */
public final class TemplateLoader {

    private final Path directory;

    public TemplateLoader(Path directory) {
        this.directory = directory;
    }

    public static TemplateLoader fromWorkingDirectory() {
        return new TemplateLoader(Path.of("templates"));
    }

    public String load(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("bad template name: " + name);
        }
        Path file = directory.resolve(name + ".txt");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file.toAbsolutePath(), e);
        }
    }

    public Path directory() {
        return directory;
    }
}
