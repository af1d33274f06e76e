package org.ppay.cli;

import java.util.Locale;
import java.util.Map;
import org.ppay.scenario.explore.Counts;
import org.ppay.scenario.explore.ExploreResult;

/**
 * The end of {@code ppay explore}: one JSON object ({@link #of}, what {@code --json} prints) or the same laid out
 * for people ({@link #text}).
 */
record ExploreSummary(long seed, boolean ok, long traces, long honestTraces, double seconds, double tracesPerSecond,
                      long steps, long frauds, long detections, Counts counts, ExploreResult.Failure failure) {
    static ExploreSummary of(ExploreResult r) {
        Counts c = r.counts();
        return new ExploreSummary(r.seed(), r.ok(), r.traces(), r.honestTraces(), r.seconds(), r.tracesPerSecond(),
            c.steps(), c.totalFrauds(), c.totalDetections(), c, r.failure());
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "ppay explore, seed %d (repeat with --seed %d)%n", seed, seed));
        b.append(String.format(Locale.ROOT, "traces      %,d (%,d honest) in %.1f s: %,.0f traces/s%n", traces, honestTraces, seconds, tracesPerSecond));
        b.append(String.format(Locale.ROOT, "steps       %,d%n", steps));
        b.append(row("actions", counts.actions()));
        b.append(row("routes", counts.routes()));
        b.append(row("refusals", counts.refusals()));
        b.append(String.format(Locale.ROOT, "frauds      %,d: %s", frauds, row("", counts.frauds()).strip())).append('\n');
        b.append(String.format(Locale.ROOT, "detections  %,d: %s", detections, row("", counts.detections()).strip())).append('\n');
        if (ok) {
            b.append("result      ok: every property held in every trace\n");
        } else {
            ExploreResult.Failure f = failure;
            b.append(String.format(Locale.ROOT, "result      VIOLATION in trace #%d (seed %d, %s mix): %s%n", f.trace(), f.traceSeed(),
                f.mix().name().toLowerCase(Locale.ROOT), f.violation()));
            b.append("            ").append(f.message()).append('\n');
            b.append(String.format(Locale.ROOT, "            shrunk from %d to %d action lines: %s%n", f.actions(), f.shrunkActions(), f.file()));
            b.append("            ").append(f.note()).append('\n');
        }
        return b.toString();
    }

    private static String row(String label, Map<? extends Enum<?>, Long> m) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-11s", label));
        if (m.isEmpty()) b.append(" none");
        m.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %,d", k.name().toLowerCase(Locale.ROOT), v)));
        return b.append('\n').toString();
    }
}
