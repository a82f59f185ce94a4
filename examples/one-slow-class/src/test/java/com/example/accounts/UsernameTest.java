package com.example.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.Slow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsernameTest {

    @BeforeEach
    void connectToDirectory() {
        Slow.sleepMillis(800);
    }

    @Test
    void normalizesCaseAndWhitespace() {
        assertEquals("ada.lovelace", Username.of("  Ada.Lovelace ").value());
    }

    @Test
    void enforcesLength() {
        assertThrows(IllegalArgumentException.class, () -> Username.of("ab"));
        assertThrows(IllegalArgumentException.class, () -> Username.of("a".repeat(21)));
        assertEquals("a".repeat(20), Username.of("a".repeat(20)).value());
    }

    @Test
    void mustStartWithLetter() {
        assertThrows(IllegalArgumentException.class, () -> Username.of("1ada"));
        assertThrows(IllegalArgumentException.class, () -> Username.of("_ada"));
        assertEquals("ada_1", Username.of("ada_1").toString());
    }
}
