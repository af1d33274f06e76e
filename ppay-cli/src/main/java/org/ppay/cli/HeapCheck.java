package org.ppay.cli;

import java.util.Locale;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.HeapEstimate;
import org.ppay.sim.SimConfig;
import org.ppay.sim.engine.Engine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Refuses, before any set-up, a run whose {@link HeapEstimate} (a deliberately low one) exceeds the JVM's maximum
 * heap, naming --peers, the figure and how many peers would fit, instead of failing minutes later.
 */
final class HeapCheck {
    private HeapCheck() {}

    /** On the core engine, whose estimate is the larger. */
    static void require(CommandSpec spec, SimConfig c, ProofRetention proofs, int runs, long maxHeap) {
        require(spec, Engine.CORE, c, proofs, runs, maxHeap);
    }

    /** @throws Problems.BadInput when {@code runs} runs of {@code c} on {@code engine} at once cannot fit into {@code maxHeap} bytes */
    static void require(CommandSpec spec, Engine engine, SimConfig c, ProofRetention proofs, int runs, long maxHeap) {
        long one = engine.heapBytes(c, proofs);
        if (one <= maxHeap / runs) return;
        String days = OptionDefaults.plain(c.days());
        if (runs > 1 && one <= maxHeap) {
            throw new Problems.BadInput(spec, String.format(Locale.ROOT, "--threads %d runs of %d peers for %s days need at least %s of heap "
                + "and this JVM has %s: --threads must be at most %d here", runs, c.peers(), days, size(one * runs), size(maxHeap), maxHeap / one));
        }
        throw new Problems.BadInput(spec, String.format(Locale.ROOT, "--peers %d for %s days needs at least %s of heap and this JVM has %s: "
                + "--peers must be at most %d for %s days here (fewer --days fit more), or give the JVM more heap (%s)", c.peers(), days, size(one),
            size(maxHeap), HeapEstimate.peersWithin(maxHeap, c, one), days, Problems.MORE_HEAP));
    }

    /** {@link #require(CommandSpec, Engine, SimConfig, ProofRetention, int, long)} against this JVM's maximum heap. */
    static void require(CommandSpec spec, Engine engine, SimConfig c, ProofRetention proofs, int runs) {
        require(spec, engine, c, proofs, runs, Runtime.getRuntime().maxMemory());
    }

    /** Bytes for people: {@code 512 MB}, {@code 17.2 GB}, {@code 12000 TB}. */
    static String size(long bytes) {
        if (bytes < 1L << 30) return (bytes >> 20) + " MB";
        if (bytes < 1L << 40) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.0f TB", bytes / (double) (1L << 40));
    }
}
