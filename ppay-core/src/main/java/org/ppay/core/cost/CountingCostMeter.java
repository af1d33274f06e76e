package org.ppay.core.cost;

import java.util.EnumMap;
import java.util.Map;

/** Counts every action by task; not thread-safe (one per role, as the simulator is single-threaded per run). */
public final class CountingCostMeter implements CostMeter {
    private final long[][] counts = new long[Task.values().length][CostAction.values().length];

    @Override public void add(Task task, CostAction action, long n) { counts[task.ordinal()][action.ordinal()] += n; }

    public long count(Task task, CostAction action) { return counts[task.ordinal()][action.ordinal()]; }

    /** The action's count over every task. */
    public long count(CostAction action) {
        long s = 0;
        for (long[] row : counts) s += row[action.ordinal()];
        return s;
    }

    public Map<CostAction, Long> snapshot() {
        Map<CostAction, Long> m = new EnumMap<>(CostAction.class);
        for (CostAction a : CostAction.values()) m.put(a, count(a));
        return m;
    }
}
