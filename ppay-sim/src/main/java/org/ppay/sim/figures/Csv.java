package org.ppay.sim.figures;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ppay.sim.SimConfig;

/**
 * The CSV files of a sweep: one per figure ({@code figN.csv}: x, series, value, and the run's raw broker and
 * peer loads in Hz; with several seeds the mean and its 95% interval bounds instead of the value, and mean
 * loads) and {@code runs.csv} with every metric of every run, each seed a row of its own (its {@code seed}
 * column). Numbers have six significant digits; nothing time- or thread-dependent is written, so the same
 * sweep gives the same bytes.
 */
public final class Csv {
    private Csv() {}

    public static final String FIGURE_HEADER = "x,series,value,broker_hz,peer_hz";
    /** The header of a figure's CSV when the sweep ran several seeds: mean, interval bounds, mean loads. */
    public static final String FIGURE_HEADER_SEEDS = "x,series,mean,lo,hi,broker_hz,peer_hz";

    public static String fileName(FigureSpec f) { return "fig" + f.id() + ".csv"; }

    /**
     * One chart series of a figure: its legend label, the index of its series value (0 when the figure has no
     * series parameter), its metric, and its (x, value, runs) points in x order.
     */
    public record Series(String label, int group, Metric metric, List<Row> rows) {}

    /** A point of a series: its x value, the plotted metric over the seeds, and the runs behind it. */
    public record Row(Object x, Interval value, Sample sample) {}

    /** The series a figure draws, series value by series value, then metric by metric. */
    public static List<Series> series(Sweep.Result r, FigureSpec f) {
        List<Series> out = new ArrayList<>();
        boolean quick = r.settings().quick();
        List<Object> ss = f.series() == null ? Collections.singletonList(null) : f.seriesValues(quick);
        for (int g = 0; g < ss.size(); g++) {
            Object s = ss.get(g);
            for (Metric m : f.metrics()) {
                List<Row> rows = new ArrayList<>();
                for (Object x : f.xValues(quick)) {
                    Sample sample = r.sample(f, new FigureSpec.Point(x, s));
                    rows.add(new Row(x, sample.of(m), sample));
                }
                out.add(new Series(f.seriesLabel(s, m), g, m, rows));
            }
        }
        return out;
    }

    /** The CSV text of one figure. */
    public static String figure(Sweep.Result r, FigureSpec f) {
        boolean seeds = r.settings().seeds() > 1;
        StringBuilder b = new StringBuilder(seeds ? FIGURE_HEADER_SEEDS : FIGURE_HEADER).append('\n');
        for (Series s : series(r, f)) {
            for (Row row : s.rows()) {
                Interval v = row.value();
                b.append(cell(f.x().format(row.x()))).append(',').append(cell(s.label())).append(',').append(num(v.mean()));
                if (seeds) b.append(',').append(num(v.lo())).append(',').append(num(v.hi()));
                b.append(',').append(num(row.sample().get("broker_hz").mean())).append(',').append(num(row.sample().get("peer_hz").mean())).append('\n');
            }
        }
        return b.toString();
    }

    static final List<String> CONFIG_COLUMNS = List.of("peers", "cache_size", "days", "downtime_multiplier", "max_layers",
        "renewal_wait_days", "credit_window_size", "credit_window_type", "scheme", "net_loss_cap", "lazy_percent", "seed", "coin_uses");

    /** Every run, one row per configuration and seed: its configuration (seed included), then every metric of {@link RunMetrics#KEYS}. */
    public static String runs(Sweep.Result r) {
        StringBuilder b = new StringBuilder(String.join(",", CONFIG_COLUMNS)).append(',').append(String.join(",", RunMetrics.KEYS)).append('\n');
        for (RunMetrics m : r.runs().values()) {
            SimConfig c = m.config();
            List<String> cells = List.of(Integer.toString(c.peers()), Integer.toString(c.cacheSize()), num(c.days()),
                num(c.downtimeMultiplier()), Integer.toString(c.maxLayers()), num(c.renewalWaitDays()), Integer.toString(c.creditWindowSize()),
                Param.CREDIT_WINDOW_TYPE.format(c.creditWindowType()), Param.SCHEME.format(c.scheme()),
                Param.NET_LOSS_CAP.format(c.netLossCap()), num(c.lazyPercent()), Long.toString(c.seed()),
                c.coinUses().name().toLowerCase(java.util.Locale.ROOT));
            b.append(String.join(",", cells));
            for (String k : RunMetrics.KEYS) b.append(',').append(num(m.get(k)));
            b.append('\n');
        }
        return b.toString();
    }

    /** Writes {@code figN.csv} for every figure and {@code runs.csv}; returns the files written. */
    public static List<Path> write(Sweep.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (FigureSpec f : r.figures()) {
            Path p = dir.resolve(fileName(f));
            Files.writeString(p, figure(r, f), StandardCharsets.UTF_8);
            out.add(p);
        }
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, runs(r), StandardCharsets.UTF_8);
        out.add(runs);
        return out;
    }

    /** Six significant digits, plain notation, no trailing zeros. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
