package com.example.shop.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.shop.Slow;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTest {

    @BeforeAll
    static void loadPostalData() {
        Slow.sleepMillis(615);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(80);
    }

    @ParameterizedTest
    @CsvSource({
        "DE, 10115",
        "FR, 75001",
        "IT, 00184",
        "NL, 1012 AB",
        "NL, 1012AB",
        "LU, 1009",
        "CH, 8001"
    })
    void acceptsValidPostalCodes(String country, String postalCode) {
        Address a = new Address("Jane Doe", "Main Street 1", postalCode, "Somewhere", country);
        assertTrue(a.isValid(), () -> a.problems().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "DE, 1011",
        "FR, 7500A",
        "NL, 1012 ab",
        "CH, 80010"
    })
    void rejectsInvalidPostalCodes(String country, String postalCode) {
        Address a = new Address("Jane Doe", "Main Street 1", postalCode, "Somewhere", country);
        assertEquals(List.of("postal code " + postalCode + " is invalid for " + country), a.problems());
    }

    @Test
    void collectsAllProblems() {
        Address a = new Address(" ", "Main Street", "10115", "", "DE");
        assertEquals(List.of("name is required", "street needs a house number", "city is required"), a.problems());
    }

    @Test
    void refusesUnsupportedCountry() {
        Address a = new Address("Jane", "Main Street 1", "12345", "Madrid", "ES");
        assertEquals(List.of("we do not ship to ES"), a.problems());
    }
}
