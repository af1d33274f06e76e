package org.ppay.node.peer;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.exchange.Network;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.PendingNotice;
import org.ppay.node.store.Journal;
import org.ppay.node.store.Journal.Call;
import org.ppay.node.store.Journal.CallKind;

/**
 * One step's network and randomness (docs/daemons.md). Live, every call goes out and is journaled: a message is on
 * disk before it is sent, and its answer before the step sends anything else or ends. Replayed, the journal answers
 * instead and every message the core sends must be the one recorded; a step cut short by a crash goes live where
 * its record ends, sending its last message again as the very same signed request, which the receiver answers as a
 * retry. A message to the peer itself is served on the spot, live or replayed, since it is part of this step.
 */
final class Transcript implements Network, Peer.Entropy {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Journal journal;
    private final Journal.Header header;
    private final List<Call> calls;
    private final boolean mayGoLive;
    private final Link link;
    private final Faults faults;
    private final Peer self;
    private final LongSupplier clock;
    private final TreeSet<Integer> dirty = new TreeSet<>();
    private int cursor;
    private boolean written;

    /**
     * @param recorded  the calls the journal holds for this step (none for a new step)
     * @param mayGoLive whether the step may use the network once the recorded calls are used up
     * @param written   whether the step's header is on disk already
     */
    Transcript(Journal journal, Journal.Header header, List<Call> recorded, boolean mayGoLive, boolean written, Link link, Faults faults,
               Peer self, LongSupplier clock) {
        this.journal = journal;
        this.header = header;
        this.calls = new ArrayList<>(recorded);
        this.mayGoLive = mayGoLive;
        this.written = written;
        this.link = link;
        this.faults = faults;
        this.self = self;
        this.clock = clock;
    }

    long now() { return header.at(); }

    @Override public boolean online(PeerId peer) {
        if (peer.equals(self.id())) return true;
        Call c = next(CallKind.PING, peer.key(), null);
        if (c != null) return c.value() == 1;
        boolean up = link.online(peer);
        add(new Call(calls.size(), CallKind.PING, peer.key(), null, up ? 1 : 0, 0, true, null, null, null));
        return up;
    }

    /**
     * Sends {@code m} to {@code to}. A {@link PendingNotice} that does not get through is no failure: it only prompts
     * the owner to collect, which it does anyway when it next comes back; failing there would stop a payment whose coin
     * the broker has already reassigned from reaching its payee.
     */
    @Override public Message send(PeerId to, Message m) throws PPayException {
        try {
            return sendOrThrow(to, m);
        } catch (PPayException e) {
            if (m instanceof PendingNotice) return null;
            throw e;
        }
    }

    private Message sendOrThrow(PeerId to, Message m) throws PPayException {
        if (to.equals(self.id())) return self.receive(m, this, now());
        byte[] bytes = m.encode();
        Call c = next(CallKind.SEND, to.key(), bytes);
        if (c != null && c.answered()) return outcome(c);
        boolean retry = c != null;
        int i = retry ? c.idx() : add(new Call(calls.size(), CallKind.SEND, to.key(), bytes, RANDOM.nextLong(), clock.getAsLong(), false, null, null, null)).idx();
        Delivery go = () -> link.send(to, bytes, calls.get(i).value(), calls.get(i).time());
        Link.Reply r = deliver(i, m, go);
        if (retry && r.refused() == ErrorCode.STALE_REQUEST) {
            // never served (a served request is answered as such, however old) and now too old: the same message, signed anew
            replace(calls.get(i).resent(RANDOM.nextLong(), clock.getAsLong()));
            r = deliver(i, m, go);
        }
        return answer(r);
    }

    @Override public Message broker(Message m) throws PPayException {
        byte[] bytes = m.encode();
        Call c = next(CallKind.BROKER, null, bytes);
        if (c != null && c.answered()) return outcome(c);
        int i = c != null ? c.idx() : add(new Call(calls.size(), CallKind.BROKER, null, bytes, 0, 0, false, null, null, null)).idx();
        return answer(deliver(i, m, () -> link.broker(bytes)));
    }

    private interface Delivery { Link.Reply go(); }

    /** Puts the call on disk, sends it, and keeps its answer for the next write. */
    private Link.Reply deliver(int i, Message m, Delivery d) {
        flush();
        faults.at(Faults.Point.BEFORE_SEND, m);
        Link.Reply r = d.go();
        faults.at(Faults.Point.AFTER_SEND, m);
        replace(calls.get(i).answeredWith(r.answer(), r.refused() == null ? null : r.refused().wire(), r.message()));
        return r;
    }

    /** The answer a reply carries, or its refusal thrown. */
    static Message answer(Link.Reply r) throws PPayException {
        if (r.refused() != null) throw new PPayException(r.refused(), r.message());
        return r.answer() == null ? null : Codec.decode(r.answer());
    }

    private static Message outcome(Call c) throws PPayException {
        if (c.errorCode() != null) throw new PPayException(ErrorCode.fromWire(c.errorCode()), c.errorMessage());
        return c.answer() == null ? null : Codec.decode(c.answer());
    }

    @Override public long nonce() {
        Call c = next(CallKind.NONCE, null, null);
        if (c != null) return c.value();
        long n = RANDOM.nextLong();
        add(new Call(calls.size(), CallKind.NONCE, null, null, n, 0, true, null, null, null));
        return n;
    }

    @Override public byte[] seed() {
        Call c = next(CallKind.SEED, null, null);
        if (c != null) return c.request().clone();
        byte[] s = new byte[32];
        RANDOM.nextBytes(s);
        add(new Call(calls.size(), CallKind.SEED, null, s.clone(), 0, 0, true, null, null, null));
        return s;
    }

    /** The next recorded call, which must be this one; null when the record has ended and the step may go live. */
    private Call next(CallKind kind, byte[] peer, byte[] request) {
        if (cursor < calls.size()) {
            Call c = calls.get(cursor);
            if (c.kind() != kind || !Arrays.equals(c.peer(), peer) || (request != null && !Arrays.equals(c.request(), request))) {
                throw new JournalMismatch("step " + header.seq() + " (" + header.kind() + ") call " + cursor + ": the journal has a " + c.kind()
                    + ", the core made a " + kind + (c.kind() == kind ? " with other content" : ""));
            }
            cursor++;
            return c;
        }
        if (!mayGoLive) throw new JournalMismatch("step " + header.seq() + " (" + header.kind() + ") makes more calls than the journal holds");
        return null;
    }

    private Call add(Call c) {
        calls.add(c);
        cursor = calls.size();
        dirty.add(c.idx());
        return c;
    }

    private void replace(Call c) {
        calls.set(c.idx(), c);
        dirty.add(c.idx());
    }

    /** Whether every recorded call was made again: a replayed step that made fewer diverged. */
    boolean usedUp() { return cursor == calls.size(); }

    /** Whether anything of this step is on disk. */
    boolean written() { return written; }

    /** Writes the header and the calls not yet on disk. */
    void flush() { write(null); }

    /** Writes the step's end with what is not yet on disk. */
    void finish(Journal.Outcome outcome) { write(outcome); }

    private void write(Journal.Outcome outcome) {
        List<Call> out = new ArrayList<>(dirty.size());
        for (int i : dirty) out.add(calls.get(i));
        journal.write(header, out, outcome);
        dirty.clear();
        written = true;
    }

    /** The journal and the core disagree: the daemon must not serve on a core the journal does not describe. */
    static final class JournalMismatch extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        JournalMismatch(String message) { super(message); }
    }
}
