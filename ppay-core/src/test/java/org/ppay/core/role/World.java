package org.ppay.core.role;

import java.nio.charset.StandardCharsets;
import org.ppay.core.PPayException;
import org.ppay.core.broker.Broker;
import org.ppay.core.Params;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;

/** A small world for role tests: a broker and named peers, each with owner and holder roles. */
final class World {
    final CryptoProvider crypto;
    final Params params;
    final Signer brokerKey;
    final Broker broker;
    long now = 1_000_000;

    World(CryptoProvider crypto, Params params) {
        this.crypto = crypto;
        this.params = params;
        this.brokerKey = crypto.signer(seed("broker"));
        this.broker = new Broker(brokerKey, params, checks());
    }

    Checks checks() { return new Checks(crypto.verifier(), brokerKey.id(), new CountingCostMeter()); }

    static byte[] seed(String name) { return Hashes.sha256(name.getBytes(StandardCharsets.UTF_8)); }

    final class Peer {
        final Signer key;
        final Owner owner;
        final Holder holder;

        Peer(String name, long balance, long deposit) throws PPayException {
            key = crypto.signer(seed("peer:" + name));
            owner = new Owner(key, params, checks());
            holder = new Holder(key, params, checks());
            broker.open(key.id(), balance, deposit);
        }
    }

    Peer peer(String name, long balance, long deposit) throws PPayException { return new Peer(name, balance, deposit); }

    /** Everything observable about the broker's books, for "state unchanged" assertions. */
    String books() {
        StringBuilder b = new StringBuilder();
        broker.accounts().forEach((id, a) -> b.append(id).append(a.balance()).append('/').append(a.deposit()).append('/')
            .append(a.prepaid()).append('/').append(a.frauds()).append('/').append(a.status()).append(';'));
        return b.append(broker.feeIncome()).append('/').append(broker.penaltyIncome()).append('/').append(broker.brokerProofs())
            .append('/').append(broker.detections().size()).toString();
    }
}
