package org.ppay.sim.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ppay.sim.SimConfig;
import org.ppay.sim.cost.CostModels;

/** Made-up sweeps of every figure's quick points: every metric of every run drawn from a seeded generator, no simulation. */
final class Synthetic {
    private Synthetic() {}

    /** Quick points, seed 11, {@code seeds} seeds. */
    static SweepSettings settings(int seeds) {
        return new SweepSettings(30, 3, 1, 11, true, 2, CostModels.paperEra()).withSeeds(seeds);
    }

    /**
     * A sweep of all figures whose metrics are log-normal around 1 to 10 (a factor of about e^0.7 either way), and
     * whose credit-loss mean is centred on 0: enough variety that claims both hold and fail.
     */
    static Sweep.Result sweep(int seeds, long rngSeed) {
        SweepSettings s = settings(seeds);
        List<FigureSpec> figures = Figures.all();
        Map<SimConfig, RunMetrics> runs = new LinkedHashMap<>();
        int index = 0;
        for (SimConfig c : Sweep.plan(figures, s).keySet()) {
            Map<String, Double> v = new LinkedHashMap<>();
            index++;
            for (String k : RunMetrics.KEYS) {
                // a generator per run and metric, so that a metric added later leaves the others' draws alone
                Random rnd = new Random(rngSeed * 1_000_003L + index * 8_191L + k.hashCode());
                double scale = 1 + rnd.nextInt(10);
                v.put(k, k.equals("credit_loss_mean") ? rnd.nextGaussian() : scale * Math.exp(0.7 * rnd.nextGaussian()));
            }
            runs.put(c, new RunMetrics(c, v, 0));
        }
        return new Sweep.Result(s, figures, runs, 0);
    }
}
