package org.ppay.sim.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code reproduction.md}: a header stating the sweep (network, run length, seeds, cost model, where the inputs
 * and costs come from), a table of the figures, and one row per Section 7 claim with the paper's value,
 * ours ({@code mean [lo, hi]} when the sweep ran several seeds), the rule and the verdict the rule gives.
 */
public final class Reproduction {
    private Reproduction() {}

    public static final String FILE = "reproduction.md";
    /** The header row of the claims table. */
    public static final String CLAIMS_HEADER = "| # | Where | Claim | Paper | Ours | Rule | Verdict |";

    public static String markdown(Sweep.Result r) {
        SweepSettings s = r.settings();
        StringBuilder b = new StringBuilder();
        b.append("# PPay, Section 7 (Figures 1–9): reproduction\n\n");
        String seeds = s.seeds() == 1 ? "seed " + s.seed() + " for every run"
            : s.seeds() + " seeds for every configuration, " + s.seed() + " to " + s.seedOf(s.seeds() - 1);
        b.append(String.format(Locale.ROOT, "- **Network and runs:** %d peers, pong cache %d (Table 1's 10%% of the network), %s pong caches "
                + "(`--caches`, docs/simulation-inputs.md §8.1), %s simulated days per run "
                + "(Figures 4–5: at least 40, so that a 30-day Renewal Wait comes round), %s. Other settings are Table 1's "
                + "unless a figure fixes or varies them. %d distinct runs on %d threads, %.0f s wall time.\n",
            s.peers(), s.cacheSize(), s.caches().name().toLowerCase(Locale.ROOT), Param.number(s.days()), seeds, r.runs().size(), s.threads(),
            r.wallSeconds()));
        if (s.proofs() == org.ppay.core.role.ProofRetention.COUNT) {
            b.append("- **Proofs counted, not kept** (`--proofs count`): owners count their proofs of relinquishment instead of holding them; "
                + "every count, load and state figure is the same as when they keep them (a test checks this), in far less memory.\n");
        }
        b.append("- **Cost model:** `").append(s.costs().name()).append("`: prices of 2001–2003 RSA-1024, SHA-1 and UDP/IP work, each cited "
            + "and fixed before any comparison with the paper (docs/cost-model.md). The paper's own prices are in its unavailable report [17].\n");
        b.append("- **Broker costs:** `").append(s.brokerCosts().name().toLowerCase(Locale.ROOT)).append("`: ")
            .append(s.brokerCosts() == org.ppay.sim.BrokerCosts.PAPER
                ? "the broker's signature work counted as Section 7.1 counts it (a cash 1 verification plus 1 per layer peeled; a reassignment "
                    + "or renewal 1 verification plus 1 per layer, and 1 generation)"
                : "every signature our protocol's broker generates and verifies (a signed receipt per cash, the coin's and the request's checks)")
            .append(" (docs/cost-model.md, Section 7).\n");
        b.append("- **Inputs are reconstructed**, not the paper's traces: session lengths, downtimes, uptime, files per peer and the query model "
            + "(docs/simulation-inputs.md). Absolute loads therefore differ from the paper's; the claims are judged on the qualitative conclusion.\n");
        b.append("- **Verdicts** are computed from the numbers by the rule in each row, with round thresholds fixed in advance "
            + "(\"≥ 2×\" for large effects, \"within 20%\" for small ones, and an ordering \"a < b\" counts only when b exceeds a by "
            + "more than 5%, since one seed cannot tell smaller differences from noise); nothing is tuned to match the paper.\n");
        if (s.seeds() == 1) {
            b.append("- **Single seed:** one replication per configuration (common random numbers across configurations); small differences "
                + "between runs may be noise.\n");
        } else {
            b.append(String.format(Locale.ROOT, "- **%d seeds:** every number is a mean over the %d seeds (of a metric's runs, or of a derived quantity's "
                + "per-seed values) with its 95%% Student-t confidence interval, written `mean [lo, hi]` (a single number: every seed gave the same). Every configuration "
                + "ran on the same seeds, so a claim's quantity (a ratio, share, spread, or an ordering's relative difference (b − a)/a) "
                + "is computed on each seed from that seed's runs, and the claim holds only if its rule holds for the whole 95%% interval "
                + "of the per-seed values: \"q ≥ c\" needs lo(q) ≥ c, \"a < b\" by more than 5%% needs (b − a)/a − 5%% > 0 "
                + "across the interval (docs/reproduction/README.md).\n",
                s.seeds(), s.seeds()));
        }
        boolean table1 = s.peers() == 1000 && s.days() == 40;
        if (s.quick() && table1) {
            b.append("- **Fewer x points** (`--quick` at Table 1 size): the values the paper's text names, at 1000 peers and 40 days; "
                + "the full point set (`ppay figures` without `--quick`) has 77 runs, about five hours on 2 cores.\n");
        } else if (s.quick()) {
            b.append("- **QUICK sweep:** a much smaller network, shorter runs and fewer x points than the paper. Results show trends only "
                + "and are **not comparable in absolute terms** with the paper (or with a full sweep).\n");
        } else if (s.peers() != 1000 || s.days() != 40) {
            b.append("- **Not Table 1's network or run length** (1000 peers, 40 days): absolute values are not directly comparable.\n");
        }
        b.append(s.seeds() == 1
            ? "\nFiles: `figN.csv` (x, series, value, and the run's broker and peer load in Hz), `figN.png`, and `runs.csv` "
                + "(every metric of every distinct run).\n\n"
            : "\nFiles: `figN.csv` (x, series, mean, the interval's lo and hi, and the mean broker and peer load in Hz), `figN.png` "
                + "(means with error bars for the intervals), and `runs.csv` (every metric of every run, one row per seed).\n\n");

        b.append("## Figures\n\n| Figure | x | values | series | fixed settings | plotted |\n| --- | --- | --- | --- | --- | --- |\n");
        for (FigureSpec f : r.figures()) {
            String series = f.series() == null ? "–" : f.series().label() + ": " + f.seriesValues(s.quick()).stream()
                .map(v -> f.series().format(v)).collect(Collectors.joining(", "));
            b.append("| ").append(f.title()).append(" | ").append(f.x().label()).append(" | ")
                .append(f.xValues(s.quick()).stream().map(v -> f.x().format(v)).collect(Collectors.joining(", "))).append(" | ")
                .append(series).append(" | ").append(f.fixedText()).append(" | ")
                .append(f.metrics().stream().map(Metric::key).collect(Collectors.joining(", "))).append(" (")
                .append(f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(") |\n");
        }

        if (Claims.worstCase(r.figures(), s).isPresent()) {
            b.append("\nBesides the figures' runs, one run for claim 15: Section 7.1's worst case for PPay, \"each coin is used exactly once "
                + "before being cashed\": Figure 1's PPay run at Downtime Multiplier 1 with every payee cashing each coin it is paid at once "
                + "(`--coin-uses once`, docs/simulation-inputs.md §10), compared with Figure 1's RM run (in `runs.csv`, `coin_uses` = once).\n");
        }

        Claims.Lookup lookup = new Claims.Lookup(r);
        List<Claims.Claim> claims = Claims.all();
        List<Claims.Outcome> outcomes = new ArrayList<>();
        for (Claims.Claim c : claims) outcomes.add(c.evaluate(lookup));
        long holds = outcomes.stream().filter(o -> o.verdict() == Claims.Verdict.HOLDS).count();
        long fails = outcomes.stream().filter(o -> o.verdict() == Claims.Verdict.FAILS).count();
        // With several seeds, also the verdict on the means alone: it tells a claim the intervals are too wide to
        // decide from one whose rule fails on the estimate itself.
        List<Claims.Verdict> onMeans = new ArrayList<>();
        Claims.Lookup means = new Claims.Lookup(r, true);
        for (Claims.Claim c : claims) onMeans.add(s.seeds() > 1 ? c.evaluate(means).verdict() : null);
        long meansHold = onMeans.stream().filter(v -> v == Claims.Verdict.HOLDS).count();
        b.append("\n## Claims of Section 7\n\n");
        b.append(String.format(Locale.ROOT, "%d claims: %d hold, %d do not hold, %d not available in this sweep.",
            claims.size(), holds, fails, claims.size() - holds - fails));
        if (s.seeds() > 1) {
            b.append(String.format(Locale.ROOT, " On the means alone, ignoring the intervals, %d would hold; a verdict that differs "
                + "says so.", meansHold));
        }
        b.append("\n\n");
        b.append(CLAIMS_HEADER).append('\n').append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < claims.size(); i++) {
            Claims.Claim c = claims.get(i);
            Claims.Outcome o = outcomes.get(i);
            String verdict = switch (o.verdict()) {
                case HOLDS -> "**holds**";
                case FAILS -> "**does not hold**";
                case NOT_AVAILABLE -> "n/a";
            };
            if (onMeans.get(i) != null && onMeans.get(i) != o.verdict()) verdict += " (on the means: " + onMeans.get(i).text() + ")";
            b.append("| ").append(i + 1).append(" | ").append(md(c.where())).append(" | ").append(md(c.claim())).append(" | ")
                .append(md(c.paper())).append(" | ").append(md(o.ours())).append(" | ").append(md(c.rule())).append(" | ")
                .append(verdict).append(" |\n");
        }
        return b.toString();
    }

    public static Path write(Sweep.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(FILE);
        Files.writeString(p, markdown(r), StandardCharsets.UTF_8);
        return p;
    }

    private static String md(String s) { return s.replace("|", "\\|").replace("\n", " "); }
}
