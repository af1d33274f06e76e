package org.ppay.node.broker;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.broker.Broker;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Message;
import org.ppay.core.role.RoleContext;
import org.ppay.node.crypto.Signatures;
import org.ppay.node.crypto.VerifyCache;
import org.ppay.node.store.BrokerLog;

/**
 * The broker as a service: the core's {@link Broker}, made durable by its log. One writer thread serves requests
 * one after another, in batches: it takes the log's lock, catches up with what other broker processes appended,
 * serves the batch on the core, appends every request that moved the state (with its answer) in one batched insert
 * and commits, and only then answers (group commit: one disk sync for the batch). A request served before, the same
 * bytes, gets its recorded answer and moves nothing; an index of the logged requests in memory spares new requests
 * the query that tells. On start the core is rebuilt by serving the whole log again: the core has no
 * clock or randomness of its own, so the same requests at the same times give the same state.
 */
public final class BrokerService implements AutoCloseable {
    /** What the broker said to one request: an answer (possibly none) or a refusal with its code. */
    public record Outcome(byte[] answer, ErrorCode refused, String message) {
        static Outcome answered(Message m) { return new Outcome(m == null ? null : m.encode(), null, null); }

        static Outcome refused(ErrorCode code, String message) { return new Outcome(null, code, message); }

        public boolean ok() { return refused == null; }
    }

    /** A request the endpoint has decoded already: its bytes (what is hashed, logged and signed over) and its message. */
    public record Request(byte[] bytes, Message message) {}

    /** What the writer thread does: serve a request, or look at the core between batches. */
    private sealed interface Job permits Pending, Look {}

    private record Pending(byte[] bytes, byte[] hash, Message message, CompletableFuture<Outcome> done) implements Job {}

    private record Look(Function<Broker, Object> view, CompletableFuture<Object> done) implements Job {}

    private static final int BATCH = 512;

    private final BrokerLog log;
    private final Params params;
    private final Signer key;
    private final VerifyCache verifier;
    private final LongSupplier clock;
    private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(16_384);
    private final RequestIndex logged = new RequestIndex();
    private final Thread writer;
    private volatile boolean open = true;
    private Broker broker;
    private long applied;
    private long lastAt;

    /**
     * @param clock the broker's time in seconds; a request is served at max(clock, the last logged time)
     */
    public BrokerService(BrokerLog log, Signer key, Verifier verifier, Params params, LongSupplier clock) {
        this.log = log;
        this.params = params;
        this.verifier = new VerifyCache(verifier, 1_000_000);
        this.key = this.verifier.remembering(key);
        this.clock = clock;
        rebuild();
        this.writer = new Thread(this::serveForever, "ppay-broker-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public Params params() { return params; }

    public org.ppay.core.PeerId id() { return key.id(); }

    public VerifyCache verifier() { return verifier; }

    /** The broker's time now, as it would serve a request. */
    public long now() { return Math.max(clock.getAsLong(), lastAt); }

    public BrokerLog log() { return log; }

    /** Peers booted for repeated fraud (Section 4.2), as of every request answered so far. */
    public List<org.ppay.core.PeerId> booted() {
        return look(b -> {
            List<org.ppay.core.PeerId> out = new ArrayList<>();
            b.accounts().forEach((id, a) -> { if (a.status() == org.ppay.core.broker.Books.Status.BOOTED) out.add(id); });
            return List.copyOf(out);
        });
    }

    /** Every fraud the broker proved and attributed (Theorem 1), in order, as of every request answered so far. */
    public List<org.ppay.core.role.Detection> frauds() { return look(b -> List.copyOf(b.detections())); }

    /**
     * The broker's totals (Section 4.2): money that entered, its fee and penalty income, fake-coin payments held in
     * escrow (in coins), and whether every unit is accounted for. With every account's statement, anyone can check
     * that balances, deposits and prepaid value plus these add up to the money that entered.
     */
    public record Totals(long moneyIn, long feeIncome, long penaltyIncome, long escrowCoins, boolean conserved) {}

    /** The totals as of every request answered so far. */
    public Totals totals() { return look(b -> new Totals(b.moneyIn(), b.feeIncome(), b.penaltyIncome(), b.escrowCoins(), b.conserved())); }

    /**
     * Computes a view of the core on the writer thread (the only one that may touch it), after the requests queued
     * before: a reader sees every request answered before it asked. Views that visit every account cost their time
     * only when asked for, not on every batch.
     *
     * @throws Unavailable when the broker is closing or too busy to answer within 10 s
     */
    @SuppressWarnings("unchecked")
    private <T> T look(Function<Broker, T> view) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        try {
            if (!open || !queue.offer(new Look((Function<Broker, Object>) view, done), 10, TimeUnit.SECONDS)) throw new Unavailable("the broker is busy or closing", null);
            return (T) done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new Unavailable("the broker could not answer: " + e, e);
        }
    }

    /** The broker cannot answer now (closing, or busy past the wait). */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) { super(message, cause); }
    }

    /** The log's length: requests that moved the broker's state. */
    public long applied() { return applied; }

    /**
     * Serves one encoded request; returns once its effect is on disk.
     *
     * @return the outcome; MALFORMED for bytes that are not a message
     */
    public Outcome serve(byte[] bytes) {
        return serveAll(List.of(bytes)).get(0);
    }

    /** Serves requests in this order, in as few transactions as the writer manages; each outcome as {@link #serve}. */
    public List<Outcome> serveAll(List<byte[]> requests) {
        List<Request> decoded = new ArrayList<>(requests.size());
        List<Outcome> malformed = new ArrayList<>(requests.size());
        for (byte[] bytes : requests) {
            try {
                decoded.add(new Request(bytes, Codec.decode(bytes)));
                malformed.add(null);
            } catch (PPayException e) {
                malformed.add(Outcome.refused(e.code(), e.getMessage()));
            }
        }
        List<Outcome> served = serveDecoded(decoded), out = new ArrayList<>(requests.size());
        int next = 0;
        for (Outcome m : malformed) out.add(m != null ? m : served.get(next++));
        return out;
    }

    /**
     * Serves requests decoded by the caller, in this order. Their signatures are checked here first, on the caller's
     * thread (callers check in parallel; the writer then finds them in the cache), and only then do they queue, so that
     * a batch reaches the writer whole and is committed in as few transactions as it can be.
     */
    public List<Outcome> serveDecoded(List<Request> requests) {
        List<Pending> pending = new ArrayList<>(requests.size());
        for (Request r : requests) {
            Signatures.precheck(r.message(), key.id(), verifier);
            pending.add(new Pending(r.bytes(), Hashes.sha256(r.bytes()), r.message(), new CompletableFuture<>()));
        }
        for (Pending p : pending) enqueue(p);
        List<Outcome> out = new ArrayList<>(pending.size());
        for (Pending p : pending) out.add(await(p.done));
        return out;
    }

    private void enqueue(Pending p) {
        try {
            if (!open || !queue.offer(p, 10, TimeUnit.SECONDS)) p.done.complete(Outcome.refused(ErrorCode.OFFLINE, "the broker is busy or closing"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.done.complete(Outcome.refused(ErrorCode.OFFLINE, "interrupted"));
        }
    }

    private static Outcome await(CompletableFuture<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.refused(ErrorCode.OFFLINE, "interrupted");
        } catch (ExecutionException e) {
            return Outcome.refused(ErrorCode.OFFLINE, "the broker could not store the request: " + e.getCause().getMessage());
        }
    }

    private void serveForever() {
        List<Job> jobs = new ArrayList<>(BATCH);
        List<Pending> batch = new ArrayList<>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                jobs.add(first);
                queue.drainTo(jobs, BATCH - 1);
                for (Job j : jobs) if (j instanceof Pending p) batch.add(p);
                if (!batch.isEmpty()) serveBatch(batch);
                for (Job j : jobs) if (j instanceof Look l) look(l);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the transaction failed: the core may be ahead of the log, so rebuild it from the log
                for (Pending p : batch) p.done.completeExceptionally(e);
                for (Job j : jobs) if (j instanceof Look l) l.done.completeExceptionally(e);
                rebuild();
            } finally {
                jobs.clear();
                batch.clear();
            }
        }
    }

    private void look(Look l) {
        try {
            l.done.complete(l.view.apply(broker));
        } catch (RuntimeException e) {
            l.done.completeExceptionally(e);
        }
    }

    /**
     * One transaction: the lock, catching up, the core serving each request, one batched insert of what it logged,
     * one commit; then the answers. A request logged before (the index says it may have been, the log says it was)
     * gets its recorded outcome, as does a second copy within the batch.
     */
    private void serveBatch(List<Pending> batch) {
        List<BrokerLog.Entry> appended = new ArrayList<>(batch.size());
        List<Outcome> outcomes = log.database().jdbi().inTransaction(h -> {
            log.lock(h);
            catchUp(h);
            Map<ByteBuffer, Outcome> fresh = new HashMap<>();
            List<Outcome> out = new ArrayList<>(batch.size());
            for (Pending p : batch) out.add(serveOne(h, p, fresh, appended));
            log.append(h, appended);
            return out;
        });
        for (BrokerLog.Entry e : appended) logged.add(e.requestHash());
        for (int i = 0; i < batch.size(); i++) batch.get(i).done.complete(outcomes.get(i));
    }

    private Outcome serveOne(org.jdbi.v3.core.Handle h, Pending p, Map<ByteBuffer, Outcome> fresh, List<BrokerLog.Entry> appended) {
        ByteBuffer hash = ByteBuffer.wrap(p.hash);
        Outcome again = fresh.get(hash);
        if (again != null) return again;
        if (logged.mayContain(p.hash)) {
            var before = log.byHash(h, p.hash);
            if (before.isPresent()) return recorded(before.get());
        }
        long at = Math.max(clock.getAsLong(), lastAt);
        int detections = broker.detections().size();
        long filed = broker.refusalsFiledOnly();
        Outcome o;
        try {
            o = Outcome.answered(broker.receive(p.message, at));
        } catch (PPayException e) {
            o = Outcome.refused(e.code(), e.getMessage());
            // a refusal that neither proved a fraud nor filed a payee's refusal moved nothing: not logged
            if (broker.detections().size() == detections && broker.refusalsFiledOnly() == filed) return o;
        }
        appended.add(new BrokerLog.Entry(++applied, at, p.hash, p.bytes, o.answer(), o.refused() == null ? null : o.refused().wire(), o.message()));
        fresh.put(hash, o);
        lastAt = at;
        return o;
    }

    private static Outcome recorded(BrokerLog.Entry e) {
        if (e.errorCode() == null) return new Outcome(e.answer(), null, null);
        try {
            return new Outcome(null, ErrorCode.fromWire(e.errorCode()), e.errorMessage());
        } catch (PPayException bad) {
            throw new IllegalStateException("a logged refusal has an unknown code " + e.errorCode(), bad);
        }
    }

    /** Serves again, in order, what was logged after the core's last request (by this process or another). */
    private void catchUp(org.jdbi.v3.core.Handle h) {
        log.after(h, applied, e -> {
            Outcome again;
            try {
                again = Outcome.answered(broker.receive(Codec.decode(e.request()), e.at()));
            } catch (PPayException x) {
                again = Outcome.refused(x.code(), x.getMessage());
            }
            Outcome recorded = recorded(e);
            if (again.refused() != recorded.refused() || !Arrays.equals(again.answer(), recorded.answer())) {
                throw new IllegalStateException("serving log entry " + e.seq() + " again gave another outcome: the log and the core disagree");
            }
            logged.add(e.requestHash());
            applied = e.seq();
            lastAt = Math.max(lastAt, e.at());
        });
    }

    /** A fresh core, caught up with the whole log. */
    private synchronized void rebuild() {
        broker = new Broker(new RoleContext(key, verifier, key.id(), params, CostMeter.NONE));
        applied = 0;
        lastAt = 0;
        logged.clear();
        log.database().jdbi().useTransaction(this::catchUp);
    }

    /** The core, for read-only views (statements are requests; this is for metrics and tests). */
    Broker core() { return broker; }

    @Override public void close() {
        open = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
