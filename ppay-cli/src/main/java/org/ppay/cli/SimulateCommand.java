package org.ppay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ppay.core.Params;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.Scheme;
import org.ppay.sim.BrokerCosts;
import org.ppay.sim.CacheModel;
import org.ppay.sim.CoinUses;
import org.ppay.sim.SimConfig;
import org.ppay.sim.SimResult;
import org.ppay.sim.cost.CostModel;
import org.ppay.sim.cost.CostModels;
import org.ppay.sim.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppay simulate}: one simulation run of PPay on GUESS (Sections 6–7), as a table or JSON. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false, defaultValueProvider = SimulateCommand.Defaults.class,
    description = {"Simulates PPay, PPay* or RM on a GUESS network with churn and prints broker and peer loads.",
        "It runs on the fast engine by default, or with --engine core drives the real protocol core with a cost-counting signer "
            + "for every step (paper Sections 6 and 7); both give the same results. Defaults are the "
            + "paper's Table 1; inputs the paper does not publish are reconstructed in docs/simulation-inputs.md, action costs are "
            + "in docs/cost-model.md. Progress goes to stderr: a bar on a terminal, otherwise a line every 10 s."})
final class SimulateCommand implements Callable<Integer>, Problems.MemoryAdvice {
    @Spec CommandSpec spec;

    @Option(names = "--peers", converter = Domain.Peers.class, description = "Network Size, at least 2 and as many as the heap holds (default: ${DEFAULT-VALUE})") int peers;
    @Option(names = "--cache-size", converter = Domain.PositiveInt.class, description = "pong Cache Size, below --peers (default: ${DEFAULT-VALUE}, or --peers - 1 for smaller networks)") int cacheSize;
    @Option(names = "--query-rate", converter = Domain.Positive.class, description = "queries per online peer per second (default: ${DEFAULT-VALUE})") double queryRate;
    @Option(names = "--lifespan-multiplier", converter = Domain.Positive.class, description = "scales online periods (default: ${DEFAULT-VALUE})") double lifespan;
    @Option(names = "--downtime-multiplier", converter = Domain.Positive.class, description = "scales offline periods (default: ${DEFAULT-VALUE})") double downtime;
    @Option(names = "--credit-window-size", converter = Domain.PositiveInt.class, description = "x, picopayments per coin (default: ${DEFAULT-VALUE})") int windowSize;
    @Option(names = "--credit-window-type", converter = Spelling.WindowType.class, description = "payword or scw (soft credit windows) (default: ${DEFAULT-VALUE})") Params.CreditWindowType windowType;
    @Option(names = "--max-layers", converter = Domain.Layers.class, description = "Max Layers, 0 to " + Params.MAX_LAYERS + " (default: ${DEFAULT-VALUE})") int maxLayers;
    @Option(names = "--renewal-wait-days", converter = Domain.Positive.class, description = "Renewal Wait in days (default: ${DEFAULT-VALUE})") double renewalWait;
    @Option(names = "--scheme", converter = Spelling.SchemeName.class, description = "ppay, ppay-star or rm (default: ${DEFAULT-VALUE})") Scheme scheme;
    @Option(names = "--net-loss-cap", converter = Spelling.Cap.class, description = "NetLossCap v: inf or an integer of at least 0 (default: ${DEFAULT-VALUE})") long netLossCap;
    @Option(names = "--days", converter = Domain.Days.class, description = "simulated days, above 0 and at most " + (int) SimConfig.MAX_DAYS + " (default: ${DEFAULT-VALUE})") double days;
    @Option(names = "--lazy-percent", converter = Domain.Percent.class, description = "percent of lazy peers, 0 to 100, Section 7.2.3 (default: ${DEFAULT-VALUE})") double lazyPercent;
    @Option(names = "--caches", converter = Spelling.CacheModelName.class, description = "fixed (random caches drawn at the start, never changed: the paper describes no upkeep) or guess (kept up as GUESS peers do: probed peers learn their probers, pongs introduce peers, offline entries are dropped; docs/simulation-inputs.md, Section 8) (default: ${DEFAULT-VALUE})") CacheModel caches;
    @Option(names = "--coin-uses", converter = Spelling.CoinUsesName.class, description = "float (a payee keeps a coin and spends it again, "
        + "as each scheme lets it) or once (every payee cashes each coin it is paid at once: Section 7.1's worst case for PPay; "
        + "docs/simulation-inputs.md, Section 10) (default: ${DEFAULT-VALUE})") CoinUses coinUses;
    @Option(names = "--seed", description = "random seed; the same seed gives the same run (default: ${DEFAULT-VALUE})") long seed;
    @Option(names = "--costs", defaultValue = CostModels.PAPER_ERA, converter = Domain.Costs.class,
        description = "paper-era (or paper: cited figures of 2003, docs/cost-model.md) or measured (Ed25519/SHA-256 on this machine) "
            + "(default: ${DEFAULT-VALUE})") String costs;
    @Option(names = "--broker-costs", converter = Spelling.BrokerCostsName.class,
        description = "paper: the broker's signature work as Section 7.1 counts it (a cash 1 verification plus 1 per layer peeled, a reassignment "
            + "or renewal also 1 generation); protocol: every signature our broker makes and checks (a signed receipt per cash, the coin's checks); "
            + "docs/cost-model.md (default: ${DEFAULT-VALUE})") BrokerCosts brokerCosts;
    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "count: owners count their proofs of relinquishment; keep: they keep them, as the protocol's owners do. The simulated peers are honest, so the results are the same; keep needs about twice the memory (a Table 1 run: 13.3 GB against 6.0 GB) (default: ${DEFAULT-VALUE})")
    ProofRetention proofs;
    @Option(names = "--engine", converter = Spelling.EngineName.class,
        description = "fast (flat arrays, for honest peers) or core (the protocol core for every step: the reference, and what --proofs keep needs); "
            + "both give the same results (default: ${DEFAULT-VALUE}, or core with --proofs keep)")
    Engine engine;
    @Option(names = "--json", description = "print one JSON object instead of a table") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SimConfig cfg = config();
        Engine chosen;
        try {
            chosen = Engine.choose(given("--engine") ? engine : null, proofs, note -> err.println(Problems.name(spec) + ": " + note));
        } catch (IllegalArgumentException e) {
            throw new Problems.BadInput(spec, e.getMessage());
        }
        HeapCheck.require(spec, chosen, cfg, proofs, 1);
        if (cfg.cacheSize() != cacheSize) {
            err.printf(Locale.ROOT, "ppay simulate: pong cache of %d peers (the default %d needs more than %d peers; --cache-size sets it)%n",
                cfg.cacheSize(), cacheSize, cacheSize);
        }
        SimResult r;
        try (Progress progress = Progress.of(Problems.name(spec), cfg.days(), err)) {
            r = chosen.run(cfg, proofs, progress);
            progress.finished(r.events());
        }
        CostModel model = costs.equals(CostModels.MEASURED) ? CostModels.measured(1000) : CostModels.paperEra();
        Map<String, Object> result = r.toMap(model);
        out.print(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result) + System.lineSeparator()
            : Tables.summary(result));
        out.flush();
        return 0;
    }

    @Override public ProofRetention proofs() { return proofs; }

    /**
     * The run the flags ask for. Without --cache-size a network no larger than the default cache gets a cache of
     * all other peers.
     *
     * @throws Problems.BadInput naming the flag out of its domain
     */
    SimConfig config() {
        int cache = given("--cache-size") ? cacheSize : Math.min(cacheSize, peers - 1);
        try {
            return SimConfig.builder().peers(peers).cacheSize(cache).queryRate(queryRate).lifespanMultiplier(lifespan)
                .downtimeMultiplier(downtime).creditWindowSize(windowSize).creditWindowType(windowType).maxLayers(maxLayers)
                .renewalWaitDays(renewalWait).scheme(scheme).netLossCap(netLossCap).days(days).lazyPercent(lazyPercent).caches(caches).seed(seed)
                .brokerCosts(brokerCosts).coinUses(coinUses).build();
        } catch (IllegalArgumentException e) {
            throw new Problems.BadInput(spec, e.getMessage());
        }
    }

    private boolean given(String option) { return spec.commandLine().getParseResult().hasMatchedOption(option); }

    /** Every Table 1 flag defaults to {@link SimConfig#defaults()}. */
    static final class Defaults extends OptionDefaults {
        Defaults() {
            super(SimConfig.defaults());
            with("--engine", Engine.DEFAULT);
        }
    }
}
