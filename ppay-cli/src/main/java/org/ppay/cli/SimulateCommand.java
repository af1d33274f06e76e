package org.ppay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ppay.core.Params;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.engine.Engine;
import org.ppay.sim.cost.CostModel;
import org.ppay.sim.cost.CostModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppay simulate}: one simulation run of PPay on GUESS (Sections 6–7), as a table or JSON. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false, defaultValueProvider = SimulateCommand.Defaults.class,
    description = {"Simulates PPay, PPay* or RM on a GUESS file-sharing network with churn (paper Sections 6 and 7),",
        "and prints broker and peer loads: on the fast engine by default, or with --engine core driving the real",
        "protocol core with a cost-counting signer for every step; both give the same results.",
        "Defaults are the paper's Table 1. Inputs the paper does not publish are reconstructed in docs/simulation-inputs.md;",
        "action costs are in docs/cost-model.md."})
final class SimulateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--peers", description = "Network Size (default: ${DEFAULT-VALUE})") int peers;
    @Option(names = "--cache-size", description = "pong Cache Size (default: ${DEFAULT-VALUE})") int cacheSize;
    @Option(names = "--query-rate", description = "queries per online peer per second (default: ${DEFAULT-VALUE})") double queryRate;
    @Option(names = "--lifespan-multiplier", description = "scales online periods (default: ${DEFAULT-VALUE})") double lifespan;
    @Option(names = "--downtime-multiplier", description = "scales offline periods (default: ${DEFAULT-VALUE})") double downtime;
    @Option(names = "--credit-window-size", description = "x, picopayments per coin (default: ${DEFAULT-VALUE})") int windowSize;
    @Option(names = "--credit-window-type", converter = Spelling.WindowType.class,
        description = "payword or scw (soft credit windows) (default: ${DEFAULT-VALUE})") Params.CreditWindowType windowType;
    @Option(names = "--max-layers", description = "Max Layers (default: ${DEFAULT-VALUE})") int maxLayers;
    @Option(names = "--renewal-wait-days", description = "Renewal Wait in days (default: ${DEFAULT-VALUE})") double renewalWait;
    @Option(names = "--scheme", converter = Spelling.SchemeName.class, description = "ppay, ppay-star or rm (default: ${DEFAULT-VALUE})") Scheme scheme;
    @Option(names = "--net-loss-cap", converter = Spelling.Cap.class, description = "NetLossCap v: inf or a number (default: ${DEFAULT-VALUE})") long netLossCap;
    @Option(names = "--days", description = "simulated days (default: ${DEFAULT-VALUE})") double days;
    @Option(names = "--lazy-percent", description = "percent of lazy peers, Section 7.2.3 (default: ${DEFAULT-VALUE})") double lazyPercent;
    @Option(names = "--seed", description = "random seed; the same seed gives the same run (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--costs", defaultValue = "paper", description = "paper (cited figures of 2003, docs/cost-model.md) or measured (Ed25519/SHA-256 on this machine) (default: ${DEFAULT-VALUE})") String costs;
    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "count: owners count their proofs of relinquishment; keep: they keep them, as the protocol's owners do. The simulated peers are honest, so the results are the same; keep needs the core engine and about twice its memory (a Table 1 run: 13.3 GB against 6.0 GB) (default: ${DEFAULT-VALUE})")
    ProofRetention proofs;
    @Option(names = "--engine", converter = Spelling.EngineName.class,
        description = "fast (flat arrays, for honest peers) or core (the protocol core for every step: the reference, and what --proofs keep needs); both give the same results (default: ${DEFAULT-VALUE}, or core with --proofs keep)")
    Engine engine;
    @Option(names = "--json", description = "print one JSON object instead of a table") boolean json;

    @Override
    public Integer call() throws Exception {
        SimConfig cfg;
        try {
            cfg = config();
        } catch (IllegalArgumentException e) {
            System.err.println("ppay simulate: " + e.getMessage());
            return 2;
        }
        CostModel model = switch (costs) {
            case "paper" -> CostModels.paperEra();
            case "measured" -> CostModels.measured(1000);
            default -> {
                System.err.println("ppay simulate: --costs is paper or measured");
                yield null;
            }
        };
        if (model == null) return 2;
        Engine chosen;
        try {
            chosen = Engine.choose(spec.commandLine().getParseResult().hasMatchedOption("--engine") ? engine : null, proofs,
                note -> System.err.println("ppay simulate: " + note));
        } catch (IllegalArgumentException e) {
            System.err.println("ppay simulate: " + e.getMessage());
            return 2;
        }
        SimResult r;
        try {
            r = run(chosen, cfg);
        } catch (OutOfMemoryError e) {
            System.err.printf(Locale.ROOT, "ppay simulate: out of memory with %d MB of heap: use --proofs count, fewer --days or --peers, "
                + "or more heap (PPAY_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx16g\")%n", Runtime.getRuntime().maxMemory() >> 20);
            return 1;
        }
        Map<String, Object> out = r.toMap(model);
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            System.out.print(Tables.summary(out));
        }
        return 0;
    }

    /** The run the flags ask for. @throws IllegalArgumentException naming the flag out of its domain */
    SimConfig config() {
        return SimConfig.builder().peers(peers).cacheSize(cacheSize).queryRate(queryRate).lifespanMultiplier(lifespan)
            .downtimeMultiplier(downtime).creditWindowSize(windowSize).creditWindowType(windowType).maxLayers(maxLayers)
            .renewalWaitDays(renewalWait).scheme(scheme).netLossCap(netLossCap).days(days).lazyPercent(lazyPercent).seed(seed).build();
    }

    /** Runs to the end, with a progress bar on stderr when it is a terminal. */
    private SimResult run(Engine chosen, SimConfig cfg) {
        if (!Terminal.stderrIsTerminal()) return chosen.run(cfg, proofs, null);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("simulating").setInitialMax(Math.round(days * 10))
                .setUnit(" days", 10).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build()) {
            SimResult r = chosen.run(cfg, proofs, (t, events) -> { bar.stepTo(Math.round(t / 8640.0)); bar.setExtraMessage(events / 1_000_000 + "M events"); });
            bar.stepTo(bar.getMax());
            return r;
        }
    }

    /** Every Table 1 flag defaults to {@link SimConfig#defaults()}. */
    static final class Defaults extends OptionDefaults {
        Defaults() {
            super(SimConfig.defaults());
            with("--engine", Engine.DEFAULT);
        }
    }
}
