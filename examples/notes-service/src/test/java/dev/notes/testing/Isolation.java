package dev.notes.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;

/** The check behind each package's isolation test. */
public final class Isolation {

    private Isolation() {
    }

    /**
     * Asserts a few times over about a second that the only package claiming the database is the
     * given test's own: under testshard each shard has a database of its own, under plain Maven
     * the classes run one after another.
     */
    public static void assertDatabaseUsedOnlyBy(Class<?> test) throws SQLException {
        for (int round = 0; round < 3; round++) {
            Slow.sleepMillis(400);
            assertEquals(List.of(test.getPackageName()), DatabaseClaim.claimingPackages(),
                    "test packages claiming this database (shards must not share one)");
        }
    }
}
