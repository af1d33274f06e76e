package org.ppay.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A plain status line on stderr every period while a long job runs (for logs, pipes and CI, where a progress bar
 * cannot redraw itself), skipped when the job printed a line of its own within the period. Short jobs print
 * nothing: the first line comes one period after the start.
 */
final class Heartbeat implements AutoCloseable {
    /** How often a long job says where it is when stderr is not a terminal. */
    static final Duration PERIOD = Duration.ofSeconds(10);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ppay-progress");
        t.setDaemon(true);
        return t;
    });
    private final PrintWriter err;
    private final long periodNanos;
    private volatile long last = System.nanoTime();

    Heartbeat(Duration period, PrintWriter err, Supplier<String> status) {
        this.err = err;
        this.periodNanos = period.toNanos();
        long millis = Math.max(1, period.toMillis());
        timer.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - last >= periodNanos * 9 / 10) println(status.get());
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Prints a line of the job's own; it counts as a beat. */
    void println(String line) {
        last = System.nanoTime();
        err.println(line);
        err.flush();
    }

    @Override public void close() { timer.shutdownNow(); }
}
