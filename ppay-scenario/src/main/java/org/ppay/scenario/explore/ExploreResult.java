package org.ppay.scenario.explore;

/**
 * What an exploration did: its root seed, how many traces (of them honest) in how long, what they exercised, and the
 * failure that stopped it, if one did.
 */
public record ExploreResult(long seed, long traces, long honestTraces, double seconds, Counts counts, Failure failure) {
    public boolean ok() { return failure == null; }

    public double tracesPerSecond() { return seconds > 0 ? traces / seconds : 0; }

    /**
     * A violation found: in which trace (its index under the root seed, its own seed and mix), what broke, the
     * trace's size before and after shrinking, the scenario file written, and whether that file fails as intended
     * with real Ed25519 and with the fast fake signer ({@code note} says how it failed otherwise).
     */
    public record Failure(long trace, long traceSeed, Mix mix, Property property, String violation, String message,
                          int actions, int shrunkActions, String file, boolean reproducedEd25519, boolean reproducedFake, String note) {}
}
