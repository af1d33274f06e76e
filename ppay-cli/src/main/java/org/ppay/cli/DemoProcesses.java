package org.ppay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OS processes a demo starts: the broker and peer daemons as {@code java -cp <this classpath> org.ppay.cli.Main
 * broker|peer ...} on loopback, each started again from its own data after a kill. A kill is SIGKILL
 * ({@link Process#destroyForcibly}): nothing of the daemon runs after it, as after a power cut, so what comes back is
 * what its journal or log made durable. Closing ends every process still running.
 */
final class DemoProcesses implements AutoCloseable {
    /** How long a daemon may take to say it serves (a JVM start and a journal served again, on 2 busy cores). */
    static final long START_SECONDS = 90;
    static final int START_ATTEMPTS = 5;

    /** One daemon: how to start it again, and its process (dead while down). */
    static final class Daemon {
        final String name;
        private final List<String> args;
        private volatile Process process;
        private volatile String said;

        private Daemon(String name, List<String> args) {
            this.name = name;
            this.args = args;
        }

        boolean up() {
            Process p = process;
            return p != null && p.isAlive();
        }

        /** The one line the daemon printed once it served. */
        String said() { return said; }
    }

    private final Path dir;
    private final List<Daemon> all = new CopyOnWriteArrayList<>();
    private final AtomicLong kills = new AtomicLong(), restarts = new AtomicLong();
    private volatile boolean closed;

    /** @param dir where each daemon's stderr goes ({@code NAME.err}) */
    DemoProcesses(Path dir) { this.dir = dir; }

    /** Starts {@code ppay args...} and waits until it says it serves. */
    Daemon start(String name, String... args) throws IOException {
        Daemon d = new Daemon(name, List.of(args));
        all.add(d);
        launch(d);
        return d;
    }

    /** Kills the daemon with SIGKILL and waits for it to be gone. */
    void kill(Daemon d) throws InterruptedException {
        Process p = d.process;
        if (p == null) return;
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        kills.incrementAndGet();
    }

    /** Starts a killed daemon again, from its data; a peer refuses to start while its broker is down, so it is tried a few times. */
    void restart(Daemon d) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                launch(d);
                restarts.incrementAndGet();
                return;
            } catch (IOException e) {
                if (attempt == START_ATTEMPTS || closed) throw e;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting " + d.name, e);
            }
        }
    }

    long kills() { return kills.get(); }

    long restarts() { return restarts.get(); }

    private void launch(Daemon d) throws IOException {
        if (closed) throw new IOException("the demo is stopping");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(d.args);
        Path err = dir.resolve(d.name + ".err");
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(err.toFile())).start();
        d.process = p;
        if (closed) p.destroyForcibly();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        try {
            line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            line = null;
        }
        if (line == null) {
            p.destroyForcibly();
            throw new IOException(d.name + " did not start: " + lastLine(err));
        }
        d.said = line;
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? "it printed nothing" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "its stderr is unreadable";
        }
    }

    /** A port free now on loopback, for a daemon that must come back on the same one (the broker). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Ends every process still running: SIGTERM, and SIGKILL for one still there after five seconds. */
    @Override public void close() {
        closed = true;
        for (Daemon d : all) {
            Process p = d.process;
            if (p != null) p.destroy();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Daemon d : all) {
            Process p = d.process;
            if (p == null) continue;
            try {
                if (!p.waitFor(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
