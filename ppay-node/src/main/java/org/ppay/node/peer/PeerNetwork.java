package org.ppay.node.peer;

import java.security.SecureRandom;
import java.util.function.LongSupplier;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.exchange.Network;
import org.ppay.core.msg.Message;

/**
 * The daemons' own {@link HttpNetwork} as a core {@link Network}, for a key that speaks outside a daemon (a tool, or
 * the demo's rogue): its messages travel exactly as a daemon's do, as requests signed by that key to the peers the
 * broker's directory names, so the peers that receive them judge them as they judge any other. Nothing is journaled.
 */
public final class PeerNetwork implements Network {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpNetwork net;
    private final LongSupplier clock;

    /** @param clock seconds, the time signed into each request */
    public PeerNetwork(String broker, Signer key, Verifier verifier, LongSupplier clock) {
        this.net = new HttpNetwork(new Http(), broker, key, verifier, clock, PeerConfig.Timeouts.DEFAULT);
        this.clock = clock;
    }

    @Override public boolean online(PeerId peer) { return net.online(peer); }

    @Override public Message send(PeerId to, Message m) throws PPayException {
        return Transcript.answer(net.send(to, m.encode(), RANDOM.nextLong(), clock.getAsLong()));
    }

    @Override public Message broker(Message m) throws PPayException { return Transcript.answer(net.broker(m.encode())); }
}
