package org.ppay.scenario.explore;

import java.util.List;

/**
 * What one trace runs: its setup and abstract actions, drawn from {@code seed} in {@code mix}. Shrinking makes
 * smaller plans of the same seed and mix; the lines they become depend on the world as it runs.
 */
public record TracePlan(long seed, Mix mix, Setup setup, List<Op> ops) {
    public TracePlan {
        ops = List.copyOf(ops);
    }

    TracePlan withOps(List<Op> fewer) { return new TracePlan(seed, mix, setup, fewer); }

    TracePlan withSetup(Setup simpler) { return new TracePlan(seed, mix, simpler, ops); }
}
