package org.ppay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ppay.node.peer.Tally;

/**
 * One {@code ppay demo} (docs/daemons.md): a broker and the peer daemons as processes of their own, the rogue in this
 * process, the query workload with churn, the frauds played a fifth of the way in, then every peer leaves (cashing
 * what it holds) and the books are checked against every account. The caller ends the processes ({@link #close}).
 */
final class DemoRun implements AutoCloseable {
    /** Peers started at once: each start is a JVM and a journal served again, on 2 cores. */
    private static final int STARTING_AT_ONCE = 4;
    /** How long the end waits for the outboxes to deliver: payees are all up, so one round normally does. */
    private static final int OUTBOX_SECONDS = 60;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final DemoConfig cfg;
    private final long seed;
    private final Path dir;
    private final Consumer<String> say;
    final DemoProcesses processes;
    private final List<DemoPeer> peers = new ArrayList<>();
    private volatile DemoRogue rogue;
    private volatile DemoWorkload workload;
    private String broker;
    private DemoProcesses.Daemon brokerDaemon;
    private final long started = System.nanoTime();

    /** @param say where the run reports its phases (stderr) */
    DemoRun(DemoConfig cfg, long seed, Path dir, Consumer<String> say) {
        this.cfg = cfg;
        this.seed = seed;
        this.dir = dir;
        this.say = say;
        this.processes = new DemoProcesses(dir);
    }

    /** Starts the broker, the peers and, if {@code withRogue}, the rogue. */
    void start(boolean withRogue) throws Exception {
        int port = DemoProcesses.freePort();
        broker = "http://127.0.0.1:" + port;
        say.accept("starting a broker and " + cfg.peers() + " peer daemons on 127.0.0.1 (their data in " + dir + ")");
        brokerDaemon = processes.start("broker", "broker", "--db", "sqlite:" + dir.resolve("broker.db"), "--port", Integer.toString(port),
            "--key", dir.resolve("broker.key").toString(), "--renewal-wait", Long.toString(DemoConfig.RENEWAL_WAIT));
        ExecutorService pool = Executors.newFixedThreadPool(STARTING_AT_ONCE);
        try {
            List<Future<DemoPeer>> starting = new ArrayList<>();
            for (int i = 1; i <= cfg.peers(); i++) {
                String name = "p" + i;
                String scheme = i % 2 == 0 ? "ppay-star" : "ppay";   // half prefer the broker to printing when owners are down
                starting.add(pool.submit(() -> DemoPeer.of(name, dir.resolve(name), processes.start(name, "peer", "--broker", broker, "--data",
                    dir.resolve(name).toString(), "--upkeep-every", Long.toString(DemoConfig.UPKEEP_EVERY), "--scheme", scheme))));
            }
            for (Future<DemoPeer> f : starting) peers.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        if (withRogue) rogue = DemoRogue.start(dir.resolve("rogue"), broker);
    }

    /** The broker's process, for a test that kills it too. */
    DemoProcesses.Daemon broker() { return brokerDaemon; }

    /** Runs the workload for the configured time, the frauds a fifth of the way in; {@code tick} is told the time left. */
    List<DemoSummary.Played> traffic(Runnable tick) throws Exception {
        workload = new DemoWorkload(peers, processes, seed);
        workload.start(true);
        long end = System.currentTimeMillis() + cfg.workloadMillis(), fraudsAt = System.currentTimeMillis() + cfg.workloadMillis() / 5;
        List<DemoSummary.Played> played = null;
        while (System.currentTimeMillis() < end || played == null) {
            if (played == null && System.currentTimeMillis() >= fraudsAt) played = rogue == null ? List.of() : frauds();
            tick.run();
            Thread.sleep(Math.max(1, Math.min(250, end - System.currentTimeMillis())));
        }
        say.accept("stopping the workload; killed peers start again");
        workload.stop();
        if (workload.problem() != null) throw new IOException(workload.problem());
        return played;
    }

    /** The rogue's two frauds, played while no peer is killed and no query runs. */
    private List<DemoSummary.Played> frauds() throws Exception {
        workload.quiet.lock();
        workload.traffic.writeLock().lock();
        try {
            for (DemoPeer p : peers) if (!p.up()) processes.restart(p.daemon());
            List<DemoPeer> s = new ArrayList<>(peers);
            Collections.shuffle(s, new Random(seed ^ 0xf4a0dL));
            List<DemoPeer> victims = new ArrayList<>(s);
            victims.remove(1);
            DemoRogue.Fraud spent = rogue.doubleSpend(s.get(0), s.get(1), victims);
            say.accept("the rogue paid on a coin it was paid and layered a copy of it to " + spent.victim());
            List<DemoPeer> others = new ArrayList<>(s);
            others.remove(2);
            DemoRogue.Fraud printed = rogue.doublePrint(s.get(2), others);
            say.accept("the rogue printed a serial twice: to " + s.get(2) + " and to " + printed.victim());
            return List.of(played(spent), played(printed));
        } finally {
            workload.traffic.writeLock().unlock();
            workload.quiet.unlock();
        }
    }

    private static DemoSummary.Played played(DemoRogue.Fraud f) { return new DemoSummary.Played(f.kind(), f.coin(), f.victim(), false); }

    /** Payments still in outboxes are delivered first (every peer is up again), then every honest peer leaves, cashing what it holds, then the rogue tries to. */
    void leave() throws InterruptedException {
        List<DemoPeer> everyone = new ArrayList<>(peers);
        if (rogue != null) everyone.add(rogue.peer);
        int waiting = deliverOutboxes(everyone);
        say.accept("every peer leaves: its coins are cashed, its account closed" + (waiting == 0 ? "" : " (" + waiting + " payments still in outboxes)"));
        for (DemoPeer p : everyone) leave(p);
    }

    /** Has every outbox tried its payments now, until none waits or {@value #OUTBOX_SECONDS} s have passed; how many still wait. */
    private static int deliverOutboxes(List<DemoPeer> everyone) throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(OUTBOX_SECONDS);
        for (;;) {
            int waiting = 0;
            for (DemoPeer p : everyone) waiting += deliver(p);
            if (waiting == 0 || System.nanoTime() > until) return waiting;
            Thread.sleep(1_000);
        }
    }

    private static int deliver(DemoPeer p) {
        try {
            return p.post("/local/v1/outbox/deliver", Map.of()).get("waiting").asInt();
        } catch (WalletClient.Refused | WalletClient.Unreachable e) {
            return 1;                                            // busy or restarting: it may still hold some
        }
    }

    private void leave(DemoPeer p) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                p.post("/local/v1/leave", Map.of());
                return;
            } catch (WalletClient.Refused e) {
                if (!e.code.equals("OFFLINE")) return;           // booted (the rogue), or left already
            } catch (WalletClient.Unreachable e) {
                // busy or restarting: again
            }
            Thread.sleep(1_000);
        }
    }

    /** What the daemons did and what the broker proved, the books checked against every account. */
    DemoSummary summary(List<DemoSummary.Played> played) throws Exception {
        List<DemoPeer> everyone = new ArrayList<>(peers);
        DemoPeer cheat = rogue == null ? null : rogue.peer;
        if (cheat != null) everyone.add(cheat);
        Map<String, String> names = new HashMap<>();
        for (DemoPeer p : everyone) names.put(p.id(), p.name());
        Tally done = Tally.NONE;
        List<String> honestPunished = new ArrayList<>();
        for (DemoPeer p : everyone) {
            done = done.plus(WalletClient.JSON.treeToValue(p.get("/local/v1/tally"), Tally.class));
            if (p != cheat && account(p, p.get("/local/v1/balance")).get("frauds").asLong() > 0) honestPunished.add(p.name());
        }
        List<DemoSummary.Proven> proven = new ArrayList<>();
        for (JsonNode f : brokerGet(broker, "/v1/frauds").get("frauds")) {
            String culprit = names.getOrDefault(f.get("culprit").asText(), "an unknown peer");
            proven.add(new DemoSummary.Proven(culprit, f.get("kind").asText(), coin(f.get("coin").asText(), names)));
            if ((cheat == null || !culprit.equals(cheat.name())) && !honestPunished.contains(culprit)) honestPunished.add(culprit);
        }
        List<DemoSummary.Played> frauds = new ArrayList<>();
        for (DemoSummary.Played f : played) {
            String coin = coin(f.coin(), names);
            boolean caught = proven.stream().anyMatch(p -> p.culprit().equals(cheat.name()) && p.coin().equals(coin));
            frauds.add(new DemoSummary.Played(f.kind(), coin, f.victim(), caught));
        }
        DemoSummary.Books books = books(broker, everyone);
        DemoSummary.Workload w = new DemoSummary.Workload(workload.queries.get(), workload.probes.get(), workload.downloads.get(), workload.failed.get(),
            processes.kills(), processes.restarts());
        boolean ok = books.balance() && frauds.stream().allMatch(DemoSummary.Played::caught) && honestPunished.isEmpty();
        return new DemoSummary(seed, cfg.peers(), cfg.minutes(), (System.nanoTime() - started) / 1e9, w, done, frauds, proven, honestPunished, books,
            books.balance(), ok);
    }

    /**
     * The broker's totals against every account's signed statement, with the coins still in wallets and still waiting
     * in outboxes (a coin its payer gave up and its payee never took is in no wallet).
     */
    static DemoSummary.Books books(String broker, List<DemoPeer> everyone) throws Exception {
        long accounts = 0, coinsHeld = 0, inOutboxes = 0;
        for (DemoPeer p : everyone) {
            JsonNode balance = p.get("/local/v1/balance"), a = account(p, balance);
            accounts += a.get("balance").asLong() + a.get("deposit").asLong() + a.get("prepaid").asLong();
            coinsHeld += balance.get("coinsHeld").asLong();
            inOutboxes += p.get("/local/v1/status").get("outbox").asLong();
        }
        JsonNode b = brokerGet(broker, "/v1/books");
        long coinValue = brokerGet(broker, "/v1/params").get("coinValue").asLong();
        return new DemoSummary.Books(b.get("moneyIn").asLong(), accounts, b.get("feeIncome").asLong(), b.get("penaltyIncome").asLong(),
            b.get("escrowCoins").asLong() * coinValue, b.get("conserved").asBoolean(), coinsHeld, inOutboxes);
    }

    /** The broker's signed statement in a peer's balance. */
    private static JsonNode account(DemoPeer p, JsonNode balance) throws IOException {
        JsonNode a = balance.path("account");
        if (a.isMissingNode() || a.isNull()) throw new IOException("the broker gave " + p + " no statement");
        return a;
    }

    /** {@code p3:17}: a coin by its owner's name. */
    private static String coin(String text, Map<String, String> names) {
        int colon = text.lastIndexOf(':');
        return names.getOrDefault(text.substring(0, colon), "?") + text.substring(colon);
    }

    static JsonNode brokerGet(String broker, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(broker + path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("the broker answered " + path + " with HTTP " + r.statusCode());
        return WalletClient.JSON.readTree(r.body());
    }

    /** For progress: peers down now, kills so far, queries so far. */
    String status() {
        DemoWorkload w = workload;
        if (w == null) return "starting";
        return String.format(java.util.Locale.ROOT, "%,d queries, %,d probes, %d peers down, %d killed so far", w.queries.get(), w.probes.get(), w.down(), processes.kills());
    }

    /** Ends every process, then the rogue's daemon. */
    @Override public void close() {
        processes.close();
        DemoRogue r = rogue;
        if (r != null) r.close();
    }
}
