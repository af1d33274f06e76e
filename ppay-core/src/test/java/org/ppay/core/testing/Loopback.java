package org.ppay.core.testing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.broker.Broker;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Network;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;

/**
 * The smallest network the exchange tests need: messages reach online peers and the broker at once, on one
 * clock. Peers join with signed requests, as everywhere else.
 */
public final class Loopback implements Network {
    public final CryptoProvider crypto = new FakeCrypto();
    public final Params params;
    public final Broker broker;
    public long now = 1_000_000;
    private final Signer brokerKey;
    private final Map<PeerId, Peer> peers = new LinkedHashMap<>();
    private final Set<PeerId> offline = new HashSet<>();
    private long counter;

    public Loopback(Params params) {
        this.params = params;
        this.brokerKey = crypto.signer(Hashes.sha256(new byte[] {1}));
        this.broker = new Broker(new RoleContext(brokerKey, crypto.verifier(), brokerKey.id(), params, new CountingCostMeter()));
    }

    /** A new peer with an account (balance, deposit) and, when {@code serials} > 0, a limit certificate for that many. */
    public Peer join(String name, long balance, long deposit, long serials) throws PPayException {
        Signer key = crypto.signer(Hashes.sha256(("peer:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long n = ++counter;
        broker.receive(new JoinRequest(key.id(), balance, deposit, n, now, key.sign(JoinRequest.signedBytes(key.id(), balance, deposit, n, now))), now);
        Peer p = new Peer(new RoleContext(key, crypto.verifier(), brokerKey.id(), params, new CountingCostMeter()), ProofRetention.KEEP,
            new Peer.Entropy() {
                @Override public long nonce() { return ++counter; }

                @Override public byte[] seed() { return Hashes.sha256(new byte[] {(byte) ++counter}); }
            });
        peers.put(p.id(), p);
        if (serials > 0) {
            long m = ++counter;
            LimitCertificate c = (LimitCertificate) broker.receive(new LimitRequest(key.id(), 1, serials, m, now,
                key.sign(LimitRequest.signedBytes(key.id(), 1, serials, m, now))), now);
            p.owner().addCertificate(c);
        }
        return p;
    }

    public Exchange exchange(Peer p) { return new Exchange(p, this); }

    public void offline(Peer p) { offline.add(p.id()); }

    public void online(Peer p) { offline.remove(p.id()); }

    @Override public boolean online(PeerId peer) { return peers.containsKey(peer) && !offline.contains(peer); }

    @Override public Message send(PeerId to, Message m) throws PPayException {
        if (!online(to)) throw new PPayException(ErrorCode.OFFLINE, to + " is offline");
        return peers.get(to).receive(m, this, now);
    }

    @Override public Message broker(Message m) throws PPayException { return broker.receive(m, now); }
}
