package org.ppay.sim;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;

/**
 * Counts the core's macro actions by the task the roles name with each one, folded into the tasks Figures 1, 2
 * and 4 break load down by. Signed account requests ({@link org.ppay.core.cost.Task#ACCOUNT}) are kept apart:
 * the paper's cost model does not count them (docs/cost-model.md), so they are in no load. One flat array,
 * indexed through a table from the core's task: both engines add to it hundreds of millions of times a run.
 */
public final class TaskMeter implements CostMeter {
    private static final int ACTIONS = CostAction.values().length;
    /** Row of each core task: its figure task, or the account row after them. */
    private static final int[] ROW = new int[org.ppay.core.cost.Task.values().length];
    private static final int ACCOUNT_ROW = Task.values().length;

    static {
        for (org.ppay.core.cost.Task t : org.ppay.core.cost.Task.values()) {
            ROW[t.ordinal()] = switch (t) {
                case CASH -> Task.CASH.ordinal();
                case REASSIGN -> Task.REASSIGN.ordinal();
                case RENEW -> Task.RENEW.ordinal();
                case ACCOUNT -> ACCOUNT_ROW;
                default -> Task.OTHER.ordinal();     // issuing, picopayments, arbitration
            };
        }
    }

    private final long[] counts = new long[(ACCOUNT_ROW + 1) * ACTIONS];

    @Override public void add(org.ppay.core.cost.Task task, CostAction action, long n) {
        counts[ROW[task.ordinal()] * ACTIONS + action.ordinal()] += n;
    }

    /**
     * The simulator's own GUESS traffic (Section 6), which no protocol role sends: {@code probes} probes of {@code query}
     * bytes sent, {@code answered} of them answered (received; the answer sent and received), {@code hits} of those
     * answers {@code hit} bytes long, the others {@code reply} bytes.
     */
    void guess(long probes, long answered, long hits, int query, int reply, int hit) {
        long answers = hits * hit + (answered - hits) * reply;
        count(CostAction.MESSAGE_SENT, probes + answered);
        count(CostAction.BYTES_SENT, probes * query + answers);
        count(CostAction.MESSAGE_RECEIVED, 2 * answered);
        count(CostAction.BYTES_RECEIVED, answered * query + answers);
    }

    private void count(CostAction a, long n) { count(Task.GUESS, a, n); }

    private void count(Task t, CostAction a, long n) { counts[t.ordinal() * ACTIONS + a.ordinal()] += n; }

    /**
     * The payer's ping of a coin's owner before a reassignment (Sections 3 and 6.3), which no protocol role sends:
     * {@code answered} pings of {@code ping} bytes that an online owner answered with {@code pong} bytes (each payer
     * and owner sends one message and receives one), and {@code unanswered} pings to an owner found offline before
     * a reassignment through the broker (sent, never received). Unsigned; reassignment work.
     */
    void ownerPings(long answered, long unanswered, int ping, int pong) {
        count(Task.REASSIGN, CostAction.MESSAGE_SENT, 2 * answered + unanswered);
        count(Task.REASSIGN, CostAction.BYTES_SENT, answered * (ping + pong) + unanswered * ping);
        count(Task.REASSIGN, CostAction.MESSAGE_RECEIVED, 2 * answered);
        count(Task.REASSIGN, CostAction.BYTES_RECEIVED, answered * (ping + pong));
    }

    public long count(Task t, CostAction a) { return counts[t.ordinal() * ACTIONS + a.ordinal()]; }

    /** What signed account requests and their answers cost: outside every load. */
    public long accountCount(CostAction a) { return counts[ACCOUNT_ROW * ACTIONS + a.ordinal()]; }

    /** Forgets everything counted so far: set-up before the simulated period is not load. */
    void reset() { java.util.Arrays.fill(counts, 0); }

    public long count(CostAction a) {
        long s = 0;
        for (int row = 0; row < ACCOUNT_ROW; row++) s += counts[row * ACTIONS + a.ordinal()];
        return s;
    }
}
