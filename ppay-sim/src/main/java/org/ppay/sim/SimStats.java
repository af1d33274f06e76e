package org.ppay.sim;

/**
 * Counts a run accumulates: application activity, coin operations by path, and time-averaged state. The network
 * counts queries, probes and state; the engine counts what the protocol did, into the same public fields.
 */
public final class SimStats {
    public long queries, probes, hits, picopayments, coinPayments, coinsPrinted, coinsCashed, coinsExpired;
    public long reassignOwner, reassignBroker, layered, renewOwner, renewBroker;
    /** Payword chains the broker honoured at the end (Section 5.4), and the words they paid for. */
    public long chainsRedeemed, wordsRedeemed;
    public long protocolErrors, events;
    double onlineSeconds, peerProofSamples, brokerProofSamples;
    long samples;
}
