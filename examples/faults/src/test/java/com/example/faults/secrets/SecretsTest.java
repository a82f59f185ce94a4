package com.example.faults.secrets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Proves that ignored files stay out of testshard's snapshot. The project contains {@code .env}
 * and {@code secrets/api-key.txt}, both listed in {@code .testshardignore}; {@code
 * ignored-by-git.txt} is listed in {@code .gitignore} (an integration test creates it before the
 * run). Inside a testshard container none of them may exist.
 *
 * <p>Paths are relative to the working directory, which is the project root both under Maven and
 * under testshard. The absence checks only run when {@code TESTSHARD_SHARD} is set (under plain
 * Maven {@code .env} and {@code secrets/api-key.txt} do exist); the first test, which runs
 * everywhere, makes sure the working directory really is the project root, so the absence checks
 * cannot pass just because they look in the wrong place.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretsTest {

    @Test
    @Order(1)
    void workingDirectoryIsTheProjectRoot() {
        assertTrue(Files.isRegularFile(Path.of("pom.xml")), "pom.xml in " + Path.of("").toAbsolutePath());
    }

    @Test
    @Order(2)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void envFileIsNotInTheSnapshot() {
        assertFalse(Files.exists(Path.of(".env")), ".env must be kept out by .testshardignore");
    }

    @Test
    @Order(3)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void secretsDirectoryIsNotInTheSnapshot() {
        assertFalse(Files.exists(Path.of("secrets", "api-key.txt")), "secrets/api-key.txt must be kept out by .testshardignore");
    }

    @Test
    @Order(4)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void gitIgnoredFileIsNotInTheSnapshot() {
        assertFalse(Files.exists(Path.of("ignored-by-git.txt")), "ignored-by-git.txt must be kept out by .gitignore");
    }
}
