package org.ppay.scenario.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Shrinks a failing trace so that its scenario file reads in a minute: delta debugging (Zeller's ddmin) over the
 * plan's abstract actions, then simpler setups (a peer fewer, fewer raw coins, no certificate, Payword), then the
 * actions again, for as long as the trace still breaks the property the same way ({@link Violation#signature()}).
 * Deterministic for a seed unless the budget runs out first.
 */
public final class Shrinker {
    private Shrinker() {}

    /** How long shrinking may go on: a wall-clock deadline and a number of reruns, whichever ends first. */
    public record Budget(long deadlineNanos, int maxRuns) {
        public static Budget of(double seconds, int maxRuns) {
            return new Budget(System.nanoTime() + (long) (seconds * 1e9), maxRuns);
        }
    }

    /**
     * A 1-minimal sublist of {@code items} that still {@code fails}: removing any single element makes it pass, unless
     * the budget ran out first. {@code fails(items)} must hold.
     */
    public static <T> List<T> ddmin(List<T> items, Predicate<List<T>> fails, Budget budget) {
        Counter<List<T>> test = new Counter<>(fails, budget);
        List<T> cur = new ArrayList<>(items);
        if (test.fails(List.of())) return List.of();
        int n = 2;
        while (cur.size() >= 2 && test.more()) {
            List<List<T>> chunks = split(cur, n);
            List<T> next = null;
            for (List<T> c : chunks) if (next == null && test.fails(c)) next = c;
            if (next != null) {
                cur = next;
                n = 2;
                continue;
            }
            for (int i = 0; i < chunks.size() && next == null && n > 2; i++) {
                List<T> rest = complement(chunks, i);
                if (test.fails(rest)) next = rest;
            }
            if (next != null) {
                cur = next;
                n = Math.max(n - 1, 2);
            } else if (n >= cur.size()) {
                break;
            } else {
                n = Math.min(2 * n, cur.size());
            }
        }
        return cur;
    }

    /** The failing trace shrunk: same seed and mix, fewer actions and a simpler setup, the same kind of violation. */
    public static TraceResult shrink(TraceResult failing, Set<Property> properties, Budget budget) {
        String signature = failing.violation().signature();
        TraceResult[] best = {failing};
        Predicate<TracePlan> fails = plan -> {
            TraceResult r = TraceRun.run(plan, properties);
            boolean same = !r.ok() && r.violation().signature().equals(signature);
            if (same && r.plan().ops().size() <= best[0].plan().ops().size()) best[0] = r;
            return same;
        };
        Counter<TracePlan> runs = new Counter<>(fails, budget);
        TracePlan plan = failing.plan();
        for (boolean changed = true; changed && runs.more(); ) {
            TracePlan start = plan;
            List<Op> ops = ddmin(start.ops(), o -> runs.fails(start.withOps(o)), budget);
            plan = start.withOps(ops);
            changed = false;
            for (Setup s : plan.setup().simpler()) {
                if (runs.fails(plan.withSetup(s))) {
                    plan = plan.withSetup(s);
                    changed = true;
                    break;
                }
            }
        }
        TraceResult last = TraceRun.run(plan, properties);
        return !last.ok() && last.violation().signature().equals(signature) ? last : best[0];
    }

    private static <T> List<List<T>> split(List<T> xs, int n) {
        List<List<T>> out = new ArrayList<>();
        int size = xs.size();
        for (int i = 0; i < n; i++) {
            List<T> part = xs.subList(i * size / n, (i + 1) * size / n);
            if (!part.isEmpty()) out.add(new ArrayList<>(part));
        }
        return out;
    }

    private static <T> List<T> complement(List<List<T>> chunks, int skip) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) if (i != skip) out.addAll(chunks.get(i));
        return out;
    }

    /** A predicate that counts its runs against the budget and answers false once it is spent. */
    private static final class Counter<T> {
        private final Predicate<T> fails;
        private final Budget budget;
        private int runs;

        Counter(Predicate<T> fails, Budget budget) {
            this.fails = fails;
            this.budget = budget;
        }

        boolean more() { return runs < budget.maxRuns() && System.nanoTime() < budget.deadlineNanos(); }

        boolean fails(T x) {
            if (!more()) return false;
            runs++;
            return fails.test(x);
        }
    }
}
