package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws a trace's plan from one seed, deterministically: 4–6 peers (balance 800–3000, deposit 0, 300, 1000 or
 * 2000, a limit certificate of 0, 3 or 6 serials, 0–3 raw coins), Max Layers 1–3, Payword or now and then soft
 * credit windows with a NetLossCap (Section 5.4), then 1–60 abstract actions, length uniform so that a failure
 * shrinks to a handful of lines.
 */
public final class TraceGenerator {
    static final int MAX_OPS = 60;
    /** Choices are resolved modulo what the world offers; 720 divides evenly by every small count. */
    static final int CHOICES = 720;
    private static final int[] DEPOSITS = {0, 300, 1000, 2000};
    private static final int[] LAYERS = {1, 2, 2, 3};
    private static final int[] ODDS = {1, 2, 5};
    private static final int[] SOFT_SIZES = {2, 3, 5, 10};

    private TraceGenerator() {}

    /** The plan of the trace of this seed in this mix. */
    public static TracePlan plan(long seed, Mix mix) { return plan(seed, mix, Set.of()); }

    /** The same, with the kinds {@code leftOut} drawn again whenever they come up: a narrower mix for a test. */
    public static TracePlan plan(long seed, Mix mix, Set<Kind> leftOut) {
        SplittableRandom r = new SplittableRandom(seed);
        Setup setup = setup(r);
        return new TracePlan(seed, mix, setup, ops(r, mix, leftOut));
    }

    static Setup setup(SplittableRandom r) {
        int maxLayers = LAYERS[r.nextInt(LAYERS.length)];
        CreditTerms credit = r.nextInt(3) == 0 ? soft(r) : CreditTerms.PAYWORD;
        int odds = ODDS[r.nextInt(ODDS.length)];
        int n = 4 + r.nextInt(3);
        List<PeerSpec> peers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int cert = r.nextInt(8);
            peers.add(new PeerSpec(100 * (8 + r.nextInt(23)), DEPOSITS[r.nextInt(DEPOSITS.length)], cert < 2 ? 0 : cert < 5 ? 3 : 6, r.nextInt(4)));
        }
        return new Setup(maxLayers, credit, odds, peers);
    }

    private static CreditTerms soft(SplittableRandom r) {
        int size = SOFT_SIZES[r.nextInt(SOFT_SIZES.length)];
        long cap = switch (r.nextInt(3)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> size;
            default -> 2L * size;
        };
        return new CreditTerms(true, size, cap);
    }

    static List<Op> ops(SplittableRandom r, Mix mix, Set<Kind> leftOut) {
        if (leftOut.containsAll(mix.kinds())) throw new IllegalArgumentException("every kind of " + mix + " left out");
        int n = 1 + r.nextInt(MAX_OPS);
        List<Op> ops = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Kind k = mix.draw(r);
            while (leftOut.contains(k)) k = mix.draw(r);
            ops.add(new Op(k, r.nextInt(CHOICES), r.nextInt(CHOICES), r.nextInt(CHOICES), r.nextInt(CHOICES)));
        }
        return ops;
    }
}
