package com.example.shop.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private PasswordPolicy policy;

    @BeforeAll
    static void loadBreachedPasswordList() {
        Slow.sleepMillis(880);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(90);
        policy = new PasswordPolicy(10, 3, List.of("password", "qwerty", "123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Correct-Horse-9", "tr0ub4dor&Three", "Xk9!mmmmmmmm"})
    void acceptsStrongPasswords(String password) {
        assertTrue(policy.accepts(password, "jane"), () -> policy.violations(password, "jane").toString());
    }

    @ParameterizedTest
    @CsvSource({
        "Short1!, at least 10 characters",
        "alllowercaseletters, 'at least 3 of: lower case, upper case, digit, symbol'",
        "MyPassword#2024, contains a common password",
        "Jane-Is-Great-1, must not contain the username"
    })
    void reportsViolation(String password, String violation) {
        assertTrue(policy.violations(password, "jane").contains(violation), () -> policy.violations(password, "jane").toString());
    }

    @Test
    void reportsAllViolationsTogether() {
        assertEquals(List.of("at least 10 characters", "at least 3 of: lower case, upper case, digit, symbol",
                "contains a common password"), policy.violations("qwerty", null));
    }

    @Test
    void countsCharacterClasses() {
        assertEquals(1, PasswordPolicy.classes("abc"));
        assertEquals(2, PasswordPolicy.classes("aB"));
        assertEquals(4, PasswordPolicy.classes("aB1 "));
        assertEquals(0, PasswordPolicy.classes(""));
    }

    @Test
    void blocklistIsCaseInsensitive() {
        assertFalse(policy.accepts("XXPaSsWoRdXX1", "bob"));
    }
}
