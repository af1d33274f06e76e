package org.ppay.node.peer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.ppay.core.Params;
import org.ppay.core.crypto.Hashes;
import org.ppay.crypto.BcEd25519;
import org.ppay.node.broker.BrokerServer;
import org.ppay.node.broker.BrokerService;
import org.ppay.node.store.BrokerLog;
import org.ppay.node.store.Database;

/**
 * A broker and peer daemons on real loopback sockets in this JVM, on one clock the test moves. Daemons keep their data
 * directories across restarts; upkeep and the outbox's rounds are off, so the test decides every step.
 */
final class Cluster implements AutoCloseable {
    final AtomicLong clock = new AtomicLong(1_700_000_000);
    final Path dir;
    final Params params;
    private final Database db;
    private final BrokerService service;
    private final BrokerServer server;
    private final Map<String, PeerDaemon> daemons = new LinkedHashMap<>();

    Cluster(Path dir, Params params) throws Exception {
        this.dir = dir;
        this.params = params;
        this.db = Database.open("sqlite:" + dir.resolve("broker.db"), "broker");
        BcEd25519 crypto = new BcEd25519();
        this.service = new BrokerService(new BrokerLog(db), crypto.signer(Hashes.sha256(new byte[] {42})), crypto.verifier(), params, clock::get);
        this.server = new BrokerServer(service).start("127.0.0.1", 0);
    }

    String brokerUrl() { return "http://127.0.0.1:" + server.port(); }

    BrokerService broker() { return service; }

    PeerDaemon start(String name) throws Exception { return start(name, b -> b); }

    /** Starts (or starts again) the daemon whose data directory is {@code dir/name}. */
    PeerDaemon start(String name, UnaryOperator<PeerConfig.Builder> config) throws Exception {
        PeerConfig cfg = config.apply(PeerConfig.builder(brokerUrl(), dir.resolve(name)).upkeepEvery(0).deliverEvery(0).clock(clock::get)).build();
        PeerDaemon d = PeerDaemon.start(cfg);
        daemons.put(name, d);
        return d;
    }

    /** Closes the daemon: its process ends, its data directory stays. */
    void stop(String name) {
        PeerDaemon d = daemons.remove(name);
        if (d != null) d.close();
    }

    PeerDaemon get(String name) { return daemons.get(name); }

    /**
     * Takes {@code d}'s core for {@code millis}, as a long step of its own would; returns once the core is taken, with
     * what completes when it is given back.
     */
    static java.util.concurrent.CompletableFuture<Void> busy(PeerDaemon d, long millis) throws InterruptedException {
        java.util.concurrent.CountDownLatch taken = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> held = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                d.read(p -> {
                    taken.countDown();
                    pause(millis);
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        taken.await();
        return held;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The broker's totals: money in, fee and penalty income, escrow. */
    com.fasterxml.jackson.databind.JsonNode books() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(brokerUrl() + "/v1/books")).build(),
            HttpResponse.BodyHandlers.ofString());
        return Local.JSON.readTree(r.body());
    }

    /** Every account's balance, deposit and prepaid value, plus the broker's income and escrow, is the money that entered. */
    void assertConserved(PeerDaemon... accounts) throws Exception {
        long held = 0;
        for (PeerDaemon d : accounts) {
            com.fasterxml.jackson.databind.JsonNode a = Local.of(d).balance().ok().body().get("account");
            held += a.get("balance").asLong() + a.get("deposit").asLong() + a.get("prepaid").asLong();
        }
        com.fasterxml.jackson.databind.JsonNode books = books();
        long income = books.get("feeIncome").asLong() + books.get("penaltyIncome").asLong() + books.get("escrowCoins").asLong() * params.coinValue();
        if (held + income != books.get("moneyIn").asLong() || !books.get("conserved").asBoolean()) {
            throw new AssertionError("accounts hold " + held + " and the broker " + income + ", but " + books.get("moneyIn") + " entered");
        }
    }

    @Override public void close() {
        for (PeerDaemon d : daemons.values()) d.close();
        daemons.clear();
        server.close();
        service.close();
        db.close();
    }
}
