package dev.notes.api;

import dev.notes.testing.DatabaseClaim;
import dev.notes.testing.Isolation;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseClaim.class)
class ApiIsolationTest {

    @Test
    void noOtherTestPackageUsesThisDatabase() throws SQLException {
        Isolation.assertDatabaseUsedOnlyBy(getClass());
    }
}
