package org.ppay.scenario.explore;

/** One peer's opening: balance, deposit, limit certificate size (0 = none) and raw coins bought. */
public record PeerSpec(int balance, int deposit, int certificate, int rawCoins) {
    PeerSpec withoutCertificate() { return new PeerSpec(balance, deposit, 0, rawCoins); }

    PeerSpec withRawCoins(int n) { return new PeerSpec(balance, deposit, certificate, n); }
}
