package org.ppay.core.testing;

import java.nio.charset.StandardCharsets;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.broker.Broker;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.role.Holder;
import org.ppay.core.role.Owner;
import org.ppay.core.role.RoleContext;

/** A small world for role tests: a broker and named peers, each with owner and holder roles over one context. */
public final class World {
    public final CryptoProvider crypto;
    public final Params params;
    public final Signer brokerKey;
    public final Broker broker;
    public long now = 1_000_000;

    public World(CryptoProvider crypto, Params params) {
        this.crypto = crypto;
        this.params = params;
        this.brokerKey = crypto.signer(seed("broker"));
        this.broker = new Broker(context(brokerKey));
    }

    /** A fresh context for a party signing with {@code key}: its own meter and its own memory of verified coins. */
    public RoleContext context(Signer key) {
        return new RoleContext(key, crypto.verifier(), brokerKey.id(), params, new CountingCostMeter());
    }

    public static byte[] seed(String name) { return Hashes.sha256(name.getBytes(StandardCharsets.UTF_8)); }

    /** One peer: owner and holder over one key and one context, with an account at the broker. */
    public final class Peer {
        public final Signer key;
        public final RoleContext ctx;
        public final Owner owner;
        public final Holder holder;

        Peer(String name, long balance, long deposit) throws PPayException {
            key = crypto.signer(seed("peer:" + name));
            ctx = context(key);
            owner = new Owner(ctx);
            holder = new Holder(ctx);
            broker.open(key.id(), balance, deposit);
        }
    }

    public Peer peer(String name, long balance, long deposit) throws PPayException { return new Peer(name, balance, deposit); }

    /** Everything observable about the broker's books, for "state unchanged" assertions. */
    public String books() {
        StringBuilder b = new StringBuilder();
        broker.accounts().forEach((id, a) -> b.append(id).append(a.balance()).append('/').append(a.deposit()).append('/')
            .append(a.prepaid()).append('/').append(a.frauds()).append('/').append(a.status()).append(';'));
        return b.append(broker.feeIncome()).append('/').append(broker.penaltyIncome()).append('/').append(broker.brokerProofs())
            .append('/').append(broker.detections().size()).toString();
    }
}
