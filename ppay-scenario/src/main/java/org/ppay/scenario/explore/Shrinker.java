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

    /**
     * The failing trace shrunk: same seed and mix, fewer actions and a simpler setup, the same kind of violation. It
     * prefers a trace without untidy refusals ({@link TraceResult#untidyRefusals()}), whose scenario file then fails
     * at the violation only: kept as a condition when the failing trace has none, else sought by dropping one action
     * at a time from the shrunk trace.
     */
    public static TraceResult shrink(TraceResult failing, Set<Property> properties, Budget budget) {
        String signature = failing.violation().signature();
        Counter<TracePlan> same = new Counter<>(p -> same(TraceRun.watched(p, properties), signature, false), budget);
        Counter<TracePlan> tidy = new Counter<>(p -> same(TraceRun.watched(p, properties), signature, true), budget);
        TracePlan plan = failing.plan();
        if (tidy.fails(plan)) return TraceRun.watched(minimize(plan, tidy, budget), properties);
        plan = minimize(plan, same, budget);
        for (int i = 0; i < plan.ops().size(); i++) {
            List<Op> fewer = new ArrayList<>(plan.ops());
            fewer.remove(i);
            if (tidy.fails(plan.withOps(fewer))) return TraceRun.watched(minimize(plan.withOps(fewer), tidy, budget), properties);
        }
        TraceResult last = TraceRun.watched(plan, properties);
        return same(last, signature, false) ? last : failing;
    }

    private static boolean same(TraceResult r, String signature, boolean tidy) {
        return !r.ok() && r.violation().signature().equals(signature) && (!tidy || r.untidyRefusals() == 0);
    }

    /** ddmin over the actions, then simpler setups, again while a setup could be simplified. */
    private static TracePlan minimize(TracePlan plan, Counter<TracePlan> fails, Budget budget) {
        for (boolean changed = true; changed && fails.more(); ) {
            TracePlan start = plan;
            plan = start.withOps(ddmin(start.ops(), o -> fails.fails(start.withOps(o)), budget));
            changed = false;
            for (Setup s : plan.setup().simpler()) {
                if (fails.fails(plan.withSetup(s))) {
                    plan = plan.withSetup(s);
                    changed = true;
                    break;
                }
            }
        }
        return plan;
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
