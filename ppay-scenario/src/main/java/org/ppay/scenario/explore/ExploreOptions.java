package org.ppay.scenario.explore;

import java.nio.file.Path;

/**
 * How long to explore and where failures go: until {@code maxTraces} traces or {@code maxSeconds} seconds, whichever
 * comes first ({@code Double.POSITIVE_INFINITY}: no time limit), from
 * {@code seed}; a failure is shrunk for at most {@code shrinkSeconds} and written under {@code out}; a progress
 * report comes every {@code progressSeconds}.
 */
public record ExploreOptions(long seed, long maxTraces, double maxSeconds, Path out, double shrinkSeconds, double progressSeconds) {
    /** Shrinking stops after this many reruns even with time left (a few seconds' worth). */
    static final int SHRINK_RUNS = 20_000;

    public ExploreOptions {
        if (maxTraces < 1) throw new IllegalArgumentException("maxTraces must be at least 1, not " + maxTraces);
        if (!(maxSeconds > 0)) throw new IllegalArgumentException("maxSeconds must be positive, not " + maxSeconds);
        if (!(shrinkSeconds > 0) || Double.isInfinite(shrinkSeconds)) throw new IllegalArgumentException("shrinkSeconds must be positive and finite");
        if (!(progressSeconds > 0)) throw new IllegalArgumentException("progressSeconds must be positive");
        if (out == null) throw new IllegalArgumentException("out is required");
    }
}
