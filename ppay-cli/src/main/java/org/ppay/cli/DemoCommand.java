package org.ppay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ppay demo}: the whole system on this machine for a minute (docs/daemons.md, "The demo"). Its exit code is
 * its verdict: 0 only if the books balance against every account, every fraud played was caught, and no honest peer
 * was punished.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, defaultValueProvider = DemoCommand.Defaults.class,
    description = {"Runs a broker and peer daemons on this machine with paid queries, churn and two scripted frauds, then checks the books.",
        "The broker and each peer are processes of their own on 127.0.0.1. Peers query each other's caches (GUESS) and pay each probe "
            + "in picopayments and each download with a coin; peers are killed (SIGKILL) and restarted from their data; a rogue double-spends "
            + "a coin and prints a serial twice. Then every peer leaves and cashes in, and the summary gives what the daemons' journals and "
            + "the broker say happened. Exit 0 only if money is conserved, both frauds were caught and no honest peer was punished. "
            + "Coins are renewed every " + DemoConfig.RENEWAL_WAIT + " s here (Renewal Wait), so renewals happen within the minute. "
            + "Progress goes to stderr: a bar on a terminal, otherwise a line every 10 s."})
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--peers", converter = Domain.DemoPeers.class, description = "honest peer daemons, " + DemoConfig.MIN_PEERS + " to "
        + DemoConfig.MAX_PEERS + " (default: ${DEFAULT-VALUE})") int peers;
    @Option(names = "--minutes", converter = Domain.DemoMinutes.class, description = "minutes of queries, above 0 and at most "
        + (int) DemoConfig.MAX_MINUTES + " (default: ${DEFAULT-VALUE})") double minutes;
    @Option(names = "--seed", paramLabel = "S", description = "seed of the queries, churn and frauds (default: fresh, printed)") Long seed;
    @Option(names = "--keep", paramLabel = "DIR", converter = Domain.OutDir.class,
        description = "keep the daemons' data (keys, journals, logs) in DIR, new or empty (default: a temporary directory, deleted)") Path keep;
    @Option(names = "--json", description = "print the summary as one JSON object") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DemoConfig cfg = new DemoConfig(peers, minutes);
        Path dir = keep != null ? kept(keep) : Files.createTempDirectory("ppay-demo-");
        long s = seed != null ? seed : new SecureRandom().nextLong();
        Flags.quietLogs();
        java.util.concurrent.atomic.AtomicReference<DemoRun> running = new java.util.concurrent.atomic.AtomicReference<>();
        DemoSummary summary;
        try (DemoProgress progress = new DemoProgress(err, Terminal.stderrIsTerminal(), cfg.workloadMillis(), () -> running.get() == null ? "starting" : running.get().status())) {
            progress.say("seed " + s + " (repeat with --seed " + s + ")");
            running.set(new DemoRun(cfg, s, dir, progress::say));
            summary = run(running.get(), dir, progress);
        }
        out.print(json ? new ObjectMapper().writeValueAsString(summary) + System.lineSeparator() : summary.text());
        out.flush();
        return summary.ok() ? 0 : Problems.FAILED;
    }

    /** Runs the demo; whatever happens, even Ctrl-C, every process it started is ended and its directory deleted unless kept. */
    private DemoSummary run(DemoRun run, Path dir, DemoProgress progress) throws Exception {
        Runnable cleanUp = () -> {
            run.close();
            if (keep == null) delete(dir);
        };
        Thread hook = new Thread(cleanUp, "ppay-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            run.start(true);
            progress.workload();
            List<DemoSummary.Played> played = run.traffic(progress::tick);
            progress.done();
            run.leave();
            return run.summary(played);
        } finally {
            cleanUp.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs anyway
            }
        }
    }

    /** --keep: made if missing, and empty, so no old daemon's data is mistaken for this run's. */
    private Path kept(Path dir) throws IOException {
        OutputDirectory.prepare(spec, "--keep", dir);
        try (Stream<Path> in = Files.list(dir)) {
            if (in.findAny().isPresent()) throw new Problems.BadInput(spec, "--keep must be a new or empty directory; '" + dir + "' holds files");
        }
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up
        }
    }

    /** --peers and --minutes default to {@link DemoConfig#defaults()}. */
    static final class Defaults extends OptionDefaults {
        Defaults() { super(DemoConfig.defaults()); }
    }
}
