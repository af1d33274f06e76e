package org.ppay.sim.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppay.core.cost.CostAction;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.Task;
import org.ppay.sim.TaskMeter;
import org.ppay.sim.cost.CostModel;

/**
 * The numbers of one finished run that the figures and claims use, priced once under the sweep's cost
 * model: loads by task, bandwidth, state, credit loss and a few counts. Small, so a sweep keeps every run's.
 *
 * @param config      the run's configuration
 * @param values      metric name to value, in {@link #KEYS} order
 * @param wallSeconds how long the run took (not written to the figure CSVs, which stay reproducible)
 */
public record RunMetrics(SimConfig config, Map<String, Double> values, double wallSeconds) {
    /** Every metric, in the column order of {@code runs.csv}. */
    public static final List<String> KEYS = List.of(
        "broker_hz", "broker_hz_cash", "broker_hz_reassign", "broker_hz_renew", "broker_hz_other",
        "peer_hz", "peer_hz_guess", "peer_hz_reassign", "peer_hz_renew", "peer_hz_other",
        "broker_bps_in", "broker_bps_out", "peer_bps_in", "peer_bps_out", "peer_bps_guess",
        "peer_hz_without_guess", "peer_bps_without_guess",
        "peer_mean_proofs", "broker_proofs", "credit_loss_mean", "credit_loss_p90", "credit_loss_max", "online_fraction",
        "queries", "picopayments", "coin_payments", "coins_printed", "coins_cashed", "coins_expired", "reassign_owner",
        "reassign_broker", "layered", "renew_owner", "renew_broker", "protocol_errors", "money_conserved");

    public RunMetrics {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public double get(String key) {
        Double v = values.get(key);
        if (v == null) throw new IllegalArgumentException("no metric " + key);
        return v;
    }

    /** Extracts the metrics of {@code r} under cost model {@code m}. */
    @SuppressWarnings("unchecked")
    public static RunMetrics of(SimResult r, CostModel m) {
        Map<String, Object> map = r.toMap(m);
        Map<String, Object> b = (Map<String, Object>) map.get("broker"), p = (Map<String, Object>) map.get("peer");
        Map<String, Object> bt = (Map<String, Object>) b.get("hz_by_task"), pt = (Map<String, Object>) p.get("hz_by_task");
        Map<String, Object> state = (Map<String, Object>) map.get("state"), loss = (Map<String, Object>) map.get("credit_loss");
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("broker_hz", r.hz(true, m));
        for (String t : List.of("cash", "reassign", "renew", "other")) v.put("broker_hz_" + t, d(bt.get(t)));
        v.put("peer_hz", r.hz(false, m));
        for (String t : List.of("guess", "reassign", "renew", "other")) v.put("peer_hz_" + t, d(pt.get(t)));
        v.put("broker_bps_in", r.bps(true, true, m));
        v.put("broker_bps_out", r.bps(true, false, m));
        v.put("peer_bps_in", r.bps(false, true, m));
        v.put("peer_bps_out", r.bps(false, false, m));
        v.put("peer_bps_guess", guessBps(r, m));
        v.put("peer_hz_without_guess", r.peerHzWithoutGuess(m));
        v.put("peer_bps_without_guess", r.peerBpsWithoutGuess(true, m) + r.peerBpsWithoutGuess(false, m));
        v.put("peer_mean_proofs", d(state.get("peer_mean_proofs")));
        v.put("broker_proofs", d(state.get("broker_proofs")));
        v.put("credit_loss_mean", d(loss.get("mean")));
        v.put("credit_loss_p90", d(loss.get("p90")));
        v.put("credit_loss_max", d(loss.get("max")));
        v.put("online_fraction", d(map.get("online_fraction")));
        for (String c : List.of("queries", "picopayments", "coin_payments", "coins_printed", "coins_cashed", "coins_expired",
                "reassign_owner", "reassign_broker", "layered", "renew_owner", "renew_broker")) {
            v.put(c, (double) r.count(c));
        }
        v.put("protocol_errors", (double) r.protocolErrors());
        v.put("money_conserved", r.moneyConserved() ? 1.0 : 0.0);
        if (!v.keySet().equals(new java.util.LinkedHashSet<>(KEYS))) throw new IllegalStateException("metric keys out of sync");
        return new RunMetrics(r.config(), v, d(map.get("wall_seconds")));
    }

    /** The average peer's GUESS bandwidth, in and out, in bps: as {@link SimResult#bps} but for the GUESS task only. */
    static double guessBps(SimResult r, CostModel m) {
        TaskMeter meter = r.peerMeter();
        double bytes = meter.count(Task.GUESS, CostAction.BYTES_SENT) + meter.count(Task.GUESS, CostAction.BYTES_RECEIVED);
        double msgs = meter.count(Task.GUESS, CostAction.MESSAGE_SENT) + meter.count(Task.GUESS, CostAction.MESSAGE_RECEIVED);
        return 8.0 * (bytes + msgs * m.headerBytes()) / r.seconds() / r.config().peers();
    }

    private static double d(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0.0;
    }
}
