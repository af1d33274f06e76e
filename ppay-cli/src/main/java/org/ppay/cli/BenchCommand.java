package org.ppay.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ppay.core.role.ProofRetention;
import org.ppay.crypto.CryptoBench;
import org.ppay.sim.bench.SimBench;
import org.ppay.sim.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ppay bench crypto|sim}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, defaultValueProvider = BenchCommand.Defaults.class,
    description = {"Runs a benchmark and prints its figures. Targets:",
        "  crypto  Ed25519 sign/verify, SHA-256: BouncyCastle vs JDK (--seconds)",
        "  sim     the simulator at several network sizes on both engines: events/s, their ratio, wall time, heap per",
        "          peer (--peers, --days, --engines). 100000 peers on the core engine: use --days 0.1 (about 4 GB of heap)."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TARGET", description = "what to measure: crypto or sim")
    String target;

    @Option(names = "--seconds", defaultValue = "3", description = "crypto: measuring time per figure (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--peers", split = ",", paramLabel = "N[,N...]",
        description = "sim: network sizes, comma-separated, measured in this order (default: ${DEFAULT-VALUE})")
    List<Integer> peers;

    @Option(names = "--days", paramLabel = "D", description = "sim: simulated days per run (default: ${DEFAULT-VALUE})")
    double days;

    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "sim: count (owners count their proofs: same run, less memory) or keep (they keep every proof, as the protocol's owners do) (default: ${DEFAULT-VALUE})")
    ProofRetention proofs;

    @Option(names = {"--engines", "--engine"}, split = ",", paramLabel = "E[,E...]", converter = Spelling.EngineName.class,
        description = "sim: engines, fast and/or core, each run on every size (default: ${DEFAULT-VALUE})")
    List<Engine> engines;

    @Override
    public Integer call() {
        switch (target) {
            case "crypto" -> System.out.print(CryptoBench.run(seconds));
            case "sim" -> {
                try {
                    System.out.print(SimBench.run(peers, days, proofs, engines, System.err::println));
                } catch (IllegalArgumentException e) {
                    System.err.println("ppay bench sim: " + e.getMessage());
                    return 2;
                }
            }
            default -> {
                System.err.println("ppay bench: unknown target '" + target + "' (known: crypto, sim)");
                return 2;
            }
        }
        return 0;
    }

    /** The sim benchmark's sizes and run length, from {@link SimBench}. */
    static final class Defaults extends OptionDefaults {
        Defaults() {
            with("--peers", SimBench.DEFAULT_PEERS);
            with("--days", SimBench.DEFAULT_DAYS);
            with("--engines", SimBench.DEFAULT_ENGINES);
        }
    }
}
