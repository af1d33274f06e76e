package org.ppay.sim.engine;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.HeapEstimate;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.Simulator;
import org.ppay.sim.fast.FastSimulator;

/**
 * The two engines, which give the same results for the same configuration ({@code FastEngineEqualityTest}):
 * the fast one for runs, the core one as the reference and for what needs real protocol objects.
 */
public enum Engine {
    /** {@link FastSimulator}: honest peers on flat arrays, no message objects. Counts proofs, never keeps them. */
    FAST,
    /**
     * {@link Simulator}: the protocol core for every step, the reference. Needed to keep every proof
     * ({@code --proofs keep}) or to check Theorem 1 during a run ({@link Simulator#checkInvariantsEvery}).
     */
    CORE;

    /** The engine a run uses unless told otherwise. */
    public static final Engine DEFAULT = FAST;

    /**
     * The engine for a run whose owners keep {@code proofs}: the one asked for, or by default {@link #DEFAULT},
     * except that keeping proofs needs the core engine, which is then chosen with a {@code note}.
     *
     * @param asked the engine the user named, or null
     * @throws IllegalArgumentException when the fast engine is asked to keep proofs
     */
    public static Engine choose(Engine asked, ProofRetention proofs, Consumer<String> note) {
        if (proofs != ProofRetention.KEEP) return asked != null ? asked : DEFAULT;
        if (asked == FAST) throw new IllegalArgumentException("--proofs keep needs --engine core: the fast engine has no proof objects, it counts them");
        if (asked == null && DEFAULT != CORE) note.accept("--proofs keep runs on the core engine (the fast engine counts proofs; the results are the same)");
        return CORE;
    }

    /** A low estimate of the heap a run of {@code cfg} needs on this engine ({@link HeapEstimate}). */
    public long heapBytes(SimConfig cfg, ProofRetention proofs) {
        return this == CORE ? HeapEstimate.bytes(cfg, proofs) : HeapEstimate.fastBytes(cfg);
    }

    /** Runs {@code cfg} to the end, reporting progress (simulated seconds, events) now and then if not null. */
    public SimResult run(SimConfig cfg, ProofRetention proofs, BiConsumer<Double, Long> progress) {
        return switch (this) {
            case FAST -> {
                if (proofs == ProofRetention.KEEP) throw new IllegalArgumentException("the fast engine cannot keep proofs: use the core engine");
                yield new FastSimulator(cfg).run(progress);
            }
            case CORE -> new Simulator(cfg, proofs).run(progress);
        };
    }
}
