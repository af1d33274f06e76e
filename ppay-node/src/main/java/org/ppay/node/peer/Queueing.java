package org.ppay.node.peer;

import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.Settlement;

/**
 * The network the daemon's exchange pays over: a payment its payee does not take delivery of (OFFLINE: down, or its
 * answer lost) goes to the {@link Outbox} and counts as delivered. By then the payer has given the coin up (the owner
 * or the broker reassigned it, or the payer signed a layer on it), so it must not spend it again, and it must not be
 * lost: the outbox delivers it later. A settlement follows its coin there.
 */
record Queueing(Network net, Outbox outbox, long now) implements Network {
    @Override public boolean online(PeerId peer) { return net.online(peer); }

    @Override public Message send(PeerId to, Message m) throws PPayException {
        boolean queueable = m instanceof Payment || m instanceof Settlement;
        if (m instanceof Settlement && outbox.waitsFor(to)) return queued(to, m);
        try {
            return net.send(to, m);
        } catch (PPayException e) {
            if (!queueable || e.code() != ErrorCode.OFFLINE) throw e;
            return queued(to, m);
        }
    }

    private Message queued(PeerId to, Message m) {
        outbox.queue(to, m, now);
        return null;
    }

    @Override public Message broker(Message m) throws PPayException { return net.broker(m); }
}
