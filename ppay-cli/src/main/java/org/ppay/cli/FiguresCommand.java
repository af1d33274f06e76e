package org.ppay.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ppay.sim.figures.FigureSet;
import org.ppay.sim.figures.Figures;
import org.ppay.sim.figures.Reproduction;
import org.ppay.sim.engine.Engine;
import org.ppay.sim.figures.SweepSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppay figures}: re-runs the simulations behind Figures 1–9 and checks Section 7's claims against them. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false, defaultValueProvider = FiguresCommand.Defaults.class,
    description = {"Runs the simulations behind the paper's Figures 1-9 on all cores and writes, into --out,",
        "one CSV and one PNG chart per figure, runs.csv with every metric of every run, and reproduction.md:",
        "one row per quantitative claim of Section 7 with the paper's value, ours and a computed verdict.",
        "Default: Table 1's network (1000 peers, 40 days; the fast engine, about half an hour on 2 cores).",
        "--quick: 200 peers, 5 days, fewer points."})
final class FiguresCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, description = "output directory") Path out;
    @Option(names = "--quick", description = "a small, short sweep (minutes): trends only, not comparable in absolute terms") boolean quick;
    @Option(names = "--peers", description = "Network Size (default: ${DEFAULT-VALUE}, or " + SweepSettings.QUICK_PEERS
        + " with --quick); cache size is 10%% of it") int peers;
    @Option(names = "--days", description = "simulated days per run (default: ${DEFAULT-VALUE}, or " + SweepSettings.QUICK_DAYS
        + " with --quick; Figures 4-5 run at least 40)") double days;
    @Option(names = "--seed", description = "seed shared by every run (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--threads", description = "worker threads (default: all cores); results do not depend on it") Integer threads;
    @Option(names = "--quiet", description = "no progress lines on stderr") boolean quiet;
    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "count (owners count their proofs: the same figures, less memory) or keep (they keep every proof, as the protocol's owners do; core engine only) (default: ${DEFAULT-VALUE})")
    org.ppay.core.role.ProofRetention proofs;
    @Option(names = "--engine", converter = Spelling.EngineName.class,
        description = "fast or core: both give the same figures (default: ${DEFAULT-VALUE}, or core with --proofs keep)")
    Engine engine;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        SweepSettings s;
        try {
            s = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("ppay figures: " + e.getMessage());
            return 2;
        }
        if (!quiet) {
            System.err.printf(Locale.ROOT, "ppay figures: %d peers, cache %d, %s days, seed %d, %d threads, proofs %s, %s engine%s%n", s.peers(),
                s.cacheSize(), s.days(), s.seed(), s.threads(), s.proofs().name().toLowerCase(Locale.ROOT), s.engine().name().toLowerCase(Locale.ROOT),
                s.quick() ? " (quick)" : "");
        }
        FigureSet.Output o;
        try {
            o = FigureSet.run(Figures.all(), s, out, quiet ? null : System.err::println);
        } catch (OutOfMemoryError e) {
            System.err.printf(Locale.ROOT, "ppay figures: out of memory with %d threads and %d MB of heap: use --threads 1, more heap "
                + "(PPAY_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx16g\"), or --proofs count%n", s.threads(), Runtime.getRuntime().maxMemory() >> 20);
            return 1;
        }
        if (!quiet) {
            System.err.printf(Locale.ROOT, "ppay figures: %d runs in %.0f s; wrote %d files to %s%n", o.result().runs().size(),
                o.result().wallSeconds(), o.files().size(), out);
        }
        System.out.println(out.resolve(Reproduction.FILE));
        return 0;
    }

    /** The sweep the flags ask for. @throws IllegalArgumentException naming the setting out of its domain */
    SweepSettings settings() {
        Engine chosen = Engine.choose(given("--engine") ? engine : null, proofs, note -> System.err.println("ppay figures: " + note));
        SweepSettings s = SweepSettings.of(quick, given("--peers") ? peers : null, given("--days") ? days : null, seed, chosen);
        if (threads != null) s = s.withThreads(threads);
        return s.withProofs(proofs);
    }

    /** Whether the user gave {@code option}: an omitted one means Table 1's value, or the quick sweep's. */
    private boolean given(String option) { return spec.commandLine().getParseResult().hasMatchedOption(option); }

    /** --engine defaults to {@link Engine#DEFAULT}; --peers, --days and --seed to {@link org.ppay.sim.SimConfig#defaults()}. */
    static final class Defaults extends OptionDefaults {
        Defaults() {
            super(org.ppay.sim.SimConfig.defaults());
            with("--engine", Engine.DEFAULT);
        }
    }
}
