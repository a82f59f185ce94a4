package com.example.lifecycle;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** A {@code @Disabled} class: Surefire writes each test as skipped, with the reason. */
@Disabled("switched off on purpose")
class DisabledClassTest {
    @Test
    void one() {}

    @Test
    void two() {}
}
