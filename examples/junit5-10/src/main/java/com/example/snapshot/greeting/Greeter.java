package com.example.snapshot.greeting;

import java.time.LocalTime;
import java.util.Locale;

/** Builds greetings, informal or formal, depending on the time of day. */
public final class Greeter {

    public enum Style { INFORMAL, FORMAL }

    private final Style style;

    public Greeter(Style style) {
        this.style = style;
    }

    public String greet(String name, LocalTime time) {
        String n = name == null || name.isBlank() ? null : name.strip();
        if (style == Style.INFORMAL) {
            return n == null ? "hello!" : "hello " + n.toLowerCase(Locale.ROOT) + "!";
        }
        String salutation = time.isBefore(LocalTime.NOON) ? "Good morning"
                : time.isBefore(LocalTime.of(18, 0)) ? "Good afternoon" : "Good evening";
        return n == null ? salutation + "." : salutation + ", " + n + ".";
    }
}
