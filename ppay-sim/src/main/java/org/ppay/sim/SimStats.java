package org.ppay.sim;

/**
 * Counts a run accumulates: application activity, coin operations by path, and time-averaged state. The network
 * counts queries, probes and state; the engine counts what the protocol did, into the same public fields.
 */
public final class SimStats {
    public long queries, probes, hits, picopayments, coinPayments, coinsPrinted, coinsCashed, coinsExpired;
    public long reassignOwner, reassignBroker, layered, renewOwner, renewBroker;
    public long protocolErrors, events;
    double onlineSeconds, peerProofSamples, brokerProofSamples;
    long samples;
}
