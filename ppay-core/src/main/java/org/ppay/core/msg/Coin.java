package org.ppay.core.msg;

import org.ppay.core.PeerId;

/** A coin before assignment: a broker-issued raw coin (eq. 1) or an owner-printed one (eq. 7). */
public sealed interface Coin extends Message permits RawCoin, PrintedCoin {
    PeerId owner();

    long sn();

    default CoinId id() { return new CoinId(owner(), sn()); }
}
