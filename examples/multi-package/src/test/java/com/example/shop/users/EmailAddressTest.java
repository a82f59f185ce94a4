package com.example.shop.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.shop.Slow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @BeforeAll
    static void loadDomainList() {
        Slow.sleepMillis(485);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(70);
    }

    @ParameterizedTest
    @CsvSource({
        "jane@example.com, jane@example.com",
        "Jane.Doe@Example.COM, Jane.Doe@example.com",
        " jane+shop@mail.example.org , jane+shop@mail.example.org",
        "j_d-1%x@sub-domain.example.io, j_d-1%x@sub-domain.example.io"
    })
    void normalisesDomain(String input, String expected) {
        assertEquals(expected, EmailAddress.parse(input).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.com", "jane@", "jane@@example.com", "a@b@example.com",
        ".jane@example.com", "jane.@example.com", "ja..ne@example.com", "jane@example", "jane@-example.com",
        "jane doe@example.com", "jane@example.c"})
    void rejectsInvalid(String input) {
        assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(input));
    }

    @Test
    void stripsPlusTag() {
        assertEquals("jane@example.com", EmailAddress.parse("jane+news@example.com").withoutTag().toString());
    }

    @Test
    void withoutTagIsIdentityWhenUntagged() {
        EmailAddress e = EmailAddress.parse("jane@example.com");
        assertSame(e, e.withoutTag());
    }
}
