package org.ppay.sim;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;

/**
 * Counts the core's macro actions by the task the roles name with each one, folded into the tasks Figures 1, 2
 * and 4 break load down by. Signed account requests ({@link org.ppay.core.cost.Task#ACCOUNT}) are kept apart:
 * the paper's cost model does not count them (docs/cost-model.md), so they are in no load.
 */
public final class TaskMeter implements CostMeter {
    private final long[][] counts = new long[Task.values().length][CostAction.values().length];
    private final long[] account = new long[CostAction.values().length];

    @Override public void add(org.ppay.core.cost.Task task, CostAction action, long n) {
        switch (task) {
            case CASH -> counts[Task.CASH.ordinal()][action.ordinal()] += n;
            case REASSIGN -> counts[Task.REASSIGN.ordinal()][action.ordinal()] += n;
            case RENEW -> counts[Task.RENEW.ordinal()][action.ordinal()] += n;
            case ACCOUNT -> account[action.ordinal()] += n;
            default -> counts[Task.OTHER.ordinal()][action.ordinal()] += n;     // issuing, picopayments, arbitration
        }
    }

    /** The simulator's own GUESS traffic (Section 6): queries and their answers, which no protocol role sends. */
    void guessSent(int bytes) { count(CostAction.MESSAGE_SENT, 1); count(CostAction.BYTES_SENT, bytes); }

    void guessReceived(int bytes) { count(CostAction.MESSAGE_RECEIVED, 1); count(CostAction.BYTES_RECEIVED, bytes); }

    private void count(CostAction a, long n) { counts[Task.GUESS.ordinal()][a.ordinal()] += n; }

    public long count(Task t, CostAction a) { return counts[t.ordinal()][a.ordinal()]; }

    /** What signed account requests and their answers cost: outside every load. */
    public long accountCount(CostAction a) { return account[a.ordinal()]; }

    /** Forgets everything counted so far: set-up before the simulated period is not load. */
    void reset() {
        for (long[] row : counts) java.util.Arrays.fill(row, 0);
        java.util.Arrays.fill(account, 0);
    }

    public long count(CostAction a) {
        long s = 0;
        for (long[] row : counts) s += row[a.ordinal()];
        return s;
    }
}
