package newsquiz.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases the store's tests run against: always a fresh SQLite file, and PostgreSQL when
 * NEWSQUIZ_TEST_PG holds a JDBC URL (make test and CI start a throwaway server and set it). Each PostgreSQL test
 * gets a schema of its own. Under CI a missing PostgreSQL fails rather than skips.
 */
final class Databases {
    private Databases() {
    }

    static List<String> kinds() {
        List<String> out = new ArrayList<>(List.of("sqlite"));
        if (System.getenv("NEWSQUIZ_TEST_PG") != null) {
            out.add("postgresql");
        } else if (System.getenv("CI") != null) {
            fail("NEWSQUIZ_TEST_PG is not set: CI must test the store on PostgreSQL too");
        }
        return out;
    }

    /** A fresh, empty database of the kind, as a location Gradebook.open takes. */
    static String fresh(String kind) {
        if (kind.equals("sqlite")) {
            try {
                return Files.createTempDirectory("newsquiz-store").resolve("grades.db").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String url = System.getenv("NEWSQUIZ_TEST_PG");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the test PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
