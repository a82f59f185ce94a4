package com.example.shop.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Slow;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModerationFilterTest {

    private ModerationFilter filter;

    @BeforeAll
    static void loadBlocklist() {
        Slow.sleepMillis(705);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(100);
        filter = new ModerationFilter(Set.of("darn", "Heck"));
    }

    @Test
    void cleanReviewHasNoFlags() {
        assertEquals(List.of(), filter.flags("Great mug, keeps coffee hot for hours."));
    }

    @Test
    void blockedWordIsFlaggedOnce() {
        assertEquals(List.of(ModerationFilter.Flag.BLOCKED_WORD), filter.flags("darn good mug, darn good price"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"see http://spam.example for more", "visit www.spam.example today!", "HTTPS://X.Y is nice indeed"})
    void linksAreFlagged(String text) {
        assertEquals(true, filter.flags(text).contains(ModerationFilter.Flag.LINK));
    }

    @Test
    void shoutingIsFlagged() {
        assertEquals(List.of(ModerationFilter.Flag.SHOUTING), filter.flags("THIS IS THE BEST MUG EVER"));
    }

    @Test
    void shortUpperCaseIsNotShouting() {
        assertEquals(List.of(ModerationFilter.Flag.TOO_SHORT), filter.flags("OK MUG"));
    }

    @Test
    void multipleFlags() {
        assertEquals(List.of(ModerationFilter.Flag.BLOCKED_WORD, ModerationFilter.Flag.TOO_SHORT), filter.flags("heck no"));
    }

    @Test
    void masksBlockedWordsPreservingCase() {
        assertEquals("What the **** is this ****?", filter.mask("What the Heck is this darn?"));
    }

    @Test
    void maskingLeavesPartialMatches() {
        assertEquals("darned hecktic", filter.mask("darned hecktic"));
    }
}
