package org.ppay.node.peer;

import java.util.HashMap;
import java.util.Map;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;

/**
 * The daemon's state beside the core's, changed only by steps so that the journal rebuilds it too: how many
 * picopayments the application allows each server to invoice (a daemon pays no invoice it was not told to expect),
 * whether the peer has left the system, whom it exchanged picopayments with, the payments it has yet to deliver
 * ({@link Outbox}) and its answers to payments it was handed ({@link Answered}).
 */
final class DaemonState {
    private final Map<PeerId, Long> allowances = new HashMap<>();
    private final java.util.Set<PeerId> counterparts = new java.util.TreeSet<>();
    private final Outbox outbox = new Outbox();
    private final Answered answered = new Answered();
    private boolean left;

    Outbox outbox() { return outbox; }

    Answered answered() { return answered; }

    /** Peers this one paid or was paid picopayments by: whose credit windows it reports. */
    java.util.Set<PeerId> counterparts() { return java.util.Collections.unmodifiableSet(counterparts); }

    void dealtWith(PeerId peer) { counterparts.add(peer); }

    long allowance(PeerId server) { return allowances.getOrDefault(server, 0L); }

    long allow(PeerId server, long picopayments) {
        long now = Math.addExact(allowance(server), picopayments);
        allowances.put(server, now);
        return now;
    }

    /** @throws PPayException PAYMENT_REFUSED when {@code server} may not invoice that many picopayments */
    void checkAllowed(PeerId server, long picopayments) throws PPayException {
        long a = allowance(server);
        if (picopayments > a) {
            throw new PPayException(ErrorCode.PAYMENT_REFUSED, "the application allowed " + a + " picopayments to this server, not " + picopayments);
        }
    }

    void spent(PeerId server, long picopayments) { allowances.put(server, allowance(server) - picopayments); }

    boolean left() { return left; }

    void leave() { left = true; }

    /** @throws PPayException ACCOUNT_CLOSED once the peer has left */
    void checkActive() throws PPayException {
        if (left) throw new PPayException(ErrorCode.ACCOUNT_CLOSED, "this peer has left the system");
    }
}
