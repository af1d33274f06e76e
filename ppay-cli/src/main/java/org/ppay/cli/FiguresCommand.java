package org.ppay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.ppay.core.role.ProofRetention;
import org.ppay.sim.BrokerCosts;
import org.ppay.sim.SimConfig;
import org.ppay.sim.figures.Csv;
import org.ppay.sim.figures.FigureSet;
import org.ppay.sim.figures.Figures;
import org.ppay.sim.figures.Reproduction;
import org.ppay.sim.figures.Sweep;
import org.ppay.sim.engine.Engine;
import org.ppay.sim.figures.SweepSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppay figures}: re-runs the simulations behind Figures 1–9 and checks Section 7's claims against them. */
@Command(name = "figures", mixinStandardHelpOptions = true, sortOptions = false, defaultValueProvider = FiguresCommand.Defaults.class,
    description = {"Re-runs the simulations behind the paper's Figures 1-9 and checks Section 7's claims against them.",
        "Writes into --out one CSV and one PNG chart per figure, runs.csv with every metric of every run, and reproduction.md: one row "
            + "per quantitative claim of Section 7 with the paper's value, ours and a computed verdict. Runs use all cores the heap "
            + "allows; --out is checked for writing before the sweep starts.",
        "Default: Table 1's network (1000 peers, 40 days; on the fast engine about half an hour on 2 cores). --quick: 200 peers, 5 days, fewer points. "
            + "--seeds K runs it all K times."})
final class FiguresCommand implements Callable<Integer>, Problems.MemoryAdvice {
    @Spec CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "DIR", converter = Domain.OutDir.class,
        description = "output directory, created if missing") Path out;
    @Option(names = "--quick", description = "a small, short sweep (minutes): trends only, not comparable in absolute terms") boolean quick;
    @Option(names = "--peers", converter = Domain.Peers.class, description = "Network Size (default: ${DEFAULT-VALUE}, or "
        + SweepSettings.QUICK_PEERS + " with --quick); cache size is 10%% of it") int peers;
    @Option(names = "--days", converter = Domain.Days.class, description = "simulated days per run, at most " + (int) SimConfig.MAX_DAYS
        + " (default: ${DEFAULT-VALUE}, or " + (int) SweepSettings.QUICK_DAYS + " with --quick; Figures 4-5 run at least 40)") double days;
    @Option(names = "--caches", converter = Spelling.CacheModelName.class, description = "fixed (random caches drawn at the start, never changed: the paper describes no upkeep) or guess (kept up as GUESS peers do: probed peers learn their probers, pongs introduce peers, offline entries are dropped; docs/simulation-inputs.md, Section 8) (default: ${DEFAULT-VALUE})") org.ppay.sim.CacheModel caches;
    @Option(names = "--seed", description = "seed shared by every run; with --seeds K the runs of every configuration use seeds SEED to SEED+K-1 (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--seeds", paramLabel = "K", converter = Domain.Seeds.class, description = "runs per configuration, 1 to "
        + SweepSettings.MAX_SEEDS + ": with more than one, figures show means with 95%% confidence intervals and a claim holds only "
        + "if it holds across its intervals (default: ${DEFAULT-VALUE})") int seeds;
    @Option(names = "--threads", converter = Domain.PositiveInt.class,
        description = "worker threads (default: all cores the heap allows); results do not depend on it") Integer threads;
    @Option(names = "--quiet", description = "no progress lines on stderr") boolean quiet;
    @Option(names = "--broker-costs", converter = Spelling.BrokerCostsName.class,
        description = "paper (the broker's signature work as Section 7.1 counts it) or protocol (every signature our broker makes and checks); "
            + "docs/cost-model.md (default: ${DEFAULT-VALUE})") BrokerCosts brokerCosts;
    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "count (owners count their proofs: the same figures, less memory) or keep (they keep every proof, as the protocol's owners do) (default: ${DEFAULT-VALUE})")
    ProofRetention proofs;
    @Option(names = "--engine", converter = Spelling.EngineName.class,
        description = "fast or core: both give the same figures (default: ${DEFAULT-VALUE}, or core with --proofs keep)")
    Engine engine;

    /** Writes a finished sweep's files into a directory. */
    @FunctionalInterface
    interface FileWriter {
        List<Path> write(Sweep.Result r, Path dir) throws IOException;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SweepSettings s = settings();
        Map<SimConfig, String> plan = Sweep.plan(Figures.all(), s);
        SimConfig largest = plan.keySet().stream().max(Comparator.comparingLong(c -> s.engine().heapBytes(c, s.proofs()))).orElseThrow();
        HeapCheck.require(spec, s.engine(), largest, s.proofs(), threads == null ? 1 : Math.min(threads, plan.size()));
        Path dir = OutputDirectory.prepare(spec, "--out", out);
        System.setProperty("java.awt.headless", "true");
        if (!quiet) {
            err.printf(Locale.ROOT, "ppay figures: %d runs of %d peers, %s cache %d, %s days, %s, %d threads, proofs %s, %s engine, %s broker costs%s%n",
                plan.size(), s.peers(), s.caches().name().toLowerCase(Locale.ROOT), s.cacheSize(), OptionDefaults.plain(s.days()),
                s.seeds() == 1 ? "seed " + s.seed() : s.seeds() + " seeds from " + s.seed(), s.threads(), s.proofs().name().toLowerCase(Locale.ROOT),
                s.engine().name().toLowerCase(Locale.ROOT), s.brokerCosts().name().toLowerCase(Locale.ROOT), s.quick() ? " (quick)" : "");
        }
        Sweep.Result r;
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (Heartbeat beat = quiet ? null : new Heartbeat(Heartbeat.PERIOD, err, () -> String.format(Locale.ROOT,
                "ppay figures: %d of %d runs done after %s", done.get(), plan.size(), Progress.duration((System.nanoTime() - start) / 1e9)))) {
            r = Sweep.run(Figures.all(), s, beat == null ? null : line -> {
                done.incrementAndGet();
                beat.println(line);
            });
        }
        return save(r, dir, FigureSet::write, spec.commandLine().getOut(), quiet ? null : err, err);
    }

    /**
     * Writes the sweep's files into {@code dir}, printing the report's path. Should that fail after all (the directory
     * went away or the disk filled during the sweep), writes them into a new temporary directory instead, and failing
     * that prints runs.csv to stdout: a finished sweep is never lost. Returns the exit code: 0, or 1 when {@code dir}
     * did not take the files. {@code log} (null for none) hears what was written.
     */
    static int save(Sweep.Result r, Path dir, FileWriter writer, PrintWriter out, PrintWriter log, PrintWriter err) {
        try {
            List<Path> files = writer.write(r, dir);
            if (log != null) log.printf(Locale.ROOT, "ppay figures: %d runs in %.0f s; wrote %d files to %s%n", r.runs().size(), r.wallSeconds(), files.size(), dir);
            out.println(dir.resolve(Reproduction.FILE));
            return 0;
        } catch (IOException | RuntimeException e) {
            String why = OutputDirectory.reason(e);
            try {
                Path instead = Files.createTempDirectory("ppay-figures-");
                err.println("ppay figures: could not write into " + dir + " (" + why + "); writing into " + instead + " instead");
                writer.write(r, instead);
                out.println(instead.resolve(Reproduction.FILE));
            } catch (IOException | RuntimeException e2) {
                err.println("ppay figures: could not write into " + dir + " (" + why + ") nor into a temporary directory ("
                    + OutputDirectory.reason(e2) + "); runs.csv follows on stdout");
                out.print(Csv.runs(r));
            }
            return Problems.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override public ProofRetention proofs() { return proofs; }

    @Override public String otherAdvice() { return "--threads 1, "; }

    /** The sweep the flags ask for. @throws Problems.BadInput naming the setting out of its domain */
    SweepSettings settings() {
        try {
            Engine chosen = Engine.choose(given("--engine") ? engine : null, proofs,
                note -> spec.commandLine().getErr().println(Problems.name(spec) + ": " + note));
            SweepSettings s = SweepSettings.of(quick, given("--peers") ? peers : null, given("--days") ? days : null, seed, chosen);
            if (threads != null) s = s.withThreads(threads);
            return s.withProofs(proofs).withBrokerCosts(brokerCosts).withCaches(caches).withSeeds(seeds);
        } catch (IllegalArgumentException e) {
            throw new Problems.BadInput(spec, e.getMessage());
        }
    }

    /** Whether the user gave {@code option}: an omitted one means Table 1's value, or the quick sweep's. */
    private boolean given(String option) { return spec.commandLine().getParseResult().hasMatchedOption(option); }

    /** --peers, --days, --seed and --broker-costs default to {@link org.ppay.sim.SimConfig#defaults()}, --seeds to {@link SweepSettings#DEFAULT_SEEDS}. */
    static final class Defaults extends OptionDefaults {
        Defaults() {
            super(org.ppay.sim.SimConfig.defaults());
            with("--engine", Engine.DEFAULT);
            with("--seeds", SweepSettings.DEFAULT_SEEDS);
        }
    }
}
