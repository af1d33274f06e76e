package org.ppay.node;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the node tests run on: a SQLite file in a test's temporary directory, and the PostgreSQL that
 * {@code PPAY_TEST_POSTGRES} names (default {@code postgresql://localhost:5432/ppay_test?user=ppay&password=ppay},
 * what {@code .ci/run} sets up). Without a PostgreSQL the PostgreSQL tests are skipped, unless
 * {@code PPAY_REQUIRE_POSTGRES} is set (CI sets it), when they fail.
 */
public final class Databases {
    private Databases() {}

    public static String sqlite(Path dir) { return "sqlite:" + dir.resolve("broker.db"); }

    public static String postgres() {
        String env = System.getenv("PPAY_TEST_POSTGRES");
        return env != null && !env.isBlank() ? env : "postgresql://localhost:5432/ppay_test?user=ppay&password=ppay";
    }

    /** The PostgreSQL test database, emptied of every table; skips the test when there is none (unless required). */
    public static String freshPostgres() {
        String url = postgres();
        String jdbc = "jdbc:" + url.replaceFirst("^postgres(ql)?://", "postgresql://");
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (Exception e) {
            if (System.getenv("PPAY_REQUIRE_POSTGRES") != null) throw new AssertionError("PostgreSQL is required but " + url + " fails: " + e.getMessage(), e);
            Assumptions.abort("no PostgreSQL at " + url + " (" + e.getMessage() + "): set PPAY_TEST_POSTGRES, or run .ci/run");
        }
        return url;
    }
}
