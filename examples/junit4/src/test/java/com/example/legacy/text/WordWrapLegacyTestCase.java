package com.example.legacy.text;

import java.util.Arrays;
import junit.framework.TestCase;

/** A JUnit 3 {@code TestCase}, still run by JUnit 4 (and the Vintage engine): test methods by name. */
public class WordWrapLegacyTestCase extends TestCase {

    public void testWrapsEveryWordOnItsOwnLineAtWidthOne() {
        assertEquals(Arrays.asList("a", "b", "c"), WordWrap.wrap("a b c", 1));
    }

    public void testKeepsAShortTextOnOneLine() {
        assertEquals(Arrays.asList("short text"), WordWrap.wrap("short text", 40));
    }
}
