package dev.notes.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks the database as in use by a test class while it runs: a row (JVM, package, class) in
 * {@code test_claims}, written before the class's first test and deleted after its last. Each
 * package's isolation test asserts that no other package and no other JVM holds a claim, which
 * fails as soon as two shards (or two runs) share one database. Claims older than ten minutes count
 * as left over from a killed run.
 */
public final class DatabaseClaim implements BeforeAllCallback, AfterAllCallback {

    /** This JVM, so that two runs of the same classes tell their claims apart. */
    private static final String OWNER = UUID.randomUUID().toString();

    static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists test_claims (
                        owner text not null,
                        package text not null,
                        test_class text not null,
                        claimed_at timestamptz not null default now()
                    )""");
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        Class<?> test = context.getRequiredTestClass();
        update("insert into test_claims (package, test_class, owner) values (?, ?, ?)", test);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        update("delete from test_claims where package = ? and test_class = ? and owner = ?",
                context.getRequiredTestClass());
    }

    private static void update(String sql, Class<?> test) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, test.getPackageName());
            statement.setString(2, test.getName());
            statement.setString(3, OWNER);
            statement.executeUpdate();
        }
    }

    /** The packages with a live claim, sorted; those of other JVMs marked "(another JVM)". */
    public static List<String> claimingPackages() throws SQLException {
        List<String> packages = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement("""
                        select distinct package || case when owner = ? then '' else ' (another JVM)' end
                        from test_claims where claimed_at > now() - interval '10 minutes' order by 1""")) {
            statement.setString(1, OWNER);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    packages.add(rows.getString(1));
                }
            }
        }
        return packages;
    }
}
