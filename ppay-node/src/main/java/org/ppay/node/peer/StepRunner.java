package org.ppay.node.peer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.exchange.Peer;
import org.ppay.node.store.Journal;

/**
 * Runs the daemon's steps on its core one at a time (the core is single-threaded), each journaled as it goes
 * ({@link Transcript}), and serves the journal again on start. A step's outcome is returned only once the step is on
 * disk. A refused step that sent nothing changed nothing (the core's contract) and is not journaled. Anything else
 * going wrong inside a step (the disk, a journal the core disagrees with, a test's fault) stops the runner: the core
 * may then be ahead of its journal, and only a restart, which rebuilds it from the journal, may serve again.
 */
final class StepRunner {
    /** How a step ended; {@code repeated} for a request served before, answered from the journal. */
    record Outcome(long seq, Object result, String json, ErrorCode refused, String message, boolean journaled, boolean repeated) {
        boolean ok() { return refused == null; }

        /** The result as {@code type}: the object itself, or read back from the journal for a repeated request. */
        <T> T result(Class<T> type) { return result != null ? type.cast(result) : json == null ? null : StepCodec.read(json, type); }

        /** @throws PPayException the refusal, if the step was refused */
        Outcome orThrow() throws PPayException {
            if (refused != null) throw new PPayException(refused, message);
            return this;
        }
    }

    /** A request from another peer: who signed it, its nonce and time, and the SHA-256 of its body. */
    record Request(PeerId sender, long nonce, long time, byte[] bodyHash) {}

    /** Told of every step served live, journaled or not. */
    interface Listener { void after(Journal.Header header, Step step, Outcome outcome); }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final Journal journal;
    private final Link link;
    private final LongSupplier clock;
    private final long freshness;
    private final DaemonState state = new DaemonState();
    private final Peer peer;
    private volatile Faults faults = Faults.NONE;
    private volatile Listener listener = (h, s, o) -> {};
    private volatile String stopped;
    private Transcript current;
    private long last;

    /** @param makePeer builds the core around the entropy this runner hands it, the current step's */
    StepRunner(Journal journal, Link link, LongSupplier clock, long freshness, Function<Peer.Entropy, Peer> makePeer) {
        this.journal = journal;
        this.link = link;
        this.clock = clock;
        this.freshness = freshness;
        this.peer = makePeer.apply(new Peer.Entropy() {
            @Override public long nonce() { return step().nonce(); }

            @Override public byte[] seed() { return step().seed(); }
        });
    }

    private Transcript step() {
        if (current == null) throw new IllegalStateException("randomness drawn outside a step would not be journaled");
        return current;
    }

    void faults(Faults f) { this.faults = Objects.requireNonNull(f); }

    void listener(Listener l) { this.listener = Objects.requireNonNull(l); }

    long lastSeq() { return last; }

    /**
     * Serves every journaled step again on the fresh core, checking each comes out as recorded; a last step cut short
     * is finished with the network live from where its record ends.
     *
     * @return how many steps were served
     */
    long replay() {
        lock.lock();
        try {
            long[] n = {0};
            boolean[] cutShort = {false};
            journal.forEach(s -> {
                if (last != s.header().seq() - 1) throw new Transcript.JournalMismatch("the journal skips from step " + last + " to " + s.header().seq());
                if (cutShort[0]) throw new Transcript.JournalMismatch("step " + last + " was cut short, yet step " + s.header().seq() + " follows it");
                cutShort[0] = !s.done();
                replayOne(s);
                n[0]++;
            });
            return n[0];
        } catch (RuntimeException | Error e) {
            stopped = e.getMessage();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private void replayOne(Journal.Step s) {
        Journal.Header h = s.header();
        Transcript t = new Transcript(journal, h, s.calls(), !s.done(), true, link, faults, peer, clock);
        Outcome o = execute(h.seq(), StepCodec.step(h.kind(), h.input()), t);
        if (s.done()) {
            Journal.Outcome was = s.outcome();
            boolean same = Objects.equals(was.errorCode(), o.ok() ? null : o.refused().wire()) && Objects.equals(was.result(), o.json());
            if (!same || !t.usedUp()) {
                throw new Transcript.JournalMismatch("step " + h.seq() + " (" + h.kind() + ") served again gave " + describe(o) + ", the journal says "
                    + (was.errorCode() == null ? was.result() : "refused " + was.errorCode()));
            }
        } else {
            t.finish(record(o));
        }
        last = h.seq();
    }

    /**
     * Runs a step of the peer's own (an action, a read of the broker's that changes the core).
     *
     * @param waitMillis how long to wait for the core before answering OFFLINE
     */
    Outcome run(Step step, long waitMillis) throws PPayException {
        acquire(waitMillis);
        try {
            return runLocked(step, null);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Serves another peer's signed request: one served before is answered again from the journal (the same request is
     * a retry, whoever sends it: nothing changes); a new one must be fresh and may not reuse a served nonce.
     *
     * @throws PPayException REPLAYED, STALE_REQUEST, or OFFLINE when the core stays busy for {@code waitMillis}
     */
    Outcome serve(Request r, Step step, long waitMillis) throws PPayException {
        acquire(waitMillis);
        try {
            var before = journal.served(r.sender().key(), r.nonce());
            if (before.isPresent()) return again(before.get(), step, r);
            long now = clock.getAsLong();
            if (Math.abs(r.time() - now) > freshness) {
                throw new PPayException(ErrorCode.STALE_REQUEST, "request time " + r.time() + " is more than " + freshness + " s from this peer's " + now);
            }
            return runLocked(step, new Journal.Origin(r.sender().key(), r.nonce(), r.bodyHash()));
        } finally {
            lock.unlock();
        }
    }

    private static Outcome again(Journal.Step s, Step step, Request r) throws PPayException {
        if (!s.header().kind().equals(step.kind()) || !Arrays.equals(s.header().origin().bodyHash(), r.bodyHash())) {
            throw new PPayException(ErrorCode.REPLAYED, "nonce " + r.nonce() + " was used for another request");
        }
        Journal.Outcome o = s.outcome();
        ErrorCode code = o.errorCode() == null ? null : ErrorCode.fromWire(o.errorCode());
        return new Outcome(s.header().seq(), null, o.result(), code, o.errorMessage(), true, true);
    }

    /** Reads the core (and the daemon's state) between steps. */
    <T> T read(Function<Peer, T> view, long waitMillis) throws PPayException {
        acquire(waitMillis);
        try {
            return view.apply(peer);
        } finally {
            lock.unlock();
        }
    }

    DaemonState state() { return state; }

    private void acquire(long waitMillis) throws PPayException {
        try {
            if (!lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) throw new PPayException(ErrorCode.OFFLINE, "the peer is busy with another step");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PPayException(ErrorCode.OFFLINE, "interrupted while waiting for the peer");
        }
        if (stopped != null) {
            lock.unlock();
            throw new PPayException(ErrorCode.OFFLINE, "the peer stopped serving (" + stopped + "): restart it");
        }
    }

    private Outcome runLocked(Step step, Journal.Origin origin) {
        long seq = last + 1;
        Journal.Header h = new Journal.Header(seq, step.kind(), clock.getAsLong(), StepCodec.json(step), origin);
        Transcript t = new Transcript(journal, h, List.of(), true, false, link, faults, peer, clock);
        try {
            Outcome o = execute(seq, step, t);
            boolean keep = o.ok() || t.written();
            if (keep) {
                t.finish(record(o));
                last = seq;
            }
            Outcome out = new Outcome(seq, o.result(), o.json(), o.refused(), o.message(), keep, false);
            listener.after(h, step, out);
            return out;
        } catch (RuntimeException | Error e) {
            stopped = String.valueOf(e.getMessage());
            throw e;
        }
    }

    private Outcome execute(long seq, Step step, Transcript t) {
        current = t;
        try {
            Object r = step.run(new StepContext(peer, t, t, t.now(), state));
            return new Outcome(seq, r, StepCodec.json(r), null, null, false, false);
        } catch (PPayException e) {
            return new Outcome(seq, null, null, e.code(), e.getMessage(), false, false);
        } finally {
            current = null;
        }
    }

    private static Journal.Outcome record(Outcome o) {
        return new Journal.Outcome(o.ok() ? null : o.refused().wire(), o.message(), o.json());
    }

    private static String describe(Outcome o) { return o.ok() ? o.json() : "refused " + o.refused().wire(); }

    /** Why the runner stopped, or null while it serves. */
    String stopped() { return stopped; }
}
