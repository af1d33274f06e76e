package org.ppay.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ppay.core.role.ProofRetention;
import org.ppay.crypto.CryptoBench;
import org.ppay.sim.bench.SimBench;
import org.ppay.sim.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ppay bench crypto|sim}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, defaultValueProvider = BenchCommand.Defaults.class,
    description = {"Runs a benchmark of the signatures or of the simulator and prints its figures.",
        "crypto: Ed25519 sign/verify and SHA-256, BouncyCastle against the JDK (--seconds).",
        "sim: the simulator at several network sizes on each engine: events/s, the engines' ratio, wall time, heap per peer "
            + "(--peers, --days, --engines, --proofs). 100000 peers on the core engine: use --days 0.1 (about 4 GB of heap, several minutes). Progress goes to stderr: a bar on a terminal, "
            + "otherwise a line every 10 s.",
        "broker: the broker over HTTP on loopback with real signatures and durable commits: cash ops/s in batches and one at a time, "
            + "downtime reassignments/s, p50/p99, and the Ed25519 verify limit of the same run (--coins, --db)."})
final class BenchCommand implements Callable<Integer>, Problems.MemoryAdvice {
    /** The longest measuring time per figure of {@code bench crypto}: seven figures, so at most 70 minutes. */
    static final int MAX_SECONDS = 600;

    /** What to measure. */
    enum Target { CRYPTO, SIM, BROKER }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "TARGET", converter = TargetName.class, description = "what to measure: crypto, sim or broker")
    Target target;

    @Option(names = "--seconds", defaultValue = "3", converter = Domain.Seconds.class,
        description = "crypto: measuring time per figure, 1 to " + MAX_SECONDS + " (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--peers", split = ",", paramLabel = "N", converter = Domain.Peers.class,
        description = "sim: network sizes, comma-separated, measured in this order (default: ${DEFAULT-VALUE})")
    List<Integer> peers;

    @Option(names = "--days", paramLabel = "D", converter = Domain.Days.class, description = "sim: simulated days per run (default: ${DEFAULT-VALUE})")
    double days;

    @Option(names = "--proofs", defaultValue = "count", converter = Spelling.Retention.class,
        description = "sim: count (owners count their proofs: same run, less memory) or keep (they keep every proof, as the protocol's owners do) (default: ${DEFAULT-VALUE})")
    ProofRetention proofs;

    @Option(names = {"--engines", "--engine"}, split = ",", paramLabel = "E", converter = Spelling.EngineName.class,
        description = "sim: engines, fast and/or core, comma-separated, each run on every size (default: ${DEFAULT-VALUE})")
    List<Engine> engines;

    @Option(names = "--coins", defaultValue = "5000", converter = Domain.Coins.class,
        description = "broker: coins cashed in batches, as many one at a time, as many reassigned; 100 to 1000000 (default: ${DEFAULT-VALUE})")
    int coins;

    @Option(names = "--db", paramLabel = "URL", description = "broker: sqlite:PATH or postgresql://HOST[:PORT]/DB?user=U&password=P whose broker log is empty (default: a SQLite file in a temporary directory)")
    String db;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (target == Target.CRYPTO) {
            out.print(CryptoBench.run(seconds));
        } else if (target == Target.BROKER) {
            err.println("ppay bench broker: " + coins + " coins each way; this takes a minute or so");
            err.flush();
            out.print(new org.ppay.node.bench.BrokerBench().run(db, coins).table());
        } else {
            if (proofs == ProofRetention.KEEP && engines.contains(Engine.FAST)) {
                throw new Problems.BadInput(spec, "--proofs keep needs --engines core: the fast engine counts proofs, it has none to keep");
            }
            for (Engine e : engines) for (int n : peers) HeapCheck.require(spec, e, SimBench.config(n, days), proofs, 1);
            try (Progress progress = Progress.of("ppay bench sim", days, err)) {
                out.print(SimBench.run(peers, days, proofs, engines, line -> progress.note(line, line.contains("warming up") ? "warming up" : "setting up"), progress));
            }
        }
        out.flush();
        return 0;
    }

    @Override public ProofRetention proofs() { return proofs; }

    /** {@code crypto} or {@code sim}. */
    static final class TargetName extends Spelling.KebabEnum<Target> {
        TargetName() { super(Target.class); }
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
