package org.ppay.node.peer;

import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.Task;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Network;
import org.ppay.core.exchange.Peer;

/**
 * What one step runs with: the core, the network and randomness of this step (live, or served from the journal),
 * the step's time, and the daemon's own state. A step reads nothing else, so serving it again gives the same result.
 */
record StepContext(Peer peer, Network net, Peer.Entropy entropy, long now, DaemonState state) {
    /** The exchange the peer pays through: a payment its payee does not take now goes to the outbox ({@link Queueing}). */
    Exchange exchange() { return new Exchange(peer, new Queueing(net, state.outbox(), now)); }

    PeerId id() { return peer.id(); }

    /** Signs an account request with the peer's key (deterministic: the same request signs to the same bytes). */
    Sig sign(byte[] body) { return peer.context().sign(Task.ACCOUNT, body); }
}
