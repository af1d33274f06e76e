package org.ppay.node.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * A peer daemon's journal: every step it ran on its core, in order, with its inputs and its network transcript
 * (docs/daemons.md). The daemon writes a step's transcript before each message it sends and the step's outcome
 * before it answers its caller; on start it serves the journal again on a fresh core.
 */
public final class Journal {
    /** What one transcript entry records: a network call, or a random value the step drew. */
    public enum CallKind { PING, SEND, BROKER, NONCE, SEED }

    /**
     * One entry of a step's transcript. A ping keeps its answer in {@code value} (1 online); a message to a peer keeps
     * the signed request's nonce and time in {@code value} and {@code time}, so that a retry is the very same request;
     * a nonce drawn is {@code value}, a seed drawn is {@code request}.
     */
    public record Call(int idx, CallKind kind, byte[] peer, byte[] request, long value, long time, boolean answered,
                       byte[] answer, Integer errorCode, String errorMessage) {
        /** The same call with its answer: a message (or none), or a refusal's code and text. */
        public Call answeredWith(byte[] answer, Integer errorCode, String errorMessage) {
            return new Call(idx, kind, peer, request, value, time, true, answer, errorCode, errorMessage);
        }

        /** The same message sent again under another request nonce and time. */
        public Call resent(long nonce, long at) { return new Call(idx, kind, peer, request, nonce, at, false, null, null, null); }
    }

    /** Who asked for a step when another peer did: its key, its request's nonce, and the SHA-256 of the request body. */
    public record Origin(byte[] sender, long nonce, byte[] bodyHash) {}

    /** A step as it starts: its place, kind, time, arguments (JSON) and origin (null for the peer's own actions). */
    public record Header(long seq, String kind, long at, String input, Origin origin) {}

    /** How a step ended: a refusal's code and text, or a result (JSON). */
    public record Outcome(Integer errorCode, String errorMessage, String result) {}

    /** A step as journaled; {@code outcome} is null while it is not done. */
    public record Step(Header header, Outcome outcome, List<Call> calls) {
        public boolean done() { return outcome != null; }
    }

    private static final String STEP_COLUMNS = "seq, kind, at, input, sender, nonce, body_hash, done, error_code, error_message, result";

    private final Database db;

    public Journal(Database db) { this.db = db; }

    /**
     * Writes in one transaction: the step's header unless written before, the calls given (new or answered since),
     * and, when {@code outcome} is not null, the step's end.
     */
    public void write(Header h, List<Call> calls, Outcome outcome) {
        db.jdbi().useTransaction(t -> {
            Origin o = h.origin();
            t.createUpdate("INSERT OR IGNORE INTO step (seq, kind, at, input, sender, nonce, body_hash) VALUES (:seq, :kind, :at, :input, :sender, :nonce, :hash)")
                .bind("seq", h.seq()).bind("kind", h.kind()).bind("at", h.at()).bind("input", h.input())
                .bind("sender", o == null ? null : o.sender()).bind("nonce", o == null ? null : o.nonce())
                .bind("hash", o == null ? null : o.bodyHash()).execute();
            for (Call c : calls) insert(t, h.seq(), c);
            if (outcome != null) {
                t.createUpdate("UPDATE step SET done = 1, error_code = :code, error_message = :message, result = :result WHERE seq = :seq")
                    .bind("code", outcome.errorCode()).bind("message", outcome.errorMessage()).bind("result", outcome.result())
                    .bind("seq", h.seq()).execute();
            }
        });
    }

    private static void insert(Handle t, long step, Call c) {
        t.createUpdate("INSERT OR REPLACE INTO call (step, idx, kind, peer, request, value, time, answered, answer, error_code, error_message) "
                + "VALUES (:step, :idx, :kind, :peer, :request, :value, :time, :answered, :answer, :code, :message)")
            .bind("step", step).bind("idx", c.idx()).bind("kind", c.kind().name()).bind("peer", c.peer()).bind("request", c.request())
            .bind("value", c.value()).bind("time", c.time()).bind("answered", c.answered() ? 1 : 0).bind("answer", c.answer())
            .bind("code", c.errorCode()).bind("message", c.errorMessage()).execute();
    }

    /** The last step's number, 0 for an empty journal. */
    public long lastSeq() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM step").mapTo(Long.class).one());
    }

    public long size() { return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM step").mapTo(Long.class).one()); }

    /** Every step with its transcript, in order, read a page at a time. */
    public void forEach(Consumer<Step> each) {
        long after = 0;
        for (List<Step> page = page(after, 1000, true); !page.isEmpty(); page = page(after, 1000, true)) {
            page.forEach(each);
            after = page.get(page.size() - 1).header().seq();
        }
    }

    /** Up to {@code limit} steps after {@code seq}, without their transcripts. */
    public List<Step> after(long seq, int limit) { return page(seq, limit, false); }

    /** The newest {@code limit} steps, newest first, without their transcripts. */
    public List<Step> latest(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + STEP_COLUMNS + " FROM step ORDER BY seq DESC LIMIT :n")
            .bind("n", limit).map((rs, ctx) -> step(rs, List.of())).list());
    }

    private List<Step> page(long after, int limit, boolean withCalls) {
        return db.jdbi().withHandle(h -> {
            List<Step> steps = h.createQuery("SELECT " + STEP_COLUMNS + " FROM step WHERE seq > :after ORDER BY seq LIMIT :n")
                .bind("after", after).bind("n", limit).map((rs, ctx) -> step(rs, new ArrayList<>())).list();
            if (!withCalls || steps.isEmpty()) return steps;
            long first = steps.get(0).header().seq(), last = steps.get(steps.size() - 1).header().seq();
            java.util.Map<Long, Step> bySeq = new java.util.HashMap<>();
            for (Step s : steps) bySeq.put(s.header().seq(), s);
            h.createQuery("SELECT step, idx, kind, peer, request, value, time, answered, answer, error_code, error_message FROM call "
                    + "WHERE step BETWEEN :a AND :b ORDER BY step, idx")
                .bind("a", first).bind("b", last)
                .map((rs, ctx) -> java.util.Map.entry(rs.getLong(1), call(rs))).forEach(e -> bySeq.get(e.getKey()).calls().add(e.getValue()));
            return steps;
        });
    }

    /** The step a request from {@code sender} with this nonce started, if one did. */
    public Optional<Step> served(byte[] sender, long nonce) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + STEP_COLUMNS + " FROM step WHERE sender = :sender AND nonce = :nonce")
            .bind("sender", sender).bind("nonce", nonce).map((rs, ctx) -> step(rs, List.of())).findOne());
    }

    public Optional<String> meta(String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT value FROM meta WHERE key = :k").bind("k", key).mapTo(String.class).findOne());
    }

    public void meta(String key, String value) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT OR REPLACE INTO meta (key, value) VALUES (:k, :v)").bind("k", key).bind("v", value).execute());
    }

    public Database database() { return db; }

    private static Step step(ResultSet rs, List<Call> calls) throws SQLException {
        byte[] sender = rs.getBytes(5);
        Origin origin = sender == null ? null : new Origin(sender, rs.getLong(6), rs.getBytes(7));
        Header h = new Header(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), origin);
        Outcome o = rs.getInt(8) == 0 ? null : new Outcome((Integer) rs.getObject(9), rs.getString(10), rs.getString(11));
        return new Step(h, o, calls);
    }

    private static Call call(ResultSet rs) throws SQLException {
        return new Call(rs.getInt(2), CallKind.valueOf(rs.getString(3)), rs.getBytes(4), rs.getBytes(5), rs.getLong(6), rs.getLong(7),
            rs.getInt(8) == 1, rs.getBytes(9), (Integer) rs.getObject(10), rs.getString(11));
    }
}
