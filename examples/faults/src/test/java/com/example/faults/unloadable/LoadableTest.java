package com.example.faults.unloadable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The healthy sibling of {@link UnloadableTest}: must still run and pass in the same shard. */
class LoadableTest {

    @Test
    void addsNumbers() {
        assertEquals(4, 2 + 2);
    }

    @Test
    void comparesStrings() {
        assertTrue("loadable".startsWith("load"));
    }
}
