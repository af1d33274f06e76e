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

    /** Adds every non-zero count of {@code actions} (indexed by {@link CostAction#ordinal()}) to task t. */
    static void add(CostMeter m, Task t, long[] actions) {
        for (int a = 0; a < actions.length; a++) if (actions[a] != 0) m.add(t, CostAction.values()[a], actions[a]);
    }
}
