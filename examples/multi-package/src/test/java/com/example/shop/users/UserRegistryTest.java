package com.example.shop.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserRegistryTest {

    private UserRegistry registry;

    @BeforeAll
    static void migrateUserSchema() {
        Slow.sleepMillis(1145);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(150);
        registry = new UserRegistry(new PasswordPolicy(8, 2, List.of("password")));
        registry.register("Jane.Doe", "jane@example.com", "Secret-123", "Jane");
    }

    @Test
    void assignsIncreasingIds() {
        UserRegistry.User bob = registry.register("bob", "bob@example.com", "Secret-456", "Bob");
        assertEquals(2, bob.id());
        assertEquals(2, registry.size());
    }

    @Test
    void findsByNormalisedUsername() {
        assertEquals("Jane", registry.findByUsername("JANE.DOE").orElseThrow().firstName());
        assertTrue(registry.findByUsername("nobody").isEmpty());
    }

    @Test
    void findsByEmailIgnoringTagAndCase() {
        assertEquals("jane.doe", registry.findByEmail("Jane+shop@EXAMPLE.com").orElseThrow().username().value());
    }

    @Test
    void usernameMustBeUnique() {
        assertThrows(IllegalStateException.class,
                () -> registry.register("jane.doe", "other@example.com", "Secret-789", "J"));
    }

    @Test
    void emailMustBeUniqueEvenWithTag() {
        assertThrows(IllegalStateException.class,
                () -> registry.register("janet", "jane+2@example.com", "Secret-789", "J"));
    }

    @Test
    void weakPasswordIsRejectedAndNothingIsStored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.register("carl", "carl@example.com", "carl1234", "Carl"));
        assertTrue(e.getMessage().contains("must not contain the username"), e.getMessage());
        assertEquals(1, registry.size());
    }

    @Test
    void invalidEmailIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> registry.register("dora", "dora", "Secret-1", "Dora"));
    }
}
