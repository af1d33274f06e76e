package org.ppay.node.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The broker's log: every request that moved its state, in the order it was served, with its answer. One
 * transaction appends a batch; a broker process holds the log's lock for the whole transaction, so processes
 * sharing one PostgreSQL database serve requests one after the other, each having caught up first.
 */
public final class BrokerLog {
    /** One served request: its position, the broker time it was served at, and what the broker answered. */
    public record Entry(long seq, long at, byte[] requestHash, byte[] request, byte[] answer, Integer errorCode, String errorMessage) {}

    private final Database db;

    public BrokerLog(Database db) { this.db = db; }

    public Database database() { return db; }

    /** Takes the log's lock for the rest of the transaction (PostgreSQL; SQLite's IMMEDIATE transactions hold it already). */
    public void lock(Handle h) {
        if (db.kind() == Database.Kind.POSTGRESQL) h.execute("SELECT pg_advisory_xact_lock(7305)");
    }

    private static final String COLUMNS = "seq, at, request_hash, request, answer, error_code, error_message";

    /**
     * Hands every entry after {@code seq} to {@code each}, in order, reading a thousand rows at a time (a whole log is
     * served again on start without being held in memory). Plain JDBC: this runs once per batch the writer serves.
     */
    public void after(Handle h, long seq, Consumer<Entry> each) {
        try (PreparedStatement q = h.getConnection().prepareStatement("SELECT " + COLUMNS + " FROM broker_log WHERE seq > ? ORDER BY seq")) {
            q.setFetchSize(1000);
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) each.accept(entry(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the broker's log after entry " + seq + ": " + e.getMessage(), e);
        }
    }

    /** The entry of the request with this hash, if the broker served it. */
    public Optional<Entry> byHash(Handle h, byte[] hash) {
        try (PreparedStatement q = h.getConnection().prepareStatement("SELECT " + COLUMNS + " FROM broker_log WHERE request_hash = ?")) {
            q.setBytes(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look a request up in the broker's log: " + e.getMessage(), e);
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), (Integer) rs.getObject(6), rs.getString(7));
    }

    /** Appends entries in one batched statement (one round trip to PostgreSQL, one prepared statement for SQLite). */
    public void append(Handle h, List<Entry> entries) {
        if (entries.isEmpty()) return;
        try (PreparedStatement insert = h.getConnection().prepareStatement(
                "INSERT INTO broker_log (seq, at, request_hash, request, answer, error_code, error_message) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                insert.setLong(1, e.seq());
                insert.setLong(2, e.at());
                insert.setBytes(3, e.requestHash());
                insert.setBytes(4, e.request());
                if (e.answer() == null) insert.setNull(5, Types.BINARY);
                else insert.setBytes(5, e.answer());
                if (e.errorCode() == null) insert.setNull(6, Types.INTEGER);
                else insert.setInt(6, e.errorCode());
                insert.setString(7, e.errorMessage());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException x) {
            throw new IllegalStateException("could not append " + entries.size() + " entries to the broker's log: " + x.getMessage(), x);
        }
    }

    public long size() { return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM broker_log").mapTo(Long.class).one()); }

    /** Records where a peer says it can be reached (a newer entry replaces an older one). */
    public void announce(byte[] peer, String url, long at) {
        db.jdbi().useHandle(h -> {
            int updated = h.createUpdate("UPDATE directory SET url = :url, at = :at WHERE peer = :peer AND at <= :at")
                .bind("peer", peer).bind("url", url).bind("at", at).execute();
            if (updated == 0 && h.createQuery("SELECT COUNT(*) FROM directory WHERE peer = :peer").bind("peer", peer).mapTo(Long.class).one() == 0) {
                h.createUpdate("INSERT INTO directory (peer, url, at) VALUES (:peer, :url, :at)").bind("peer", peer).bind("url", url).bind("at", at).execute();
            }
        });
    }

    /** Where a peer said it can be reached. */
    public Optional<String> address(byte[] peer) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT url FROM directory WHERE peer = :peer").bind("peer", peer).mapTo(String.class).findOne());
    }
}
