package org.ppay.sim.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ppay.sim.SimConfig;

/**
 * One figure of Section 7, declared: what varies along x, what the series are, what is plotted, how it is
 * drawn, and the paper's fixed settings for it. A point (x, series) is one simulation run; a figure that plots
 * several metrics (Figure 4's stacked tasks, Figure 8's mean and max) draws one series per metric per value.
 *
 * @param id           the paper's figure number
 * @param title        chart title
 * @param x            parameter along the x axis
 * @param xValues      its values in a full sweep
 * @param xQuick       its values under {@code --quick}
 * @param series       parameter across series, or {@code null} for a single series per metric
 * @param seriesValues its values in a full sweep (empty when {@code series} is null)
 * @param seriesQuick  its values under {@code --quick}
 * @param metrics      what is plotted (more than one: one series per metric)
 * @param kind         bars, stacked bars or lines
 * @param fixed        the paper's fixed settings for this figure, applied over the sweep's base configuration
 * @param minDays      runs of this figure last at least this many simulated days (0: the sweep's days)
 * @param note         why the settings are what they are, for reproduction.md
 */
public record FigureSpec(int id, String title, Param x, List<Object> xValues, List<Object> xQuick, Param series,
                         List<Object> seriesValues, List<Object> seriesQuick, List<Metric> metrics, ChartKind kind,
                         Map<Param, Object> fixed, double minDays, String note) {
    public FigureSpec {
        Objects.requireNonNull(x, "x");
        xValues = List.copyOf(xValues);
        xQuick = List.copyOf(xQuick);
        seriesValues = List.copyOf(seriesValues);
        seriesQuick = List.copyOf(seriesQuick);
        metrics = List.copyOf(metrics);
        EnumMap<Param, Object> ordered = new EnumMap<>(Param.class);   // a stable order, whatever map was passed
        ordered.putAll(fixed);
        fixed = Collections.unmodifiableMap(ordered);
        if (xValues.isEmpty() || xQuick.isEmpty()) throw new IllegalArgumentException("figure " + id + " has no x values");
        if ((series == null) != seriesValues.isEmpty() || (series == null) != seriesQuick.isEmpty()) {
            throw new IllegalArgumentException("figure " + id + ": series values without a series parameter, or the reverse");
        }
        if (metrics.isEmpty()) throw new IllegalArgumentException("figure " + id + " plots nothing");
        if (kind == ChartKind.LINES && !x.numeric()) throw new IllegalArgumentException("figure " + id + ": lines need a numeric x");
    }

    /** One run of a figure: an x value and a series value ({@code null} when the figure has no series parameter). */
    public record Point(Object x, Object series) {}

    public List<Object> xValues(boolean quick) { return quick ? xQuick : xValues; }

    public List<Object> seriesValues(boolean quick) { return quick ? seriesQuick : seriesValues; }

    /** Every run of this figure, series-major, in declaration order. */
    public List<Point> points(boolean quick) {
        List<Point> out = new ArrayList<>();
        List<Object> ss = series == null ? Collections.singletonList(null) : seriesValues(quick);
        for (Object s : ss) for (Object xv : xValues(quick)) out.add(new Point(xv, s));
        return out;
    }

    /** The configuration of one point: {@code base}, then the fixed settings, the run length rule, the series and x values. */
    public SimConfig config(SimConfig base, Point p) {
        SimConfig c = base;
        for (Map.Entry<Param, Object> e : fixed.entrySet()) c = e.getKey().apply(c, e.getValue());
        if (c.days() < minDays) c = Param.DAYS.apply(c, minDays);
        if (series != null) c = series.apply(c, p.series());
        return x.apply(c, p.x());
    }

    /** The legend entry of a series value and metric. */
    public String seriesLabel(Object seriesValue, Metric m) {
        if (series == null) return m.legend();
        return metrics.size() > 1 ? series.legend(seriesValue) + " (" + m.legend() + ")" : series.legend(seriesValue);
    }

    /** The same figure restricted to the given x and series values, in full and quick sweeps alike (for tests and partial sweeps). */
    public FigureSpec restrict(List<Object> xs, List<Object> ss) {
        return new FigureSpec(id, title, x, xs, xs, series, ss, ss, metrics, kind, fixed, minDays, note);
    }

    /** The same figure with a different run-length floor. */
    public FigureSpec withMinDays(double days) {
        return new FigureSpec(id, title, x, xValues, xQuick, series, seriesValues, seriesQuick, metrics, kind, fixed, days, note);
    }

    /** The fixed settings as text, e.g. {@code Downtime Multiplier = 20, Scheme = PPay}. */
    public String fixedText() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Param, Object> e : fixed.entrySet()) parts.add(e.getKey().label() + " = " + e.getKey().format(e.getValue()));
        if (minDays > 0) parts.add("at least " + Param.number(minDays) + " simulated days");
        return parts.isEmpty() ? "Table 1 defaults" : String.join(", ", parts);
    }
}
