package org.ppay.sim;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;

/**
 * Counts the core's macro actions by task: the simulator sets the task before it calls into the core,
 * so the very same counts the roles report are attributed as the paper's figures break load down.
 */
public final class TaskMeter implements CostMeter {
    private final long[][] counts = new long[Task.values().length][CostAction.values().length];
    private Task task = Task.OTHER;

    void task(Task t) { task = t; }

    @Override public void add(CostAction action, long n) { counts[task.ordinal()][action.ordinal()] += n; }

    public long count(Task t, CostAction a) { return counts[t.ordinal()][a.ordinal()]; }

    /** Forgets everything counted so far: set-up before the simulated period is not load. */
    void reset() { for (long[] row : counts) java.util.Arrays.fill(row, 0); }

    public long count(CostAction a) {
        long s = 0;
        for (long[] row : counts) s += row[a.ordinal()];
        return s;
    }
}
