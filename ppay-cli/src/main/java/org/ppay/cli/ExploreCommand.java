package org.ppay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ppay.scenario.explore.ExploreOptions;
import org.ppay.scenario.explore.ExploreResult;
import org.ppay.scenario.explore.Explorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ppay explore}: Theorem 1's property checks (Section 4) over fresh random traces, many more than the tests'
 * fixed seeds run. The first violation is shrunk and written as a scenario file that {@code ppay scenario} replays.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Runs random honest and adversarial traces through the protocol core and checks Theorem 1 after every step.",
        "The traces mix every action of the scenario language (layering, downtime, renewals, tampering, denial, false refusals,",
        "leaving, vanishing, lotteries, ...) and run with the fast fake signer. After every step it checks Theorem 1's invariants",
        "and the books, that no honest peer is punished, that every fraud really committed is detected and attributed, and",
        "that honest traces detect nothing and are refused only for benign reasons.",
        "On a violation it shrinks the trace, writes it as a .ppay scenario under --out, checks that file with real Ed25519,",
        "and exits 1; otherwise 0 (2 for a bad flag). Progress goes to stderr every 10 s; the summary to stdout.",
        "Without --traces and --minutes it runs " + (int) ExploreFlags.DEFAULT_MINUTES + " minutes; with only --traces, until that many traces."})
final class ExploreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--traces", paramLabel = "N", description = "stop after N traces (at least 1; default: no limit)") String traces;
    @Option(names = "--minutes", paramLabel = "M", description = "stop after M minutes (greater than 0; default: "
        + (int) ExploreFlags.DEFAULT_MINUTES + " without --traces, else no limit)") String minutes;
    @Option(names = "--seed", paramLabel = "S", description = "root seed, any 64-bit integer; the same seed gives the same traces (default: fresh, printed)") String seed;
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "explore-failures",
        description = "where a failing trace's scenario file goes, created if missing (default: ${DEFAULT-VALUE})") String out;
    @Option(names = "--json", description = "print the summary as one JSON object") boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ExploreOptions o;
        try {
            o = ExploreFlags.parse(traces, minutes, seed, out);
        } catch (ExploreFlags.Bad e) {
            err.println("ppay explore: " + e.getMessage());
            return 2;
        }
        err.printf(Locale.ROOT, "ppay explore: seed %d (repeat with --seed %d)%n", o.seed(), o.seed());
        err.flush();
        ExploreResult r;
        try {
            r = new Explorer(o).run(p -> progress(err, p));
        } catch (IOException e) {
            err.println("ppay explore: cannot write the failing scenario under " + o.out() + ": " + e.getMessage());
            return 2;
        }
        ExploreSummary s = ExploreSummary.of(r);
        stdout.print(json ? new ObjectMapper().writeValueAsString(s) + "\n" : s.text());
        stdout.flush();
        return r.ok() ? 0 : 1;
    }

    private static void progress(PrintWriter err, ExploreResult p) {
        err.printf(Locale.ROOT, "explore: %,d traces, %,.0f/s, %,d steps, %,d frauds, %,d detections, %.0f s%n",
            p.traces(), p.tracesPerSecond(), p.counts().steps(), p.counts().totalFrauds(), p.counts().totalDetections(), p.seconds());
        err.flush();
    }
}
