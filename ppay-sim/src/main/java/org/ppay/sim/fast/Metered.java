package org.ppay.sim.fast;

import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.cost.Task;

/** What the core's {@code CostMeter.sent} and {@code received} add for a message, given its {@link Shapes.Shape}. */
final class Metered {
    private Metered() {}

    static void sent(CostMeter m, Task t, Shapes.Shape s) {
        m.add(t, CostAction.MESSAGE_SENT, 1);
        m.add(t, CostAction.BYTES_SENT, s.size());
        m.add(t, CostAction.SIGNATURES_SENT, s.signatures());
        m.add(t, CostAction.IDENTITIES_SENT, s.identities());
    }

    static void received(CostMeter m, Task t, Shapes.Shape s) {
        m.add(t, CostAction.MESSAGE_RECEIVED, 1);
        m.add(t, CostAction.BYTES_RECEIVED, s.size());
        m.add(t, CostAction.SIGNATURES_RECEIVED, s.signatures());
        m.add(t, CostAction.IDENTITIES_RECEIVED, s.identities());
    }

    /** Counts per action, the non-zero ones only. */
    record Counts(CostAction[] actions, long[] n) {
        /** From counts indexed by {@link CostAction#ordinal()}. */
        static Counts of(long[] byOrdinal) {
            int k = 0;
            for (long v : byOrdinal) if (v != 0) k++;
            CostAction[] actions = new CostAction[k];
            long[] n = new long[k];
            k = 0;
            for (int a = 0; a < byOrdinal.length; a++) {
                if (byOrdinal[a] == 0) continue;
                actions[k] = CostAction.values()[a];
                n[k++] = byOrdinal[a];
            }
            return new Counts(actions, n);
        }
    }

    /** Adds {@code times} times {@code counts}. */
    static void add(CostMeter m, Task t, Counts counts, long times) {
        for (int k = 0; k < counts.n.length; k++) m.add(t, counts.actions[k], counts.n[k] * times);
    }
}
