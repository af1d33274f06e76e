package org.ppay.node.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A database named as the command line names it: {@code sqlite:PATH} (the default: one file, one machine) or
 * {@code postgresql://HOST[:PORT]/DB[?user=U&password=P]} (shared by several broker processes). Opening it brings
 * its schema to the newest version with the migrations under {@code db/SCHEMA/VENDOR}.
 */
public final class Database implements AutoCloseable {
    public enum Kind { SQLITE, POSTGRESQL }

    private final Kind kind;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String display;

    private Database(Kind kind, HikariDataSource pool, String display) {
        this.kind = kind;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.display = display;
    }

    /**
     * Opens (creating a SQLite file if needed) and migrates.
     *
     * @param schema the migrations to apply: {@code broker} or {@code peer}
     * @throws StoreException BAD_URL for a URL of neither form, UNAVAILABLE when the database cannot be reached
     */
    public static Database open(String url, String schema) throws StoreException {
        Database db = connect(url);
        try {
            Flyway.configure().dataSource(db.pool).locations("classpath:db/" + schema + "/" + db.kind.name().toLowerCase(Locale.ROOT))
                .table("ppay_schema_history").load().migrate();
        } catch (RuntimeException e) {
            db.close();
            throw new StoreException(StoreException.Reason.UNAVAILABLE, "cannot migrate " + db.display + ": " + rootMessage(e), e);
        }
        return db;
    }

    private static Database connect(String url) throws StoreException {
        if (url == null || url.isBlank()) throw new StoreException(StoreException.Reason.BAD_URL, "the database URL is empty");
        HikariConfig c = new HikariConfig();
        c.setPoolName("ppay");
        if (url.startsWith("sqlite:")) {
            String path = url.substring("sqlite:".length());
            if (path.isBlank()) throw new StoreException(StoreException.Reason.BAD_URL, "sqlite: needs a file path, e.g. sqlite:ppay-broker.db");
            Path p = Path.of(path).toAbsolutePath();
            Path dir = p.getParent();
            if (dir != null && !Files.isDirectory(dir)) throw new StoreException(StoreException.Reason.BAD_URL, "no such directory: " + dir);
            c.setJdbcUrl("jdbc:sqlite:" + p);
            // WAL lets readers run beside the one writer; FULL syncs every commit to disk before it returns
            c.addDataSourceProperty("journal_mode", "WAL");
            c.addDataSourceProperty("synchronous", "FULL");
            c.addDataSourceProperty("busy_timeout", "10000");
            c.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            c.setMaximumPoolSize(4);
            return open(c, Kind.SQLITE, "sqlite:" + p);
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            URI u = URI.create(url.replaceFirst("^postgres(ql)?://", "postgresql://"));
            if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
                throw new StoreException(StoreException.Reason.BAD_URL, "postgresql URL needs a host and a database: postgresql://HOST[:PORT]/DB");
            }
            c.setJdbcUrl("jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort()) + u.getPath()
                + (u.getQuery() == null ? "" : "?" + u.getQuery()));
            c.setMaximumPoolSize(8);
            return open(c, Kind.POSTGRESQL, "postgresql://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + u.getPath());
        }
        throw new StoreException(StoreException.Reason.BAD_URL, "a database URL is sqlite:PATH or postgresql://HOST[:PORT]/DB, not '" + url + "'");
    }

    private static Database open(HikariConfig c, Kind kind, String display) throws StoreException {
        c.setConnectionTimeout(10_000);
        c.setInitializationFailTimeout(10_000);
        try {
            return new Database(kind, new HikariDataSource(c), display);
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Reason.UNAVAILABLE, "cannot reach " + display + ": " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public Kind kind() { return kind; }

    public Jdbi jdbi() { return jdbi; }

    /** The URL without its password, for messages. */
    @Override public String toString() { return display; }

    @Override public void close() { pool.close(); }
}
