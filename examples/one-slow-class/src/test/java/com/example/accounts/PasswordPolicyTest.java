package com.example.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    @BeforeEach
    void loadBreachList() {
        Slow.sleepMillis(600);
    }

    @Test
    void acceptsStrongPassword() {
        assertTrue(policy.accepts("Correct7HorseBattery", "ada"));
    }

    @Test
    void listsEveryViolation() {
        assertEquals(List.of("shorter than 10 characters", "no digit", "no upper-case letter"), policy.violations("short", "ada"));
    }

    @Test
    void rejectsUserNameInPassword() {
        assertEquals(List.of("contains the user name"), policy.violations("MyNameIsAda2024", "ada"));
    }

    @Test
    void emptyPasswordBreaksAllCharacterRules() {
        assertFalse(policy.accepts("", ""));
        assertEquals(4, policy.violations("", "").size());
    }
}
