package org.ppay.node.broker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 * serves the batch on the core, appends every request that moved the state (with its answer) and commits, and only
 * then answers (group commit: one disk sync for the batch). A request served before, the same bytes, gets its
 * recorded answer and moves nothing. On start the core is rebuilt by serving the whole log again: the core has no
 * clock or randomness of its own, so the same requests at the same times give the same state.
 */
public final class BrokerService implements AutoCloseable {
    /** What the broker said to one request: an answer (possibly none) or a refusal with its code. */
    public record Outcome(byte[] answer, ErrorCode refused, String message) {
        static Outcome answered(Message m) { return new Outcome(m == null ? null : m.encode(), null, null); }

        static Outcome refused(ErrorCode code, String message) { return new Outcome(null, code, message); }

        public boolean ok() { return refused == null; }
    }

    private record Pending(byte[] bytes, Message message, CompletableFuture<Outcome> done) {}

    private static final int BATCH = 512;

    private final BrokerLog log;
    private final Params params;
    private final Signer key;
    private final VerifyCache verifier;
    private final LongSupplier clock;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(16_384);
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

    /** Peers booted for repeated fraud (Section 4.2), as of the last batch served. */
    public List<org.ppay.core.PeerId> booted() { return booted; }

    private volatile List<org.ppay.core.PeerId> booted = List.of();

    /** What readers see without touching the core, which only the writer thread may: boot list and totals. */
    private void noteViews() {
        List<org.ppay.core.PeerId> out = new ArrayList<>();
        broker.accounts().forEach((id, a) -> { if (a.status() == org.ppay.core.broker.Books.Status.BOOTED) out.add(id); });
        booted = List.copyOf(out);
        totals = new Totals(broker.moneyIn(), broker.feeIncome(), broker.penaltyIncome(), broker.escrowCoins(), broker.conserved());
        frauds = List.copyOf(broker.detections());
    }

    private volatile List<org.ppay.core.role.Detection> frauds = List.of();

    /** Every fraud the broker proved and attributed (Theorem 1), in order, as of the last batch served. */
    public List<org.ppay.core.role.Detection> frauds() { return frauds; }

    /**
     * The broker's totals (Section 4.2): money that entered, its fee and penalty income, fake-coin payments held in
     * escrow (in coins), and whether every unit is accounted for. With every account's statement, anyone can check
     * that balances, deposits and prepaid value plus these add up to the money that entered.
     */
    public record Totals(long moneyIn, long feeIncome, long penaltyIncome, long escrowCoins, boolean conserved) {}

    private volatile Totals totals;

    /** The totals as of the last batch served. */
    public Totals totals() { return totals; }

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
        List<CompletableFuture<Outcome>> done = new ArrayList<>(requests.size());
        for (byte[] bytes : requests) {
            CompletableFuture<Outcome> f = new CompletableFuture<>();
            done.add(f);
            Message m;
            try {
                m = Codec.decode(bytes);
            } catch (PPayException e) {
                f.complete(Outcome.refused(e.code(), e.getMessage()));
                continue;
            }
            Signatures.precheck(m, key.id(), verifier);      // in parallel, on the request's own thread
            enqueue(new Pending(bytes, m, f));
        }
        List<Outcome> out = new ArrayList<>(done.size());
        for (CompletableFuture<Outcome> f : done) out.add(await(f));
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
        List<Pending> batch = new ArrayList<>(BATCH);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                serveBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the transaction failed: the core may be ahead of the log, so rebuild it from the log
                for (Pending p : batch) p.done.completeExceptionally(e);
                rebuild();
            } finally {
                batch.clear();
            }
        }
    }

    private void serveBatch(List<Pending> batch) {
        List<Outcome> outcomes = log.database().jdbi().inTransaction(h -> {
            log.lock(h);
            catchUp(h);
            List<Outcome> out = new ArrayList<>(batch.size());
            for (Pending p : batch) out.add(serveOne(h, p));
            return out;
        });
        noteViews();
        for (int i = 0; i < batch.size(); i++) batch.get(i).done.complete(outcomes.get(i));
    }

    private Outcome serveOne(org.jdbi.v3.core.Handle h, Pending p) {
        byte[] hash = Hashes.sha256(p.bytes);
        var before = log.byHash(h, hash);
        if (before.isPresent()) return recorded(before.get());
        long at = Math.max(clock.getAsLong(), lastAt);
        int detections = broker.detections().size();
        Outcome o;
        try {
            o = Outcome.answered(broker.receive(p.message, at));
        } catch (PPayException e) {
            o = Outcome.refused(e.code(), e.getMessage());
            if (broker.detections().size() == detections) return o;     // a refusal that proves no fraud moved nothing: not logged
        }
        log.append(h, new BrokerLog.Entry(++applied, at, hash, p.bytes, o.answer(), o.refused() == null ? null : o.refused().wire(), o.message()));
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
        for (BrokerLog.Entry e : log.after(h, applied)) {
            Outcome again;
            try {
                again = Outcome.answered(broker.receive(Codec.decode(e.request()), e.at()));
            } catch (PPayException x) {
                again = Outcome.refused(x.code(), x.getMessage());
            }
            Outcome logged = recorded(e);
            if (again.refused() != logged.refused() || !Arrays.equals(again.answer(), logged.answer())) {
                throw new IllegalStateException("serving log entry " + e.seq() + " again gave another outcome: the log and the core disagree");
            }
            applied = e.seq();
            lastAt = Math.max(lastAt, e.at());
        }
    }

    /** A fresh core, caught up with the whole log. */
    private synchronized void rebuild() {
        broker = new Broker(new RoleContext(key, verifier, key.id(), params, CostMeter.NONE));
        applied = 0;
        lastAt = 0;
        log.database().jdbi().useTransaction(this::catchUp);
        noteViews();
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
