package org.ppay.sim.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws each figure as a PNG with JFreeChart, headless: grouped bars (Figures 1–2), stacked bars (Figure 4) or
 * lines with markers (the rest), x and y axis titles, a legend, and a subtitle naming the sweep's network.
 * A sweep of several seeds plots means with error bars for their 95% intervals; Figure 4's stacked bars get
 * one at the top of each segment, the segment's own interval.
 */
public final class Charts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {}

    public static final int WIDTH = 900, HEIGHT = 560;

    private static final Paint[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    public static String fileName(FigureSpec f) { return "fig" + f.id() + ".png"; }

    /** The chart of one figure of a sweep. */
    public static JFreeChart chart(Sweep.Result r, FigureSpec f) {
        List<Csv.Series> series = Csv.series(r, f);
        String yLabel = f.metrics().get(0).axis();
        SweepSettings s = r.settings();
        boolean errors = s.seeds() > 1;
        JFreeChart chart = f.kind() == ChartKind.LINES ? lines(f, series, yLabel, errors) : bars(f, series, yLabel, errors);
        chart.setBackgroundPaint(Color.WHITE);
        String seeds = !errors ? "seed " + s.seed() : "seeds " + s.seed() + "–" + s.seedOf(s.seeds() - 1) + " (means, 95% intervals)";
        chart.addSubtitle(new TextTitle(String.format(java.util.Locale.ROOT, "%d peers, %s cache %d, %s days, %s, %s costs; %s%s",
            s.peers(), s.caches().name().toLowerCase(java.util.Locale.ROOT), s.cacheSize(), Param.number(s.days()), seeds, s.costs().name(), f.fixedText(), !s.quick() ? "" : s.peers() == 1000 && s.days() == 40 ? "; named x points" : "; QUICK sweep"),
            new Font("SansSerif", Font.PLAIN, 11)));
        return chart;
    }

    private static JFreeChart bars(FigureSpec f, List<Csv.Series> series, String yLabel, boolean errors) {
        boolean stacked = f.kind() == ChartKind.STACKED_BARS;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DefaultStatisticalCategoryDataset withErrors = new DefaultStatisticalCategoryDataset();
        for (Csv.Series s : series) {
            for (Csv.Row row : s.rows()) {
                Interval v = row.value();
                data.addValue(v.mean(), s.label(), f.x().format(row.x()));
                withErrors.add(v.mean(), halfWidth(v), s.label(), f.x().format(row.x()));
            }
        }
        JFreeChart chart = stacked
            ? ChartFactory.createStackedBarChart(f.title(), f.x().label(), yLabel, data, PlotOrientation.VERTICAL, true, false, false)
            : ChartFactory.createBarChart(f.title(), f.x().label(), yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        if (errors && !stacked) {
            renderer = new StatisticalBarRenderer();
            plot.setDataset(withErrors);
            plot.setRenderer(renderer);
        } else if (errors) {
            plot.setDataset(1, stackTops(series, f));
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);   // error bars over the bars
            plot.setRenderer(1, errorBarsOnly());
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /** Figure 4's error bars: each segment's interval, drawn at the top of the segment (the running total of the means). */
    private static DefaultStatisticalCategoryDataset stackTops(List<Csv.Series> series, FigureSpec f) {
        DefaultStatisticalCategoryDataset tops = new DefaultStatisticalCategoryDataset();
        double[] top = new double[series.isEmpty() ? 0 : series.get(0).rows().size()];
        for (Csv.Series s : series) {
            for (int i = 0; i < s.rows().size(); i++) {
                Csv.Row row = s.rows().get(i);
                top[i] += row.value().mean();
                tops.add(top[i], halfWidth(row.value()), s.label(), f.x().format(row.x()));
            }
        }
        return tops;
    }

    /** A renderer of error bars alone, at the middle of each category, outside the legend. */
    private static StatisticalLineAndShapeRenderer errorBarsOnly() {
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(false, false);
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setDefaultSeriesVisibleInLegend(false);
        return r;
    }

    /** The interval's half-width: a Student-t interval is symmetric about the mean. */
    private static double halfWidth(Interval v) { return (v.hi() - v.lo()) / 2; }

    private static JFreeChart lines(FigureSpec f, List<Csv.Series> series, String yLabel, boolean errors) {
        XYSeriesCollection data = new XYSeriesCollection();
        YIntervalSeriesCollection withErrors = new YIntervalSeriesCollection();
        for (Csv.Series s : series) {
            XYSeries xy = new XYSeries(s.label(), false, true);
            YIntervalSeries ys = new YIntervalSeries(s.label(), false, true);
            for (Csv.Row row : s.rows()) {
                Interval v = row.value();
                xy.add(f.x().asDouble(row.x()), v.mean());
                ys.add(f.x().asDouble(row.x()), v.mean(), v.lo(), v.hi());
            }
            data.addSeries(xy);
            withErrors.addSeries(ys);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(f.title(), f.x().label(), yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        if (errors) {
            XYErrorRenderer e = new XYErrorRenderer();
            e.setDrawXError(false);
            e.setErrorStroke(new BasicStroke(1f));   // solid, also for dashed series
            e.setDefaultLinesVisible(true);
            e.setDefaultShapesVisible(true);
            renderer = e;
            plot.setDataset(withErrors);
        }
        boolean byGroup = f.series() != null && f.metrics().size() > 1;   // Figure 8: one colour per lazy %, dashed means
        for (int i = 0; i < series.size(); i++) {
            int colour = byGroup ? series.get(i).group() : i;
            renderer.setSeriesPaint(i, PALETTE[colour % PALETTE.length]);
            boolean dashed = series.get(i).metric() == Metric.CREDIT_LOSS_MEAN;
            renderer.setSeriesStroke(i, dashed
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setAutoRangeIncludesZero(false);
        if (f.x().numeric() && allIntegers(f)) x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    private static boolean allIntegers(FigureSpec f) {
        for (Object v : f.xValues()) if (!(v instanceof Integer || v instanceof Long)) return false;
        return true;
    }

    /** Writes {@code figN.png} for every figure; returns the files written. */
    public static List<Path> write(Sweep.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (FigureSpec f : r.figures()) {
            Path p = dir.resolve(fileName(f));
            ChartUtils.saveChartAsPNG(p.toFile(), chart(r, f), WIDTH, HEIGHT);
            out.add(p);
        }
        return out;
    }
}
