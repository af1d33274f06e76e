package org.ppay.cli;

import java.util.Locale;
import java.util.Map;

/** The readable summary of a simulation result (the JSON, laid out for people). */
final class Tables {
    private Tables() {}

    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> p = (Map<String, Object>) r.get("params");
        b.append(String.format(Locale.ROOT, "PPay simulation: %s, %s peers, %s days, %s window of %s, seed %s, costs %s, broker costs %s%n",
            p.get("scheme"), p.get("peers"), p.get("days"), p.get("credit_window_type"), p.get("credit_window_size"), p.get("seed"), p.get("costs"),
            p.get("broker_costs")));
        b.append(String.format(Locale.ROOT, "%-8s %14s %12s %12s   %s%n", "", "load (Hz)", "in (bps)", "out (bps)", "Hz by task"));
        for (String who : new String[] {"broker", "peer"}) {
            Map<String, Object> l = (Map<String, Object>) r.get(who);
            StringBuilder tasks = new StringBuilder();
            ((Map<String, Object>) l.get("hz_by_task")).forEach((k, v) -> tasks.append(k).append('=').append(String.format(Locale.ROOT, "%.3g", (Double) v)).append(' '));
            b.append(String.format(Locale.ROOT, "%-8s %14.4g %12.4g %12.4g   %s%n", who, l.get("hz"), l.get("bps_in"), l.get("bps_out"), tasks.toString().strip()));
        }
        Map<String, Object> peer = (Map<String, Object>) r.get("peer");
        b.append(String.format(Locale.ROOT, "%-8s %14.4g %12.4g %12.4g   (the average peer without GUESS work: query probes, answers, hits)%n",
            "no GUESS", peer.get("hz_without_guess"), peer.get("bps_in_without_guess"), peer.get("bps_out_without_guess")));
        Map<String, Object> s = (Map<String, Object>) r.get("state");
        b.append(String.format(Locale.ROOT, "state: %.1f proofs per peer, %.1f at the broker (time averages)%n", s.get("peer_mean_proofs"), s.get("broker_proofs")));
        Map<String, Object> c = (Map<String, Object>) r.get("credit_loss");
        b.append(String.format(Locale.ROOT, "credit loss l_i(end) of non-lazy peers: mean %.1f, p90 %.1f, max %.1f%n", c.get("mean"), c.get("p90"), c.get("max")));
        Map<String, Object> pc = (Map<String, Object>) r.get("caches");
        b.append(String.format(Locale.ROOT, "%s pong caches at the end: reciprocity %.3f (%.3f between online peers); counterparts per peer: mean %.1f, max %s%n",
            pc.get("model"), pc.get("reciprocity"), pc.get("reciprocity_online"), pc.get("counterparts_mean"), pc.get("counterparts_max")));
        b.append("counts: ");
        ((Map<String, Object>) r.get("counts")).forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
        b.append(String.format(Locale.ROOT, "%nonline fraction %.3f, %s events, %.1f s wall, money conserved: %s%n",
            r.get("online_fraction"), r.get("events"), r.get("wall_seconds"), r.get("money_conserved")));
        return b.toString();
    }
}
