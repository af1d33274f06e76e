package org.ppay.sim;

/** Counts a run accumulates: application activity, coin operations by path, and time-averaged state. */
final class SimStats {
    long queries, probes, hits, picopayments, coinPayments, coinsPrinted, coinsCashed, coinsExpired;
    long reassignOwner, reassignBroker, layered, renewOwner, renewBroker;
    long protocolErrors, events;
    double onlineSeconds, peerProofSamples, brokerProofSamples;
    long samples;
}
