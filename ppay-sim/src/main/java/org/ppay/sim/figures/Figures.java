package org.ppay.sim.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;

/**
 * The nine figures of Section 7, declared. The paper prints the figures but not the x values behind them; the
 * values here bracket every value its text names (Downtime Multiplier 1 and 20, Renewal Wait 10 and 30 days,
 * window sizes 10 and 100, cap 500) with evenly spread points between. Quick sweeps keep the named values and
 * drop some of the points between.
 */
public final class Figures {
    private Figures() {}

    private static final List<Object> SCHEMES = List.of(Scheme.PPAY, Scheme.PPAY_STAR, Scheme.RM);
    private static final List<Object> DM = List.of(1, 2, 5, 10, 20), DM_QUICK = List.of(1, 5, 20);
    private static final List<Object> WINDOWS = List.of(10, 20, 30, 50, 70, 100), WINDOWS_QUICK = List.of(10, 50, 100);
    private static final List<Object> RENEWAL = List.of(10, 15, 20, 25, 30), RENEWAL_QUICK = List.of(10, 20, 30);
    /** Figures 4–5 vary Renewal Wait up to 30 days, so their runs must outlast it: the paper's 40 days at least. */
    private static final double RENEWAL_RUN_DAYS = 40;

    /** Figures 1–9, in order. */
    public static List<FigureSpec> all() {
        return List.of(
            new FigureSpec(1, "Figure 1: Broker load vs Downtime Multiplier", Param.DOWNTIME_MULTIPLIER, DM, DM_QUICK,
                Param.SCHEME, SCHEMES, SCHEMES, List.of(Metric.BROKER_HZ), ChartKind.BARS, Map.of(), 0,
                "Section 7.1: PPay, PPay* and RM at Table 1 settings (Payword windows of 10, Max Layers 2)."),
            new FigureSpec(2, "Figure 2: Peer load vs Downtime Multiplier", Param.DOWNTIME_MULTIPLIER, DM, DM_QUICK,
                Param.SCHEME, SCHEMES, SCHEMES, List.of(Metric.PEER_HZ), ChartKind.BARS, Map.of(), 0,
                "Section 7.1: the runs of Figure 1, average peer load."),
            new FigureSpec(3, "Figure 3: Broker load is barely affected by Max Layers", Param.MAX_LAYERS,
                List.of(0, 1, 2, 3, 4, 5), List.of(0, 1, 2, 4), null, List.of(), List.of(), List.of(Metric.BROKER_HZ), ChartKind.LINES,
                Map.of(Param.DOWNTIME_MULTIPLIER, 20, Param.SCHEME, Scheme.PPAY), 0,
                "Section 7.2.1: Downtime Multiplier = 20, where layers matter most; PPay only from here on."),
            new FigureSpec(4, "Figure 4: Peer load by task vs Renewal Wait", Param.RENEWAL_WAIT_DAYS, RENEWAL, RENEWAL_QUICK, null,
                List.of(), List.of(), List.of(Metric.PEER_HZ_GUESS, Metric.PEER_HZ_REASSIGN, Metric.PEER_HZ_RENEW, Metric.PEER_HZ_OTHER),
                ChartKind.STACKED_BARS, Map.of(Param.SCHEME, Scheme.PPAY), RENEWAL_RUN_DAYS,
                "Section 7.2.2: GUESS, reassignment, renewal and miscellaneous processing per peer; runs last at least 40 days "
                    + "so that a 30-day Renewal Wait comes round."),
            new FigureSpec(5, "Figure 5: Peer state vs Renewal Wait", Param.RENEWAL_WAIT_DAYS, RENEWAL, RENEWAL_QUICK, null,
                List.of(), List.of(), List.of(Metric.PEER_MEAN_PROOFS), ChartKind.LINES, Map.of(Param.SCHEME, Scheme.PPAY),
                RENEWAL_RUN_DAYS, "Section 7.2.2: the runs of Figure 4, time-averaged proofs stored per peer."),
            new FigureSpec(6, "Figure 6: Broker load vs Credit Window Size, Payword vs soft credit windows", Param.CREDIT_WINDOW_SIZE,
                WINDOWS, WINDOWS_QUICK, Param.CREDIT_WINDOW_TYPE,
                List.of(Params.CreditWindowType.PAYWORD, Params.CreditWindowType.SCW),
                List.of(Params.CreditWindowType.PAYWORD, Params.CreditWindowType.SCW), List.of(Metric.BROKER_HZ), ChartKind.LINES,
                Map.of(Param.SCHEME, Scheme.PPAY), 0, "Section 7.2.3: no Net Loss Cap, no lazy peers."),
            new FigureSpec(7, "Figure 7: Peer load vs Credit Window Size, Payword vs soft credit windows", Param.CREDIT_WINDOW_SIZE,
                WINDOWS, WINDOWS_QUICK, Param.CREDIT_WINDOW_TYPE,
                List.of(Params.CreditWindowType.PAYWORD, Params.CreditWindowType.SCW),
                List.of(Params.CreditWindowType.PAYWORD, Params.CreditWindowType.SCW), List.of(Metric.PEER_HZ_WITHOUT_GUESS), ChartKind.LINES,
                Map.of(Param.SCHEME, Scheme.PPAY), 0, "Section 7.2.3: the runs of Figure 6, average peer load without GUESS work."),
            new FigureSpec(8, "Figure 8: Credit loss of non-lazy peers vs Credit Window Size", Param.CREDIT_WINDOW_SIZE,
                WINDOWS, WINDOWS_QUICK, Param.LAZY_PERCENT, List.of(0, 10, 25, 50), List.of(0, 25, 50),
                List.of(Metric.CREDIT_LOSS_MEAN, Metric.CREDIT_LOSS_MAX), ChartKind.LINES,
                Map.of(Param.SCHEME, Scheme.PPAY, Param.CREDIT_WINDOW_TYPE, Params.CreditWindowType.SCW, Param.NET_LOSS_CAP, Param.NO_CAP),
                0, "Section 7.2.3: soft credit windows without NetLossCap; l_i at the end of the run, when everyone leaves."),
            new FigureSpec(9, "Figure 9: Broker load as the credit loss cap value varies", Param.CREDIT_WINDOW_SIZE,
                WINDOWS, WINDOWS_QUICK, Param.NET_LOSS_CAP, List.of(200L, 500L, 1000L, 2000L, Param.NO_CAP),
                List.of(200L, 500L, Param.NO_CAP), List.of(Metric.BROKER_HZ), ChartKind.LINES,
                Map.of(Param.SCHEME, Scheme.PPAY, Param.CREDIT_WINDOW_TYPE, Params.CreditWindowType.SCW), 0,
                "Section 7.2.3: soft credit windows with NetLossCap v (inf: no cap), no lazy peers."));
    }

    /** Figure {@code id} of {@link #all()}. */
    public static Optional<FigureSpec> byId(int id) {
        return all().stream().filter(f -> f.id() == id).findFirst();
    }
}
