package org.ppay.node.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.Codec;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.broker.BrokerServer;
import org.ppay.node.broker.BrokerService;
import org.ppay.node.store.BrokerLog;
import org.ppay.node.store.Database;
import org.ppay.node.wire.Wire;

/**
 * {@code ppay bench broker}: the broker over HTTP on loopback with real Ed25519 signatures and durable commits, after a
 * warm-up round of the same requests (untimed: the JIT compiles meanwhile, which would otherwise take much of the CPU).
 * Prints cash operations per second (batched and one at a time), downtime reassignments per second, their latency,
 * and where the CPU went: CPU time per operation of the broker's threads, of the bench client's and of the JVM's own
 * (JIT, GC), and how many cores the process kept busy (below the machine's cores when the broker waits on the disk or
 * other programs take the CPU). The Ed25519 costs are measured in the same run, in CPU time, so throughput
 * reads as a fraction of the limit that verification sets (verify rate × cores ÷ signatures the broker verifies per
 * cash, counted in the run).
 */
public final class BrokerBench {
    /**
     * One timed phase: operations, wall time, latency per request, the broker's verifications and signatures, and CPU
     * time: the process's, its Java threads' other than the client's (the broker: HTTP, checks, the writer, the
     * database driver), and the client threads'. The rest of the process's CPU is the JVM's own: JIT compiler and GC.
     */
    public record Phase(int ops, double seconds, long cpuNanos, long brokerCpuNanos, long clientCpuNanos, long verifies, long signs,
                        double p50Millis, double p99Millis) {
        public double perSecond() { return ops / seconds; }

        public double brokerCpuMicros() { return brokerCpuNanos / 1e3 / ops; }

        public double clientCpuMicros() { return clientCpuNanos / 1e3 / ops; }

        /** The JVM's own threads (JIT compilers, GC), per operation. */
        public double jvmCpuMicros() { return Math.max(0, cpuNanos - brokerCpuNanos - clientCpuNanos) / 1e3 / ops; }

        public double coresBusy() { return cpuNanos / 1e9 / seconds; }

        String row(String what) {
            return String.format(Locale.ROOT, "  %-36s %,8.0f %8.2f %8.2f %7.0f %6.0f %6.0f %6.2f%n", what, perSecond(), p50Millis, p99Millis,
                brokerCpuMicros(), clientCpuMicros(), jvmCpuMicros(), coresBusy());
        }
    }

    /** What one run measured. */
    public record Result(String database, int coins, int cores, Phase batched, Phase single, Phase reassign, double verifyMicros,
                         double signMicros, long cacheHits, long cacheMisses) {
        public double verifyPerSecond() { return 1e6 / verifyMicros; }

        public double verifiesPerCash() { return (double) batched.verifies() / batched.ops(); }

        public double signsPerCash() { return (double) batched.signs() / batched.ops(); }

        public double verifyLimit() { return verifyPerSecond() * cores / verifiesPerCash(); }

        public double batchedCashPerSecond() { return batched.perSecond(); }

        public String table() {
            double crypto = verifiesPerCash() * verifyMicros + signsPerCash() * signMicros;
            return String.format(Locale.ROOT, "broker bench: %s, %d coins, %d cores%n", database, coins, cores)
                + String.format(Locale.ROOT, "  %-36s %8s %8s %8s %-21s %6s%n", "", "", "", "", "  CPU us per op", "cores")
                + String.format(Locale.ROOT, "  %-36s %8s %8s %8s %7s %6s %6s %6s%n", "", "ops/s", "p50 ms", "p99 ms", "broker", "client", "JIT+GC", "busy")
                + batched.row("cash, batches of " + BATCH + ", " + BATCH_CLIENTS + " clients")
                + single.row("cash, one per request, " + CLIENTS + " clients")
                + reassign.row("downtime reassignments, " + CLIENTS + " clients")
                + String.format(Locale.ROOT, """
                      Ed25519, CPU time in this run        verify %.0f us (%,.0f /s per core), sign %.0f us
                      per batched cash the broker verified %.2f and signed %.2f signatures: %.0f us, %.0f%% of its CPU
                      verification limit                   %,.0f cash/s  (verify rate x %d cores / %.2f verifies per cash)
                      batched cash / limit                 %.2f
                      verify cache                         %d hits, %d misses
                    """, verifyMicros, verifyPerSecond(), signMicros, verifiesPerCash(), signsPerCash(), crypto,
                    100 * crypto / batched.brokerCpuMicros(), verifyLimit(), cores, verifiesPerCash(), batchedCashPerSecond() / verifyLimit(),
                    cacheHits, cacheMisses);
        }
    }

    static final int BATCH = 256;
    /** Coins of each kind served first, untimed, so that the timed phases run compiled code. */
    static final int WARM_UP = 5_000;
    /** Clients sending batches: enough that one batch is checked while another is written. */
    static final int BATCH_CLIENTS = 4;
    /** Clients sending one request at a time: group commit serves what arrives while the disk syncs. */
    static final int CLIENTS = 16;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final CryptoProvider crypto = new BcEd25519();
    private final ObjectMapper json = new ObjectMapper();
    private final LongAdder brokerSigns = new LongAdder();
    private long nonce;

    /**
     * Runs the bench: {@code coins} coins cashed in batches, as many one at a time, and as many reassigned through the
     * downtime protocol.
     *
     * @param dbUrl null for a SQLite file in a temporary directory; else a database whose broker log is empty
     */
    public Result run(String dbUrl, int coins) throws IOException, InterruptedException, org.ppay.node.store.StoreException {
        Path tmp = Files.createTempDirectory("ppay-broker-bench");
        String url = dbUrl != null ? dbUrl : "sqlite:" + tmp.resolve("broker.db");
        Signer brokerKey = counting(crypto.signer(Hashes.sha256("bench-broker".getBytes())));
        long now = System.currentTimeMillis() / 1000;
        try (Database db = Database.open(url, "broker")) {
            long entries = new BrokerLog(db).size();
            if (entries > 0) throw new IOException("the bench needs a database of its own: the broker log in " + db + " holds " + entries + " entries");
        }
        try (Database db = Database.open(url, "broker");
             BrokerService service = new BrokerService(new BrokerLog(db), brokerKey, crypto.verifier(), Params.defaults(), () -> System.currentTimeMillis() / 1000);
             BrokerServer server = new BrokerServer(service).start("127.0.0.1", 0);
             LoopbackHttp setup = new LoopbackHttp("127.0.0.1", server.port())) {
            Signer owner = party("owner"), holder = party("holder"), next = party("next");
            post(setup, "/v1/accounts", join(owner, 1_000_000_000L, now), "AccountStatement");
            post(setup, "/v1/accounts", join(holder, 1_000_000L, now), "AccountStatement");
            post(setup, "/v1/accounts", join(next, 0, now), "AccountStatement");
            int warm = Math.min(coins, WARM_UP);
            List<RawCoin> raw = buy(setup, owner, 3 * (warm + coins), now);
            Phase batched = null, singles = null, reassigned = null;
            for (int n : new int[] {warm, coins}) {          // first untimed, for the JIT; then measured
                List<byte[]> cash = new ArrayList<>(), single = new ArrayList<>(), reassign = new ArrayList<>();
                for (RawCoin c : raw.subList(0, 3 * n)) {
                    long re = now + Params.defaults().renewalWait();
                    Assignment a = new Assignment(holder.id(), 1, now, now, re, c, false, owner.sign(Assignment.signedBytes(holder.id(), 1, now, now, re, c)));
                    if (cash.size() < n) cash.add(new CashRequest(a, now, holder.sign(CashRequest.signedBytes(a, now))).encode());
                    else if (single.size() < n) single.add(new CashRequest(a, now, holder.sign(CashRequest.signedBytes(a, now))).encode());
                    else reassign.add(new ReassignmentRequest(next.id(), a, holder.sign(ReassignmentRequest.signedBytes(next.id(), a))).encode());
                }
                raw = raw.subList(3 * n, raw.size());
                List<byte[]> batches = new ArrayList<>();
                for (int i = 0; i < cash.size(); i += BATCH) {
                    batches.add(json.writeValueAsBytes(new Wire.Batch(cash.subList(i, Math.min(cash.size(), i + BATCH)).stream().map(Wire::encode).toList())));
                }
                batched = timed(service, server.port(), BATCH_CLIENTS, batches, n,
                    (http, body) -> expectAll(http.post("/v1/cash/batch", "application/json", body), "CashReceipt"));
                singles = timed(service, server.port(), CLIENTS, bodies(single), n, (http, body) -> expect(http.post("/v1/cash", "application/json", body), "CashReceipt"));
                reassigned = timed(service, server.port(), CLIENTS, bodies(reassign), n,
                    (http, body) -> expect(http.post("/v1/downtime/reassign", "application/json", body), "Assignment"));
            }
            return new Result(db.toString(), coins, Runtime.getRuntime().availableProcessors(), batched, singles, reassigned,
                verifyMicros(), signMicros(), service.verifier().hits(), service.verifier().misses());
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The broker's key, counting what the broker signs. */
    private Signer counting(Signer key) {
        return new Signer() {
            @Override public PeerId id() { return key.id(); }

            @Override public Sig sign(byte[] message) {
                brokerSigns.increment();
                return key.sign(message);
            }
        };
    }

    private Signer party(String name) { return crypto.signer(Hashes.sha256(("bench:" + name).getBytes())); }

    private byte[] join(Signer s, long balance, long now) {
        long n = ++nonce;
        return new JoinRequest(s.id(), balance, 0, n, now, s.sign(JoinRequest.signedBytes(s.id(), balance, 0, n, now))).encode();
    }

    private List<RawCoin> buy(LoopbackHttp http, Signer owner, int count, long now) throws IOException {
        List<RawCoin> out = new ArrayList<>(count);
        while (out.size() < count) {
            int k = Math.min(255, count - out.size());
            long n = ++nonce;
            byte[] answer = post(http, "/v1/coins", new BuyRequest(owner.id(), k, n, now, owner.sign(BuyRequest.signedBytes(owner.id(), k, n, now))).encode(), "CoinSale");
            try {
                out.addAll(Codec.decode(answer, CoinSale.class).coins());
            } catch (org.ppay.core.PPayException e) {
                throw new IOException("the broker's coin sale did not decode: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private byte[] post(LoopbackHttp http, String path, byte[] message, String type) throws IOException {
        return Wire.decode(expect(http.post(path, "application/json", json.writeValueAsBytes(new Wire.Request(Wire.encode(message)))), type));
    }

    private List<byte[]> bodies(List<byte[]> messages) throws IOException {
        List<byte[]> out = new ArrayList<>(messages.size());
        for (byte[] m : messages) out.add(json.writeValueAsBytes(new Wire.Request(Wire.encode(m))));
        return out;
    }

    /** The answer of a 200 whose type is {@code type}; anything else fails the bench. */
    private String expect(LoopbackHttp.Response r, String type) throws IOException {
        JsonNode answer = r.status() == 200 ? json.readTree(r.body()) : null;
        if (answer == null || !type.equals(answer.path("type").asText())) throw new IOException("expected a " + type + ", got " + r.status() + ": " + clip(r.text()));
        return answer.path("answer").asText();
    }

    /** Every outcome of a batch must be of {@code type}. */
    private void expectAll(LoopbackHttp.Response r, String type) throws IOException {
        JsonNode outcomes = r.status() == 200 ? json.readTree(r.body()).path("outcomes") : null;
        if (outcomes == null || outcomes.isEmpty()) throw new IOException("a batch was refused: " + r.status() + ": " + clip(r.text()));
        for (JsonNode o : outcomes) if (!type.equals(o.path("type").asText())) throw new IOException("a batch entry was refused: " + clip(o.toString()));
    }

    private static String clip(String s) { return s.substring(0, Math.min(300, s.length())); }

    private interface Request { void send(LoopbackHttp http, byte[] body) throws IOException; }

    /**
     * Sends every body from {@code clients} threads, each on its own kept-alive connection, and measures: wall time,
     * the process's CPU time, the client threads' CPU time, the broker's verifications and signatures, and each
     * request's latency.
     */
    private Phase timed(BrokerService service, int port, int clients, List<byte[]> bodies, int ops, Request request) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        LongAdder clientCpu = new LongAdder();
        double[] latency = new double[bodies.size()];
        long verifies = service.verifier().misses(), signs = brokerSigns.sum();
        Map<Long, Long> threads = javaThreadsCpu();
        long cpu = OS.getProcessCpuTime(), start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> new Thread(r, CLIENT_THREAD));
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    long mine = THREADS.getCurrentThreadCpuTime();
                    try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", port)) {
                        for (int i; (i = next.getAndIncrement()) < bodies.size(); ) {
                            long t = System.nanoTime();
                            request.send(http, bodies.get(i));
                            latency[i] = (System.nanoTime() - t) / 1e6;
                        }
                    } finally {
                        clientCpu.add(THREADS.getCurrentThreadCpuTime() - mine);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a bench client failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long used = OS.getProcessCpuTime() - cpu, broker = 0;
        for (Map.Entry<Long, Long> t : javaThreadsCpu().entrySet()) broker += t.getValue() - threads.getOrDefault(t.getKey(), 0L);
        Arrays.sort(latency);
        return new Phase(ops, seconds, used, broker, clientCpu.sum(), service.verifier().misses() - verifies, brokerSigns.sum() - signs,
            pct(latency, 0.5), pct(latency, 0.99));
    }

    private static final String CLIENT_THREAD = "ppay-bench-client";

    /** CPU time of every live Java thread but the bench's clients, by thread id (the JIT's and GC's threads are not Java threads). */
    private static Map<Long, Long> javaThreadsCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t == null || t.getThreadName().equals(CLIENT_THREAD)) continue;
            long ns = THREADS.getThreadCpuTime(t.getThreadId());
            if (ns >= 0) out.put(t.getThreadId(), ns);
        }
        return out;
    }

    private static double pct(double[] sorted, double q) { return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))]; }

    /** CPU µs of one Ed25519 verification with BouncyCastle, measured now on this thread (two signers, as a cash has). */
    private double verifyMicros() {
        Signer a = party("verify-rate-a"), b = party("verify-rate-b");
        byte[] m = new byte[200];
        Sig sa = a.sign(m), sb = b.sign(m);
        var v = crypto.verifier();
        return cpuMicros(() -> {
            if (!v.verify(a.id(), m, sa) || !v.verify(b.id(), m, sb)) throw new IllegalStateException("a good signature did not verify");
        }) / 2;
    }

    /** CPU µs of one Ed25519 signature with BouncyCastle, measured now on this thread. */
    private double signMicros() {
        Signer s = party("sign-rate");
        byte[] m = new byte[200];
        return cpuMicros(() -> {
            m[0]++;
            s.sign(m);
        });
    }

    /** CPU µs per call of {@code op} on this thread: after a warm-up, over about a second of CPU time. */
    private static double cpuMicros(Runnable op) {
        for (int i = 0; i < 2_000; i++) op.run();
        long n = 0, start = THREADS.getCurrentThreadCpuTime(), used;
        do {
            for (int i = 0; i < 100; i++) op.run();
            n += 100;
        } while ((used = THREADS.getCurrentThreadCpuTime() - start) < 1_000_000_000L);
        return used / 1e3 / n;
    }
}
