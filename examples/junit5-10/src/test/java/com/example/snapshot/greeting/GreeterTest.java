package com.example.snapshot.greeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.snapshot.Slow;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreeterTest {

    @BeforeAll
    static void loadLocales() {
        Slow.sleepMillis(400);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(50);
    }

    @ParameterizedTest(name = "informal [{0}] -> {1}")
    @CsvSource({
        "Ada, hello ada!",
        "'  Grace  ', hello grace!",
        "'', hello!",
        "LINUS, hello linus!"
    })
    void informal(String name, String expected) {
        assertEquals(expected, new Greeter(Greeter.Style.INFORMAL).greet(name, LocalTime.of(9, 0)));
    }

    @Test
    void informalIgnoresTimeOfDay() {
        Greeter g = new Greeter(Greeter.Style.INFORMAL);
        assertEquals(g.greet("Ada", LocalTime.of(7, 0)), g.greet("Ada", LocalTime.of(23, 0)));
    }

    @Test
    void nullNameIsAnonymous() {
        assertEquals("hello!", new Greeter(Greeter.Style.INFORMAL).greet(null, LocalTime.NOON));
    }

    @Test
    @Disabled("localised greetings are not implemented yet")
    void greetsInGerman() {
        assertEquals("Guten Morgen, Ada.", new Greeter(Greeter.Style.FORMAL).greet("Ada", LocalTime.of(8, 0)));
    }

    @Nested
    class Informal {

        @Test
        @DisplayName("keeps the spaces inside a name")
        void keepsInnerSpaces() {
            assertEquals("hello ada lovelace!", new Greeter(Greeter.Style.INFORMAL).greet("  Ada Lovelace ", LocalTime.NOON));
        }
    }

    @Nested
    @DisplayName("formal greetings")
    class Formal {

        private final Greeter greeter = new Greeter(Greeter.Style.FORMAL);

        @Test
        void morning() {
            assertEquals("Good morning, Ada.", greeter.greet("Ada", LocalTime.of(11, 59)));
        }

        @Test
        void afternoonStartsAtNoon() {
            assertEquals("Good afternoon, Ada.", greeter.greet("Ada", LocalTime.NOON));
        }

        @Test
        void eveningWithoutName() {
            assertEquals("Good evening.", greeter.greet(" ", LocalTime.of(18, 0)));
        }
    }
}
