package org.ppay.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BiConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Where a simulation is, on stderr: a bar on a terminal ({@code 1.20 days/s, 3.4M events}), otherwise a plain
 * {@link Heartbeat} line every {@link Heartbeat#PERIOD} once the run has taken that long. It hears the simulator's
 * progress reports (simulated seconds, events so far), as {@link org.ppay.sim.Simulator#run(BiConsumer)} gives them.
 */
final class Progress implements BiConsumer<Double, Long>, AutoCloseable {
    private static final double DAY = 86_400;
    /** Bar steps per simulated day. */
    private static final int STEPS_PER_DAY = 100;

    private final String who;
    private final double days;
    private final PrintWriter err;
    private final boolean terminal;
    private final Heartbeat heartbeat;
    private ProgressBar bar;
    private volatile long started = System.nanoTime();
    private volatile String phase = "setting up";
    private volatile long firstReport;
    private volatile double firstDays;
    private volatile double doneDays;
    private volatile long events;

    /** Progress of runs of {@code days} simulated days by the command {@code who} ("ppay simulate"). */
    static Progress of(String who, double days, PrintWriter err) {
        return new Progress(who, days, err, Terminal.stderrIsTerminal(), Heartbeat.PERIOD);
    }

    Progress(String who, double days, PrintWriter err, boolean terminal, Duration period) {
        this.who = who;
        this.days = days;
        this.err = err;
        this.terminal = terminal;
        this.heartbeat = terminal ? null : new Heartbeat(period, err, this::status);
    }

    /** A bar for {@code days} simulated days, drawn to {@code consumer} (null: the console's stderr). */
    static ProgressBar bar(String task, double days, ProgressBarConsumer consumer) {
        DecimalFormat twoDecimals = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.round(days * STEPS_PER_DAY))
            .setUnit(" days", STEPS_PER_DAY).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed(twoDecimals);
        if (consumer != null) b.setConsumer(consumer);
        return b.build();
    }

    /**
     * Prints a line of the job's own and counts afresh from here, in {@code phase} ("setting up", "warming up") until
     * the first report ({@code bench sim} measures one size after another).
     */
    synchronized void note(String line, String phase) {
        this.phase = phase;
        if (bar != null) bar.close();
        bar = null;
        if (heartbeat != null) {
            heartbeat.println(line);
        } else {
            err.println(line);
            err.flush();
        }
        started = System.nanoTime();
        firstReport = 0;
    }

    @Override
    public synchronized void accept(Double simulatedSeconds, Long eventsSoFar) {
        doneDays = simulatedSeconds / DAY;
        if (firstReport == 0) {
            firstDays = doneDays;
            firstReport = System.nanoTime();
        }
        events = eventsSoFar;
        if (!terminal) return;
        if (bar == null) bar = bar("simulating", days, null);
        bar.stepTo(Math.round(doneDays * STEPS_PER_DAY));
        bar.setExtraMessage(eventsNote(eventsSoFar));
    }

    /** The run reached its last simulated day: the bar ends full. */
    void finished(long eventsSoFar) { accept(days * DAY, eventsSoFar); }

    /** The bar's note after its speed: {@code ", 3.4M events"}. */
    static String eventsNote(long events) { return ", " + count(events) + " events"; }

    /** The plain line: {@code ppay simulate: day 3.2 of 40 (8%), 12.3M events, 0.91 days/s, about 41 s left}. */
    String status() {
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (firstReport == 0) return who + ": " + phase + " (" + duration(elapsed) + " so far)";
        double done = doneDays, rate = (done - firstDays) / Math.max(1e-9, (System.nanoTime() - firstReport) / 1e9);
        String tail = done >= days ? ", cashing out" : rate > 0 ? ", about " + duration((days - done) / rate) + " left" : "";
        return String.format(Locale.ROOT, "%s: day %s of %s (%d%%), %s events, %s days/s%s", who, decimals(done), OptionDefaults.plain(days),
            Math.round(100 * done / days), count(events), decimals(rate), tail);
    }

    /** {@code 950}, {@code 12.3k}, {@code 3.4M}, {@code 1.2G}. */
    static String count(long n) {
        if (n < 1_000) return Long.toString(n);
        String[] units = {"k", "M", "G", "T"};
        double v = n;
        int u = -1;
        while (v >= 1_000 && u < units.length - 1) {
            v /= 1_000;
            u++;
        }
        return String.format(Locale.ROOT, v < 100 ? "%.1f%s" : "%.0f%s", v, units[u]);
    }

    /** Two significant decimals for small values, fewer for large: {@code 0.12}, {@code 3.2}, {@code 40}. */
    static String decimals(double v) { return String.format(Locale.ROOT, v < 1 ? "%.2f" : v < 10 ? "%.1f" : "%.0f", v); }

    /** {@code 41 s}, {@code 3 min 20 s}, {@code 2 h 5 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min " + s % 60 + " s";
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        if (heartbeat != null) heartbeat.close();
    }
}
