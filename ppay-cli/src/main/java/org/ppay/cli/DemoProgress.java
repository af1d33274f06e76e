package org.ppay.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Where a demo is, on stderr, as {@code simulate} does it: its phases as lines; during the workload a bar on a
 * terminal, otherwise a plain {@link Heartbeat} line every {@link Heartbeat#PERIOD}.
 */
final class DemoProgress implements AutoCloseable {
    private final PrintWriter err;
    private final boolean terminal;
    private final long seconds;
    private final Supplier<String> status;
    private final Heartbeat heartbeat;
    private ProgressBar bar;
    private volatile long began;

    /** @param status the workload's state in words ("412 queries, 1 peer down...") */
    DemoProgress(PrintWriter err, boolean terminal, long workloadMillis, Supplier<String> status) {
        this.err = err;
        this.terminal = terminal;
        this.seconds = Math.max(1, Math.round(workloadMillis / 1000.0));
        this.status = status;
        this.heartbeat = terminal ? null : new Heartbeat(Heartbeat.PERIOD, err, this::line);
    }

    /** A line of the demo's own. */
    synchronized void say(String line) {
        String text = "ppay demo: " + line;
        if (heartbeat != null) {
            heartbeat.println(text);
        } else {
            err.println(text);
            err.flush();
        }
    }

    /** The workload starts: the bar (or the timed lines) count its seconds from now. */
    synchronized void workload() {
        began = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("queries").setInitialMax(seconds).setUnit(" s", 1).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500).build();
        }
    }

    /** Moves the bar to the time spent. */
    synchronized void tick() {
        if (bar == null) return;
        bar.stepTo(Math.min(seconds, elapsed()));
        bar.setExtraMessage(" " + status.get());
    }

    /** The workload ended: the bar closes full. */
    synchronized void done() {
        if (bar != null) {
            bar.stepTo(seconds);
            bar.close();
        }
        bar = null;
        began = 0;
    }

    private long elapsed() { return (System.nanoTime() - began) / 1_000_000_000L; }

    /** The plain line: {@code ppay demo: 30 s of 60 (50%), 412 queries, ...}. */
    private String line() {
        if (began == 0) return "ppay demo: " + status.get();
        long e = Math.min(seconds, elapsed());
        return String.format(Locale.ROOT, "ppay demo: %d s of %d (%d%%), %s", e, seconds, 100 * e / seconds, status.get());
    }

    @Override public synchronized void close() {
        if (bar != null) bar.close();
        if (heartbeat != null) heartbeat.close();
    }
}
