package org.ppay.node.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ppay.core.PeerId;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.msg.Message;
import org.ppay.node.wire.Ids;

/**
 * A payer's payments that did not reach their payee (docs/daemons.md): the payer gave the coin up when it signed the
 * payment, so the payment must get there later. Part of {@link DaemonState}, changed only by steps, so the journal
 * rebuilds it and it survives a kill. Kept in the order queued: a settlement queued behind its coin goes after it.
 */
final class Outbox {
    /** One message waiting for its payee; {@code digest} (SHA-256 of the message, base64url) names it. */
    record Entry(String payee, byte[] message, String digest, long since) {}

    private final List<Entry> entries = new ArrayList<>();
    private volatile int size;

    void queue(PeerId payee, Message m, long now) {
        byte[] bytes = m.encode();
        entries.add(new Entry(Ids.text(payee), bytes, digest(bytes), now));
        size = entries.size();
    }

    /** Whether something waits for {@code payee}: what follows to it must wait behind. */
    boolean waitsFor(PeerId payee) {
        String p = Ids.text(payee);
        return entries.stream().anyMatch(e -> e.payee().equals(p));
    }

    Optional<Entry> find(String payee, String digest) {
        return entries.stream().filter(e -> e.payee().equals(payee) && e.digest().equals(digest)).findFirst();
    }

    void remove(Entry e) {
        entries.removeIf(x -> x.payee().equals(e.payee()) && x.digest().equals(e.digest()));
        size = entries.size();
    }

    List<Entry> entries() { return List.copyOf(entries); }

    /** How many wait, readable from any thread (the daemon's status). */
    int size() { return size; }

    static String digest(byte[] message) { return Ids.base64(Hashes.sha256(message)); }
}
