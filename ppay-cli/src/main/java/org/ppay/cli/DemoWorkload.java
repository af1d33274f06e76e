package org.ppay.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The demo's traffic, as the applications over the daemons would make it: GUESS queries (Section 6.1), each probing
 * the servers of the querying peer's pong cache one after another, every probe a service paid in picopayments (the
 * client's application allows the server's invoice, the server's invoices it), and a coin paid for the download
 * when a probe finds the file; and churn, a peer killed with SIGKILL and started again from its data a few seconds
 * later, so that owners are down while their coins are paid on (the downtime protocol, Section 3).
 */
final class DemoWorkload {
    static final int WORKERS = 2;
    /** A probe's chance to find what the query looks for: the query stops there and pays for the download. */
    static final double HIT = 0.25;
    /** Picopayments a probe costs at most (services: the results a server returns). */
    static final int MAX_SERVICES = 5;
    /** Seconds between kills, and how long a killed peer stays down, drawn from [min, min + spread). */
    static final int GAP_MILLIS = 2_000, GAP_SPREAD = 3_000, DOWN_MILLIS = 2_000, DOWN_SPREAD = 4_000;

    final AtomicLong queries = new AtomicLong(), probes = new AtomicLong(), downloads = new AtomicLong(), failed = new AtomicLong();
    /** Held while the frauds are played: no peer is killed meanwhile. */
    final ReentrantLock quiet = new ReentrantLock();
    /** Each query holds it to read; the frauds hold it to write, so they are played on a still network, and caught there. */
    final java.util.concurrent.locks.ReentrantReadWriteLock traffic = new java.util.concurrent.locks.ReentrantReadWriteLock();

    private final List<DemoPeer> peers;
    private final DemoProcesses processes;
    private final long seed;
    private final Map<DemoPeer, List<DemoPeer>> caches = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private volatile String problem;

    DemoWorkload(List<DemoPeer> peers, DemoProcesses processes, long seed) {
        this.peers = List.copyOf(peers);
        this.processes = processes;
        this.seed = seed;
        Random r = new Random(seed);
        for (DemoPeer p : peers) {
            List<DemoPeer> others = new ArrayList<>(peers);
            others.remove(p);
            Collections.shuffle(others, r);
            caches.put(p, List.copyOf(others.subList(0, Math.min(DemoConfig.CACHE_SIZE, others.size()))));
        }
    }

    /** Starts the query workers, and the churn if {@code churn}. */
    void start(boolean churn) {
        for (int i = 0; i < WORKERS; i++) {
            Random r = new Random(seed * 31 + i);
            threads.add(thread("demo-queries-" + i, () -> queries(r)));
        }
        if (churn) threads.add(thread("demo-churn", () -> churn(new Random(seed ^ 0x5eedL))));
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Stops the traffic and starts every peer still down again. */
    void stop() throws InterruptedException, IOException {
        stopped.countDown();
        for (Thread t : threads) t.join(TimeUnit.SECONDS.toMillis(DemoProcesses.START_SECONDS + 30));
        for (DemoPeer p : peers) if (!p.up()) processes.restart(p.daemon());
    }

    /** Why the churn could not start a peer again, or null. */
    String problem() { return problem; }

    long down() { return peers.stream().filter(p -> !p.up()).count(); }

    private boolean pause(long millis) {
        try {
            return !stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void queries(Random r) {
        while (stopped.getCount() > 0) {
            DemoPeer client = peers.get(r.nextInt(peers.size()));
            if (!client.up()) {
                pause(50);
                continue;
            }
            traffic.readLock().lock();
            try {
                query(client, r);
            } finally {
                traffic.readLock().unlock();
            }
        }
    }

    private void query(DemoPeer client, Random r) {
        queries.incrementAndGet();
        List<DemoPeer> cache = new ArrayList<>(caches.get(client));
        Collections.shuffle(cache, r);
        for (DemoPeer server : cache) {
            if (stopped.getCount() == 0) return;
            if (!server.up()) continue;                       // a dead cache entry: GUESS drops the probe, nothing is paid
            if (probe(client, server, 1 + r.nextInt(MAX_SERVICES)) && r.nextDouble() < HIT) {
                download(client, server);
                return;
            }
        }
    }

    /** One probe: the client allows the server's invoice for {@code n} services, and the server invoices it. */
    private boolean probe(DemoPeer client, DemoPeer server, int n) {
        try {
            client.allow(server, n);
            server.serve(client, n);
            probes.incrementAndGet();
            return true;
        } catch (WalletClient.Unreachable | WalletClient.Refused e) {
            failed.incrementAndGet();                         // a peer killed meanwhile, or one too busy to answer
            return false;
        }
    }

    private void download(DemoPeer client, DemoPeer server) {
        try {
            client.pay(server);
            downloads.incrementAndGet();
        } catch (WalletClient.Unreachable | WalletClient.Refused e) {
            failed.incrementAndGet();
        }
    }

    private void churn(Random r) {
        while (pause(GAP_MILLIS + r.nextInt(GAP_SPREAD))) {
            quiet.lock();
            try {
                List<DemoPeer> up = peers.stream().filter(DemoPeer::up).toList();
                if (up.size() < 2) continue;
                DemoPeer victim = up.get(r.nextInt(up.size()));
                processes.kill(victim.daemon());
                pause(DOWN_MILLIS + r.nextInt(DOWN_SPREAD));
                processes.restart(victim.daemon());
            } catch (IOException e) {
                problem = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                quiet.unlock();
            }
        }
    }
}
