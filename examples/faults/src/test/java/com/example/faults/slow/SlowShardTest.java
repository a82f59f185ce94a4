package com.example.faults.slow;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A shard that is busy for about a minute: three tests of 20 seconds each, for tests that kill the
 * container from outside or interrupt testshard (SIGINT) mid-run. No test fails by itself.
 *
 * <p>Each test prints a start line (to standard error under testshard, whose agent redirects
 * {@code System.out}). The sleeps are not scaled by {@code example.sleepScale}: the duration is
 * the point. Only sleeps when {@code TESTSHARD_SHARD} is set; under plain Maven all three tests
 * are skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
class SlowShardTest {

    private static void busy(String name) throws InterruptedException {
        System.out.println("slow test " + name + " started");
        Thread.sleep(20_000);
    }

    @Test
    @Order(1)
    void firstTwentySeconds() throws InterruptedException {
        busy("firstTwentySeconds");
    }

    @Test
    @Order(2)
    void secondTwentySeconds() throws InterruptedException {
        busy("secondTwentySeconds");
    }

    @Test
    @Order(3)
    void thirdTwentySeconds() throws InterruptedException {
        busy("thirdTwentySeconds");
    }
}
