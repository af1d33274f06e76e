package org.ppay.node.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
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
 * {@code ppay bench broker}: the broker over HTTP on loopback with real Ed25519 signatures and durable commits.
 * Prints cash operations per second (batched and one at a time), downtime reassignments per second, their latency,
 * and the machine's Ed25519 verify rate measured in the same run, so throughput reads as a fraction of the limit
 * that verification sets (verify rate × cores ÷ signatures the broker verifies per cash).
 */
public final class BrokerBench {
    /** What one run measured. */
    public record Result(String database, int coins, double batchedCashPerSecond, double singleCashPerSecond, double reassignPerSecond,
                         double p50Millis, double p99Millis, double reassignP50Millis, double reassignP99Millis, double verifyPerSecond,
                         int cores, int verifiesPerCash, long cacheHits, long cacheMisses) {
        public double verifyLimit() { return verifyPerSecond * cores / verifiesPerCash; }

        public String table() {
            return String.format(Locale.ROOT, """
                broker bench: %s, %d coins, %d cores
                  cash, batches of %d       %,10.0f ops/s
                  cash, one per request    %,10.0f ops/s   p50 %.2f ms   p99 %.2f ms
                  downtime reassignments   %,10.0f ops/s   p50 %.2f ms   p99 %.2f ms
                  Ed25519 verify           %,10.0f /s per core (this run)
                  verification limit       %,10.0f cash/s  (verify rate x %d cores / %d verifies per cash)
                  batched cash / limit     %10.2f
                  verify cache             %d hits, %d misses
                """, database, coins, cores, BATCH, batchedCashPerSecond, singleCashPerSecond, p50Millis, p99Millis, reassignPerSecond,
                reassignP50Millis, reassignP99Millis, verifyPerSecond, verifyLimit(), cores, verifiesPerCash, batchedCashPerSecond / verifyLimit(),
                cacheHits, cacheMisses);
        }
    }

    static final int BATCH = 256;
    private static final int CLIENTS = 4;

    private final CryptoProvider crypto = new BcEd25519();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long nonce;

    /**
     * Runs the bench: {@code coins} coins cashed in batches, as many one at a time, and as many reassigned through the
     * downtime protocol.
     *
     * @param dbUrl null for a SQLite file in a temporary directory
     */
    public Result run(String dbUrl, int coins) throws IOException, InterruptedException, org.ppay.node.store.StoreException {
        Path tmp = Files.createTempDirectory("ppay-broker-bench");
        String url = dbUrl != null ? dbUrl : "sqlite:" + tmp.resolve("broker.db");
        Signer brokerKey = crypto.signer(Hashes.sha256("bench-broker".getBytes()));
        long now = System.currentTimeMillis() / 1000;
        try (Database db = Database.open(url, "broker");
             BrokerService service = new BrokerService(new BrokerLog(db), brokerKey, crypto.verifier(), Params.defaults(), () -> System.currentTimeMillis() / 1000);
             BrokerServer server = new BrokerServer(service).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            Signer owner = party("owner"), holder = party("holder"), next = party("next");
            post(base + "/v1/accounts", join(owner, 1_000_000_000L, now));
            post(base + "/v1/accounts", join(holder, 1_000_000L, now));
            post(base + "/v1/accounts", join(next, 0, now));
            List<RawCoin> raw = buy(base, owner, 3 * coins, now);
            List<byte[]> cash = new ArrayList<>(), single = new ArrayList<>(), reassign = new ArrayList<>();
            Params p = Params.defaults();
            for (int i = 0; i < 3 * coins; i++) {
                RawCoin c = raw.get(i);
                long re = now + p.renewalWait();
                Assignment a = new Assignment(holder.id(), 1, now, now, re, c, false, owner.sign(Assignment.signedBytes(holder.id(), 1, now, now, re, c)));
                if (i < 2 * coins) (i < coins ? cash : single).add(new CashRequest(a, now, holder.sign(CashRequest.signedBytes(a, now))).encode());
                else reassign.add(new ReassignmentRequest(next.id(), a, holder.sign(ReassignmentRequest.signedBytes(next.id(), a))).encode());
            }
            double batched = timedBatches(base, cash);
            double[] singleLat = new double[coins];
            double singleRate = timedSingles(base + "/v1/cash", single, singleLat);
            double[] reassignLat = new double[coins];
            double reassignRate = timedSingles(base + "/v1/downtime/reassign", reassign, reassignLat);
            Arrays.sort(singleLat);
            Arrays.sort(reassignLat);
            return new Result(db.toString(), coins, batched, singleRate, reassignRate, pct(singleLat, 0.5), pct(singleLat, 0.99),
                pct(reassignLat, 0.5), pct(reassignLat, 0.99), verifyRate(), Runtime.getRuntime().availableProcessors(), 2,
                service.verifier().hits(), service.verifier().misses());
        } finally {
            try (var files = Files.walk(tmp)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private Signer party(String name) { return crypto.signer(Hashes.sha256(("bench:" + name).getBytes())); }

    private byte[] join(Signer s, long balance, long now) {
        long n = ++nonce;
        return new JoinRequest(s.id(), balance, 0, n, now, s.sign(JoinRequest.signedBytes(s.id(), balance, 0, n, now))).encode();
    }

    private List<RawCoin> buy(String base, Signer owner, int count, long now) throws IOException, InterruptedException {
        List<RawCoin> out = new ArrayList<>(count);
        while (out.size() < count) {
            int k = Math.min(255, count - out.size());
            long n = ++nonce;
            byte[] answer = post(base + "/v1/coins", new BuyRequest(owner.id(), k, n, now, owner.sign(BuyRequest.signedBytes(owner.id(), k, n, now))).encode());
            try {
                out.addAll(Codec.decode(answer, CoinSale.class).coins());
            } catch (org.ppay.core.PPayException e) {
                throw new IOException("the broker's coin sale did not decode: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private byte[] post(String url, byte[] message) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new Wire.Request(Wire.encode(message))))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        String answer = json.readTree(r.body()).path("answer").asText(null);
        return answer == null ? null : Wire.decode(answer);
    }

    /** Batches of {@link #BATCH} cash requests from {@link #CLIENTS} client threads; every outcome must be a receipt. */
    private double timedBatches(String base, List<byte[]> requests) throws InterruptedException {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += BATCH) {
            batches.add(requests.subList(i, Math.min(requests.size(), i + BATCH)).stream().map(Wire::encode).toList());
        }
        AtomicInteger nextBatch = new AtomicInteger();
        long start = System.nanoTime();
        runClients(() -> {
            for (int b; (b = nextBatch.getAndIncrement()) < batches.size(); ) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/cash/batch")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(new Wire.Batch(batches.get(b))))).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || r.body().contains("\"code\":\"")) throw new IOException("a batch was refused: " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            return null;
        });
        return requests.size() / ((System.nanoTime() - start) / 1e9);
    }

    private double timedSingles(String url, List<byte[]> requests, double[] latencyMillis) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runClients(() -> {
            for (int i; (i = next.getAndIncrement()) < requests.size(); ) {
                long t = System.nanoTime();
                post(url, requests.get(i));
                latencyMillis[i] = (System.nanoTime() - t) / 1e6;
            }
            return null;
        });
        return requests.size() / ((System.nanoTime() - start) / 1e9);
    }

    private interface Work { Void run() throws Exception; }

    private static void runClients(Work work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) done.add(pool.submit(work::run));
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
    }

    private static double pct(double[] sorted, double q) { return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))]; }

    /** Ed25519 verifications per second on one core, measured now on this machine with BouncyCastle. */
    private double verifyRate() {
        Signer s = party("verify-rate");
        byte[] m = new byte[200];
        var sig = s.sign(m);
        var v = crypto.verifier();
        PeerId id = s.id();
        for (int i = 0; i < 2_000; i++) v.verify(id, m, sig);
        int n = 0;
        long start = System.nanoTime(), end = start + 1_000_000_000L;
        while (System.nanoTime() < end) { if (v.verify(id, m, sig)) n++; }
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
