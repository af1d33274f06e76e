package org.ppay.sim.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppay.core.Params;
import org.ppay.core.role.Scheme;
import org.ppay.sim.SimConfig;
import org.ppay.sim.cost.CostModels;

/** A tiny sweep end to end: CSVs, PNGs and reproduction.md are written, and the same sweep gives the same CSVs on any thread count. */
class FigureSweepTest {
    static final SweepSettings TINY = new SweepSettings(30, 3, 1, 11, false, 2, CostModels.paperEra());

    /**
     * Figures 1, 2 (bars), 4 (stacked) and 6 (lines) cut down to three distinct runs of 30 peers for a day, and the
     * worst case claim 15 compares with Figure 1's RM run (PPay, coins used once).
     */
    static List<FigureSpec> tinyFigures() {
        return List.of(
            Figures.byId(1).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.RM)),
            Figures.byId(2).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.RM)),
            Figures.byId(4).orElseThrow().restrict(List.of(30), List.of()).withMinDays(0),
            Figures.byId(6).orElseThrow().restrict(List.of(10, 20), List.of(Params.CreditWindowType.PAYWORD)));
    }

    @TempDir
    static Path dir;
    static FigureSet.Output output;

    @BeforeAll
    static void sweep() throws Exception {
        output = FigureSet.run(tinyFigures(), TINY, dir.resolve("a"), null);
    }

    @Test
    void theTinySweepRunsEachDistinctConfigurationOnce() {
        assertThat(Sweep.plan(tinyFigures(), TINY)).hasSize(3 + 1);
        assertThat(Sweep.plan(tinyFigures(), TINY)).containsValue(Claims.WORST_CASE_LABEL);
        assertThat(output.result().runs()).hasSize(3 + 1);
    }

    @Test
    void aCsvAndAPngAreWrittenForEveryFigureAndNoneIsEmpty() throws IOException {
        for (FigureSpec f : tinyFigures()) {
            for (String name : List.of(Csv.fileName(f), Charts.fileName(f))) {
                Path p = dir.resolve("a").resolve(name);
                assertThat(p).exists();
                assertThat(Files.size(p)).as(name).isPositive();
            }
        }
        byte[] png = Files.readAllBytes(dir.resolve("a/fig6.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(dir.resolve("a/runs.csv")).exists();
    }

    @Test
    void theFigureCsvHasTheHeaderAndOneRowPerPointAndMetric() throws IOException {
        List<String> fig1 = Files.readAllLines(dir.resolve("a/fig1.csv"));
        assertThat(fig1.get(0)).isEqualTo("x,series,value,broker_hz,peer_hz");
        assertThat(fig1).hasSize(3);
        assertThat(fig1.get(1)).startsWith("1,PPay,");
        assertThat(fig1.get(2)).startsWith("1,RM,");
        String[] rm = fig1.get(2).split(",");
        assertThat(rm[2]).isEqualTo(rm[3]);   // Figure 1 plots the broker load
        assertThat(Double.parseDouble(rm[2])).isPositive();

        List<String> fig4 = Files.readAllLines(dir.resolve("a/fig4.csv"));
        assertThat(fig4).hasSize(1 + 4);
        assertThat(fig4.subList(1, 5)).extracting(l -> l.split(",")[1]).containsExactly("GUESS", "reassignment", "renewal", "misc");

        List<String> runs = Files.readAllLines(dir.resolve("a/runs.csv"));
        assertThat(runs).hasSize(1 + 3 + 1);
        assertThat(runs.get(4)).as("the worst case, last").contains(",once,");
        assertThat(runs.get(0)).startsWith("peers,cache_size,days,").contains("broker_hz", "credit_loss_max");
    }

    @Test
    void reproductionMdHasAHeaderAndOneRowPerClaim() throws IOException {
        String md = Files.readString(dir.resolve("a/" + Reproduction.FILE));
        assertThat(md).contains("30 peers", "seed 11", "paper-era", "docs/simulation-inputs.md", "docs/cost-model.md");
        List<String> lines = md.lines().toList();
        int header = lines.indexOf(Reproduction.CLAIMS_HEADER);
        assertThat(header).isNotNegative();
        long rows = lines.stream().skip(header + 2).takeWhile(l -> l.startsWith("| ")).count();
        assertThat(rows).isEqualTo(Claims.all().size());
        assertThat(md).contains("| 1 | Fig. 1, DM = 1 |");
    }

    @Test
    void theSameSweepGivesIdenticalCsvsWhateverTheNumberOfThreads() throws Exception {
        FigureSet.run(tinyFigures(), TINY.withThreads(1), dir.resolve("b"), null);
        for (FigureSpec f : tinyFigures()) {
            assertThat(Files.readString(dir.resolve("b").resolve(Csv.fileName(f))))
                .isEqualTo(Files.readString(dir.resolve("a").resolve(Csv.fileName(f))));
        }
        assertThat(Files.readString(dir.resolve("b/runs.csv"))).isEqualTo(Files.readString(dir.resolve("a/runs.csv")));
    }

    @Test
    void aClaimWhoseRunsAreMissingIsNotAvailable() {
        Claims.Lookup l = new Claims.Lookup(output.result());
        assertThat(claim("Fig. 1, DM = 20").evaluate(l).verdict()).isEqualTo(Claims.Verdict.NOT_AVAILABLE);   // not in the tiny sweep
        assertThat(claim("§7.1 (Fig. 4").evaluate(l).verdict()).isNotEqualTo(Claims.Verdict.NOT_AVAILABLE);   // Renewal Wait 30 was run
    }

    static Claims.Claim claim(String wherePrefix) {
        return Claims.all().stream().filter(c -> c.where().startsWith(wherePrefix)).findFirst().orElseThrow();
    }

    @Test
    void aVerdictFollowsTheNumbersNotThePaper() {
        FigureSpec f1 = Figures.byId(1).orElseThrow().restrict(List.of(1), List.of(Scheme.PPAY, Scheme.PPAY_STAR, Scheme.RM));
        Claims.Claim ordering = Claims.all().get(0);
        assertThat(ordering.evaluate(fake(f1, 1, 2, 3)).verdict()).isEqualTo(Claims.Verdict.HOLDS);
        assertThat(ordering.evaluate(fake(f1, 3, 2, 1)).verdict()).isEqualTo(Claims.Verdict.FAILS);
    }

    /** A made-up sweep of Figure 1 at DM = 1 with the given broker loads for PPay, PPay* and RM. */
    private static Claims.Lookup fake(FigureSpec f1, double ppay, double star, double rm) {
        Map<Scheme, Double> load = Map.of(Scheme.PPAY, ppay, Scheme.PPAY_STAR, star, Scheme.RM, rm);
        Map<SimConfig, RunMetrics> runs = new LinkedHashMap<>();
        for (FigureSpec.Point p : f1.points(false)) {
            SimConfig c = f1.config(TINY.base(), p);
            Map<String, Double> v = new HashMap<>();
            for (String k : RunMetrics.KEYS) v.put(k, 0.0);
            v.put("broker_hz", load.get((Scheme) p.series()));
            runs.put(c, new RunMetrics(c, v, 0));
        }
        return new Claims.Lookup(new Sweep.Result(TINY, List.of(f1), runs, 0));
    }
}
