package com.example.faults.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Checks, from inside a shard container, the defaults testshard promises: an unprivileged user,
 * no capabilities, no way to gain privileges, no network but loopback, and no Docker socket.
 * Reads only the process's own status; sends no traffic.
 */
@EnabledIfEnvironmentVariable(named = "TESTSHARD_SHARD", matches = ".+")
class SandboxTest {

    @Test
    void runsAsAnUnprivilegedUser() throws Exception {
        assertNotEquals("0", statusField("Uid").split("\\s+")[0], "real uid");
        assertNotEquals("0", statusField("Uid").split("\\s+")[1], "effective uid");
    }

    @Test
    void holdsNoCapabilitiesAndCannotGainPrivileges() throws Exception {
        assertEquals(0L, Long.parseLong(statusField("CapEff"), 16), "effective capabilities");
        assertEquals(0L, Long.parseLong(statusField("CapBnd"), 16), "bounding set");
        assertEquals("1", statusField("NoNewPrivs"), "no-new-privileges");
    }

    @Test
    void hasNoNetworkButLoopback() throws Exception {
        List<NetworkInterface> interfaces = Collections.list(NetworkInterface.getNetworkInterfaces());
        for (NetworkInterface network : interfaces) {
            assertTrue(network.isLoopback(), "unexpected interface " + network.getName());
        }
    }

    @Test
    void cannotReachTheDockerSocket() {
        assertTrue(Files.notExists(Path.of("/var/run/docker.sock")), "docker socket mounted");
        assertTrue(Files.notExists(Path.of("/run/docker.sock")), "docker socket mounted");
    }

    private static String statusField(String name) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        throw new IllegalStateException("no " + name + " in /proc/self/status");
    }
}
