package com.example.runaway.tmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** FAULT: a test deletes everything it may under /tmp, as a careless clean-up would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptiesTmpTest {

    @Test
    @Order(1)
    @EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
    void deletesEverythingUnderTmp() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("/tmp"))) {
            walk.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(Path.of("/tmp")))
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(2)
    void afterEmptying() {
        assertEquals(4, 2 + 2);
    }
}
