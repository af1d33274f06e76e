package org.ppay.node.store;

import java.util.List;
import java.util.Optional;
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

    /** Entries after {@code seq}, in order. */
    public List<Entry> after(Handle h, long seq) {
        return h.createQuery("SELECT seq, at, request_hash, request, answer, error_code, error_message FROM broker_log WHERE seq > :seq ORDER BY seq")
            .bind("seq", seq).map((rs, ctx) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
                (Integer) rs.getObject(6), rs.getString(7))).list();
    }

    /** The entry of the request with this hash, if the broker served it. */
    public Optional<Entry> byHash(Handle h, byte[] hash) {
        return h.createQuery("SELECT seq, at, request_hash, request, answer, error_code, error_message FROM broker_log WHERE request_hash = :h")
            .bind("h", hash).map((rs, ctx) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5),
                (Integer) rs.getObject(6), rs.getString(7))).findOne();
    }

    public void append(Handle h, Entry e) {
        h.createUpdate("INSERT INTO broker_log (seq, at, request_hash, request, answer, error_code, error_message) "
                + "VALUES (:seq, :at, :hash, :request, :answer, :code, :message)")
            .bind("seq", e.seq()).bind("at", e.at()).bind("hash", e.requestHash()).bind("request", e.request())
            .bind("answer", e.answer()).bind("code", e.errorCode()).bind("message", e.errorMessage()).execute();
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
