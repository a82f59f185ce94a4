package com.example.legacy.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.example.legacy.Slow;
import java.util.Arrays;
import java.util.Collections;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Ignore;
import org.junit.Test;

public class WordWrapTest {

    @BeforeClass
    public static void loadHyphenationDictionary() {
        Slow.sleepMillis(500);
    }

    @Before
    public void setUp() {
        Slow.sleepMillis(40);
    }

    @Test
    public void wrapsAtWordBoundaries() {
        assertEquals(Arrays.asList("the quick", "brown fox", "jumps over", "the lazy", "dog"),
                WordWrap.wrap("the quick brown fox jumps over the lazy dog", 10));
    }

    @Test
    public void collapsesWhitespace() {
        assertEquals(Arrays.asList("a b c"), WordWrap.wrap("  a \n b\t\tc  ", 80));
    }

    @Test
    public void splitsLongWords() {
        assertEquals(Arrays.asList("ab", "cdefghij", "klmnopqr", "st"), WordWrap.wrap("ab cdefghijklmnopqrst", 8));
    }

    @Test
    public void emptyTextHasNoLines() {
        assertEquals(Collections.emptyList(), WordWrap.wrap("   ", 5));
    }

    @Test(expected = IllegalArgumentException.class)
    public void widthMustBePositive() {
        WordWrap.wrap("x", 0);
    }

    @Ignore("hyphenation is not implemented yet")
    @Test
    public void hyphenatesLongWords() {
        assertTrue(WordWrap.wrap("internationalisation", 8).get(0).endsWith("-"));
    }
}
