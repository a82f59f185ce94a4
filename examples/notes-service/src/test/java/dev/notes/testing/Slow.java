package dev.notes.testing;

/**
 * Simulated slow set-up (fixture loading, connection pools warming up, ...).
 *
 * <p>Every sleep is multiplied by a scale read from the system property {@code example.sleepScale}
 * or, if that is not set, the environment variable {@code EXAMPLE_SLEEP_SCALE} (default 1.0).
 * {@code mvn test -Dexample.sleepScale=0} therefore runs the same tests without waiting.
 */
public final class Slow {

    public static final String PROPERTY = "example.sleepScale";
    public static final String ENVIRONMENT = "EXAMPLE_SLEEP_SCALE";

    private Slow() {
    }

    public static double scale() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        if (value == null || value.isBlank()) {
            return 1.0;
        }
        try {
            return Math.max(0.0, Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid sleep scale '" + value + "' (from " + PROPERTY + " / " + ENVIRONMENT + ")", e);
        }
    }

    public static void sleepMillis(long millis) {
        long scaled = Math.round(millis * scale());
        if (scaled <= 0) {
            return;
        }
        try {
            Thread.sleep(scaled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sleeping", e);
        }
    }
}
