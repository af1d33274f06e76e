package org.ppay.core.cost;

import java.util.EnumMap;
import java.util.Map;

/** Counts every action; not thread-safe (one per role, as the simulator is single-threaded per run). */
public final class CountingCostMeter implements CostMeter {
    private final long[] counts = new long[CostAction.values().length];

    @Override public void add(CostAction action, long n) { counts[action.ordinal()] += n; }

    public long count(CostAction action) { return counts[action.ordinal()]; }

    public Map<CostAction, Long> snapshot() {
        Map<CostAction, Long> m = new EnumMap<>(CostAction.class);
        for (CostAction a : CostAction.values()) m.put(a, counts[a.ordinal()]);
        return m;
    }
}
