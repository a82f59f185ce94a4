package com.example.shop.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @BeforeAll
    static void loadReservedNames() {
        Slow.sleepMillis(350);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(55);
    }

    @ParameterizedTest
    @CsvSource({
        "jane, jane",
        "Jane.Doe, jane.doe",
        "José, jose",
        "Zoë Müller, zoe_muller",
        "  bob_42  , bob_42"
    })
    void normalises(String raw, String expected) {
        assertEquals(expected, Username.of(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo", "averyveryverylongusername", "jane!", ".jane", "jane.", "admin", "ROOT", "名前名前"})
    void rejects(String raw) {
        assertThrows(IllegalArgumentException.class, () -> Username.of(raw));
    }
}
