package org.ppay.sim.figures;

/** What a figure plots, as a {@link RunMetrics} key with a legend name and a y-axis title. */
public enum Metric {
    BROKER_HZ("broker_hz", "broker", "Broker processing load (Hz)"),
    PEER_HZ("peer_hz", "peer", "Average peer processing load (Hz)"),
    /** The peer load PPay adds: without GUESS work (query probes, answers, hits), as Section 7.2.2 speaks of PPay's overhead. */
    PEER_HZ_WITHOUT_GUESS("peer_hz_without_guess", "peer without GUESS", "Average peer processing load without GUESS work (Hz)"),
    PEER_HZ_GUESS("peer_hz_guess", "GUESS", "Average peer processing load (Hz)"),
    PEER_HZ_REASSIGN("peer_hz_reassign", "reassignment", "Average peer processing load (Hz)"),
    PEER_HZ_RENEW("peer_hz_renew", "renewal", "Average peer processing load (Hz)"),
    PEER_HZ_OTHER("peer_hz_other", "misc", "Average peer processing load (Hz)"),
    PEER_MEAN_PROOFS("peer_mean_proofs", "state", "Average state per peer (proofs stored)"),
    CREDIT_LOSS_MEAN("credit_loss_mean", "mean", "Credit loss of non-lazy peers (picopayments)"),
    CREDIT_LOSS_MAX("credit_loss_max", "max", "Credit loss of non-lazy peers (picopayments)");

    private final String key;
    private final String legend;
    private final String axis;

    Metric(String key, String legend, String axis) {
        this.key = key; this.legend = legend; this.axis = axis;
    }

    /** The {@link RunMetrics} key. */
    public String key() { return key; }

    /** The metric's name in a legend, when a figure plots several metrics. */
    public String legend() { return legend; }

    /** The y-axis title. */
    public String axis() { return axis; }

    public double of(RunMetrics r) { return r.get(key); }
}
