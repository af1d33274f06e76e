package org.ppay.scenario.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ppay.crypto.Providers;

/**
 * Explores Theorem 1 and its attack analysis (Section 4) with fresh traces: from a root seed, each trace draws its
 * own seed; every fourth trace is of the honest mix (it is checked for property 4 as well), the others are mixed.
 * Traces run with the fast fake signer until the trace or time limit. The first violation stops the exploration:
 * the trace is shrunk, written as a scenario file, and that file is checked with real Ed25519 and the fake signer.
 */
public final class Explorer {
    /** Every how many traces one is honest. */
    static final int HONEST_EVERY = 4;
    /** The providers a written scenario is checked with: real signatures first. */
    static final List<String> CHECKED_WITH = List.of(Providers.DEFAULT, "counting-fake");

    /** Hears how the exploration is going, now and then. */
    @FunctionalInterface
    public interface Progress {
        void report(ExploreResult soFar);
    }

    private final ExploreOptions o;

    public Explorer(ExploreOptions o) { this.o = o; }

    /** The mix of the trace with this index. */
    static Mix mixOf(long index) { return index % HONEST_EVERY == HONEST_EVERY - 1 ? Mix.HONEST : Mix.MIXED; }

    /**
     * Runs traces until a limit or a violation.
     *
     * @throws IOException when a failure's scenario file cannot be written
     */
    public ExploreResult run(Progress progress) throws IOException {
        long start = System.nanoTime();
        long nextReport = start + nanos(o.progressSeconds());
        SplittableRandom seeds = new SplittableRandom(o.seed());
        Tally tally = new Tally();
        long traces = 0, honest = 0;
        while (traces < o.maxTraces() && seconds(start) < o.maxSeconds()) {
            long seed = seeds.nextLong();
            Mix mix = mixOf(traces);
            TraceResult r = TraceRun.run(TraceGenerator.plan(seed, mix), TraceRun.propertiesOf(mix));
            traces++;
            if (mix == Mix.HONEST) honest++;
            tally.add(r.counts());
            if (!r.ok()) return new ExploreResult(o.seed(), traces, honest, seconds(start), tally.counts(), failure(traces - 1, r));
            if (System.nanoTime() >= nextReport) {
                progress.report(new ExploreResult(o.seed(), traces, honest, seconds(start), tally.counts(), null));
                nextReport += nanos(o.progressSeconds());
            }
        }
        return new ExploreResult(o.seed(), traces, honest, seconds(start), tally.counts(), null);
    }

    /** Shrinks the failing trace, writes its scenario under the output directory and checks that it fails there. */
    private ExploreResult.Failure failure(long index, TraceResult failing) throws IOException {
        Mix mix = failing.plan().mix();
        TraceResult small = Shrinker.shrink(failing, TraceRun.propertiesOf(mix), Shrinker.Budget.of(o.shrinkSeconds(), ExploreOptions.SHRINK_RUNS));
        Violation v = small.violation();
        String name = "explore-" + o.seed() + "-" + index + "-" + v.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".ppay";
        ScenarioWriter.Scenario s = ScenarioTrimmer.trim(ScenarioWriter.write(small, header(index, failing, small, name)), v.type(),
            Providers.byName("counting-fake"), Shrinker.Budget.of(o.shrinkSeconds(), ExploreOptions.SHRINK_RUNS));
        List<ScenarioWriter.Verdict> verdicts = new ArrayList<>();
        for (String p : CHECKED_WITH) verdicts.add(ScenarioWriter.verify(s, Providers.byName(p)));
        String note = ScenarioWriter.verdict(s.failingLine(), CHECKED_WITH, verdicts);
        s = s.withVerdict(note);
        Files.createDirectories(o.out());
        Path file = o.out().resolve(name);
        Files.writeString(file, s.text());
        return new ExploreResult.Failure(index, failing.plan().seed(), mix, v.property(), v.signature(), v.message(),
            failing.trace().actions(), small.trace().actions(), file.toString(), verdicts.get(0).reproduced(), verdicts.get(1).reproduced(), note);
    }

    private List<String> header(long index, TraceResult failing, TraceResult small, String name) {
        Violation v = small.violation();
        return List.of(
            "Found by ppay explore: property " + v.property() + " broken (" + v.signature() + ").",
            v.message(),
            "Root seed " + o.seed() + ", trace #" + index + " (seed " + failing.plan().seed() + ", " + failing.plan().mix().name().toLowerCase(Locale.ROOT)
                + " mix), shrunk from " + failing.trace().actions() + " action lines to " + small.trace().actions() + ".",
            "Reproduce: ./ppay scenario " + name + "   (or the exploration: ./ppay explore --seed " + o.seed() + " --traces " + (index + 1) + ")");
    }

    private static double seconds(long start) { return (System.nanoTime() - start) / 1e9; }

    private static long nanos(double seconds) { return (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4); }
}
