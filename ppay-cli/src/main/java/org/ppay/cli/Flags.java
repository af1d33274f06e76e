package org.ppay.cli;

/**
 * Numeric flags of the daemon commands, read from text so that a bad value gives one line naming the flag and its
 * valid range (exit 2), never picocli's usage dump or a stack trace.
 */
final class Flags {
    private Flags() {}

    /** A flag refused: its message is the one line the command prints. */
    static final class Bad extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Bad(String message) { super(message); }
    }

    static long number(String flag, String text, long min, long max) {
        if (text == null) throw new Bad(flag + " is missing: a whole number in [" + min + ", " + max + "]");
        long v;
        try {
            v = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Bad(flag + " must be a whole number in [" + min + ", " + max + "], not '" + text + "'");
        }
        if (v < min || v > max) throw new Bad(flag + " must be in [" + min + ", " + max + "], not " + v);
        return v;
    }

    static int port(String flag, String text) { return (int) number(flag, text, 0, 65_535); }

    /** Quiet libraries: a daemon's own lines are what its operator reads. */
    static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** Blocks until the JVM is asked to stop (SIGTERM, Ctrl-C), then runs {@code stop} before it exits. */
    static void runUntilStopped(Runnable stop) throws InterruptedException {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "ppay-shutdown"));
        stopped.await();
    }
}
