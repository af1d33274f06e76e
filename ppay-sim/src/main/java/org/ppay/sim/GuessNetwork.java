package org.ppay.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.ppay.core.Params;

/**
 * The GUESS network both engines simulate (Section 6): peers with shared files and availability, pong caches,
 * churn, Poisson queries probing the caches, the event loop and its counts. Everything random is drawn here,
 * in one order, so an engine only decides how a probe is paid and what upkeep does: two engines given the same
 * seed see the very same network, queries and probes. The engine is a {@link Protocol}.
 */
public final class GuessNetwork {
    private static final int TOGGLE = 0, QUERY = 1, MAINTAIN = 2, SAMPLE = 3;
    private static final double DAY = 86_400, HOUR = 3_600, MINUTE = 60;
    /** GUESS message sizes on the application level (docs/cost-model.md): a query probe and its answer. */
    static final int QUERY_BYTES = 46, REPLY_BYTES = 37, HIT_BYTES = 90;
    /**
     * The payer's ping of a coin's owner and the owner's answer (Sections 3, 6.3): a Gnutella ping (its 23-byte
     * header, no payload) and one pong (header and 14-byte payload, as {@link #REPLY_BYTES}); docs/cost-model.md.
     */
    static final int PING_BYTES = 23, PONG_BYTES = REPLY_BYTES;

    /** What an engine does for the network: the protocol's side of every step, peers named by index. */
    public interface Protocol {
        /**
         * One picopayment from q to j for a probe of pong-cache entry {@code entry}; false when j serves q nothing.
         * The credit line is the pair's, not the entry's: under {@link CacheModel#GUESS} an entry changes peers, and a
         * peer that meets a counterpart again continues their window. An engine may keep a line per entry while the
         * entry holds the same peer.
         */
        boolean payProbe(int q, int j, int entry, long now);

        /** Peer p came back online: it catches up with what the broker did for its coins (Section 3). */
        void comeBack(int p, long now);

        /** Daily upkeep of an online peer, and whenever it comes back (Section 5.3). */
        void maintain(int p, long now);

        /** Proofs of relinquishment all owners store now (Figure 5's state). */
        long peerProofs();

        /** Proofs of relinquishment the broker stores now. */
        long brokerProofs();

        /** At the end every peer leaves and cashes every coin it holds (Section 6.3). */
        void leaveAndCashEverything(long now);

        /** l_i of peer p at the end (soft credit windows; 0 otherwise). */
        long creditLoss(int p);

        /** Whether the broker's books balance. */
        boolean moneyConserved();

        /** Called after each event (the core engine's invariant checks). */
        default void afterEvent(long processed) {}

        /** Called once the simulated period is over, before everyone cashes out. */
        default void periodOver() {}
    }

    private final SimConfig cfg;
    private final Params params;
    private final TaskMeter brokerMeter = new TaskMeter();
    private final TaskMeter peerMeter = new TaskMeter();
    private final SimStats stats = new SimStats();
    private final EventQueue events = new EventQueue();
    private final SplittableRandom churnRng, queryRng, paywordRng, cacheRng;
    private final Inputs inputs;
    private final double end, f0, k;
    private final int n, c;
    private final int[] files, cache, epoch, probeOrder, probeList;
    private final PongCaches caches;
    /**
     * Unordered pairs of peers (lo, hi) that exchanged a picopayment, and per peer its count; in a large network
     * (a hashed set), per entry the peer last counted, so that most probes skip the look-up.
     */
    private final PairBits met;
    private final int[] metPeer, counterparts;
    private final double[] availability, nextToggle;
    private final boolean[] online;
    private final int lazyCount;
    private double now;
    private int onlineCount;
    /** Probes sent; their answers and hits are {@link SimStats#probes} and {@link SimStats#hits}. */
    private long probesSent;

    public GuessNetwork(SimConfig cfg) {
        this.cfg = cfg;
        this.inputs = Inputs.load();
        this.params = params(cfg);
        SplittableRandom root = new SplittableRandom(cfg.seed());
        SplittableRandom initRng = root.split();
        this.churnRng = root.split();
        this.queryRng = root.split();
        this.paywordRng = root.split();
        this.cacheRng = root.split();          // split last: the streams above draw as they did before caches had one
        this.end = cfg.days() * DAY;
        this.f0 = inputs.f0();
        this.k = inputs.k();
        this.n = cfg.peers();
        this.c = cfg.cacheSize();
        this.probeOrder = new int[c];
        this.probeList = new int[c];
        this.files = new int[n];
        this.availability = new double[n];
        this.nextToggle = new double[n];
        this.online = new boolean[n];
        this.epoch = new int[n];
        this.cache = new int[Math.multiplyExact(n, c)];      // one table of every pong cache; refuses an overflowing size
        this.lazyCount = (int) Math.round(n * cfg.lazyPercent() / 100.0);
        for (int i = 0; i < n; i++) {
            files[i] = (int) Math.round(inputs.files().quantile(initRng.nextDouble()));
            availability[i] = inputs.uptime().quantile(initRng.nextDouble());
        }
        for (int i = 0; i < n; i++) {
            // c distinct random peers other than i (partial Fisher-Yates over a virtual array via a map)
            Map<Integer, Integer> swapped = new HashMap<>();
            for (int j = 0; j < c; j++) {
                int r = j + initRng.nextInt(n - 1 - j);
                int vr = swapped.getOrDefault(r, r), vj = swapped.getOrDefault(j, j);
                swapped.put(r, vj);
                cache[i * c + j] = vr >= i ? vr + 1 : vr;              // skip self
            }
        }
        this.caches = new PongCaches(n, c, cache, cfg.caches(), cacheRng);
        this.met = new PairBits(n, cache.length);
        this.metPeer = met.isDense() ? null : new int[cache.length];
        if (metPeer != null) Arrays.fill(metPeer, -1);
        this.counterparts = new int[n];
        for (int p = 0; p < n; p++) {
            double meanOn = cfg.lifespanMultiplier() * inputs.session().mean();
            double meanOff = cfg.downtimeMultiplier() * inputs.session().mean() * (1 - availability[p]) / availability[p];
            online[p] = initRng.nextDouble() < meanOn / (meanOn + meanOff);
            if (online[p]) onlineCount++;
            scheduleToggle(p);
            if (online[p]) scheduleQuery(p);
            events.add(initRng.nextDouble() * DAY, MAINTAIN, p, 0);
        }
        events.add(0, SAMPLE, 0, 0);
    }

    /** The protocol parameters of a run: Table 1's, with a certificate that outlives it. */
    public static Params params(SimConfig cfg) {
        return Params.builder().maxLayers(cfg.maxLayers()).renewalWait(Math.round(cfg.renewalWaitDays() * DAY))
            .creditWindowType(cfg.creditWindowType()).creditWindowSize(cfg.creditWindowSize()).netLossCap(cfg.netLossCap())
            .certificateLifetime(Math.round((cfg.days() + 1) * DAY)).build();
    }

    public SimConfig config() { return cfg; }

    public Params protocolParams() { return params; }

    public int peers() { return n; }

    public int cacheSize() { return c; }

    /**
     * The peer in pong-cache entry {@code entry} = i * cacheSize + s of peer i now, −1 for a slot left free; under
     * {@link CacheModel#GUESS} entries change during the run (docs/simulation-inputs.md, Section 8).
     */
    public int cached(int entry) { return cache[entry]; }

    public boolean online(int p) { return online[p]; }

    /**
     * When peer p next goes online or offline: churn is drawn one toggle ahead, so an offline peer stays offline
     * until then (the fast engine's coin choice leans on it).
     */
    public double nextToggle(int p) { return nextToggle[p]; }

    /** A lazy peer never pays a coin (Section 7.2.3): the first lazyPercent of the peers. */
    public boolean lazy(int p) { return p < lazyCount; }

    /** Simulated time now, in seconds. */
    public double now() { return now; }

    public TaskMeter brokerMeter() { return brokerMeter; }

    public TaskMeter peerMeter() { return peerMeter; }

    public SimStats stats() { return stats; }

    /** The stream Payword chain seeds come from (the core engine's; they change no count). */
    public SplittableRandom paywordRng() { return paywordRng; }

    /** Runs to the end, lets every peer leave and cash everything (Section 6.3), and returns the result. */
    public SimResult run(Protocol protocol, BiConsumer<Double, Long> progress) {
        brokerMeter.reset();                      // set-up (accounts, certificates) is not load
        peerMeter.reset();
        long wallStart = System.nanoTime();
        long processed = 0;
        double lastT = 0;
        while (events.size() > 0 && events.peekTime() <= end) {
            double t = events.peekTime();
            int kind = events.peekKind(), p = events.peekPeer(), ep = events.peekEpoch();
            events.pop();
            stats.onlineSeconds += onlineCount * (t - lastT);
            lastT = t;
            now = t;
            processed++;
            switch (kind) {
                case TOGGLE -> toggle(protocol, p);
                case QUERY -> { if (online[p] && epoch[p] == ep) { query(protocol, p); scheduleQuery(p); } }
                case MAINTAIN -> { if (online[p]) protocol.maintain(p, (long) now); events.add(now + DAY, MAINTAIN, p, 0); }
                case SAMPLE -> { sample(protocol); events.add(now + HOUR, SAMPLE, 0, 0); }
                default -> throw new IllegalStateException("unknown event " + kind);
            }
            if (progress != null && (processed & 0xFFFF) == 0) progress.accept(now, processed);
            protocol.afterEvent(processed);
        }
        stats.onlineSeconds += onlineCount * (end - lastT);
        now = end;
        peerMeter.guess(probesSent, stats.probes, stats.hits, QUERY_BYTES, REPLY_BYTES, HIT_BYTES);
        peerMeter.ownerPings(stats.reassignOwner, stats.reassignBroker, PING_BYTES, PONG_BYTES);   // one ping before each reassignment
        double[] reciprocity = caches.reciprocity(online);
        SimResult.Caches cacheFigures = new SimResult.Caches(cfg.caches(), reciprocity[0], reciprocity[1], counterparts.clone());
        protocol.periodOver();
        protocol.leaveAndCashEverything((long) now);
        stats.events = processed;
        long[] loss = new long[n];
        boolean[] lazy = new boolean[n];
        for (int p = 0; p < n; p++) {
            loss[p] = protocol.creditLoss(p);
            lazy[p] = lazy(p);
        }
        return SimResult.of(cfg, stats, brokerMeter, peerMeter, loss, lazy, (System.nanoTime() - wallStart) / 1e9, protocol.moneyConserved(),
            cacheFigures);
    }

    private void scheduleToggle(int p) {
        double minutes;
        if (online[p]) {
            minutes = cfg.lifespanMultiplier() * inputs.session().quantile(churnRng.nextDouble());
        } else {
            minutes = cfg.downtimeMultiplier() * inputs.session().quantile(churnRng.nextDouble()) * (1 - availability[p]) / availability[p];
        }
        nextToggle[p] = now + Math.max(1, minutes) * MINUTE;
        events.add(nextToggle[p], TOGGLE, p, 0);
    }

    private void toggle(Protocol protocol, int p) {
        online[p] = !online[p];
        epoch[p]++;
        onlineCount += online[p] ? 1 : -1;
        if (online[p]) {
            protocol.comeBack(p, (long) now);            // audit what the broker did meanwhile (Section 3)
            protocol.maintain(p, (long) now);            // a returning peer renews what it must at once
            scheduleQuery(p);
        }
        scheduleToggle(p);
    }

    private void scheduleQuery(int p) {
        double gap = -Math.log(1 - queryRng.nextDouble()) / cfg.queryRate();
        events.add(now + gap, QUERY, p, epoch[p]);
    }

    /**
     * GUESS (Section 6): probe the pong cache in random order until a peer returns a result; pay each online peer
     * probed. The query works through the peers cached when it began (a peer learnt meanwhile waits for the next
     * query, so none is probed twice: GUESS 0.1, 2.1, rule 4); under {@link CacheModel#GUESS} each probe keeps the
     * caches up ({@link PongCaches}).
     */
    private void query(Protocol protocol, int q) {
        stats.queries++;
        double selection = f0 * Math.pow(queryRng.nextDouble(), k);     // this query's match power (docs/simulation-inputs.md §6)
        double missPerFile = Math.log1p(-selection);
        System.arraycopy(cache, q * c, probeList, 0, c);
        for (int i = 0; i < c; i++) probeOrder[i] = i;
        for (int i = 0; i < c; i++) {
            int r = i + queryRng.nextInt(c - i);
            int slot = probeOrder[r];
            probeOrder[r] = probeOrder[i];
            int entry = q * c + slot, j = probeList[slot];
            if (j < 0) continue;                                             // a free slot: nobody to probe
            probesSent++;                                                    // metered at the end, with answers and hits
            if (!online[j]) {                                                // no answer, nothing to pay
                caches.offline(q, j, slot);
                continue;
            }
            if (!protocol.payProbe(q, j, entry, (long) now)) continue;     // j gives q no credit and q cannot pay
            stats.probes++;
            stats.picopayments++;
            if (metPeer == null) meet(q, j);
            else if (metPeer[entry] != j) {
                metPeer[entry] = j;
                meet(q, j);
            }
            caches.served(q, j);
            boolean hit = files[j] > 0 && below(queryRng.nextDouble(), files[j] * missPerFile);
            if (hit) { stats.hits++; return; }
        }
    }

    /** Counts q and j as each other's counterparts the first time a picopayment passes between them. */
    private void meet(int q, int j) {
        if (!met.add(Math.min(q, j), Math.max(q, j))) return;
        counterparts[q]++;
        counterparts[j]++;
    }

    /**
     * {@code u < -Math.expm1(y)} for y ≤ 0 (whether a peer sharing files has a match), exactly, with {@code expm1}
     * only when u is near the threshold: 1 − e^y lies in [−y − y²/2, −y], {@code Math.expm1} is within one ulp
     * of it, and the bounds are computed to a few ulps (the lower one only for |y| < 1, clear of cancellation), so
     * a u clear of them by a relative 10^−12 is answered by them. Most are: the answer probability is small.
     */
    static boolean below(double u, double y) {
        double upper = -y;
        if (u >= upper * (1 + 1e-12)) return false;
        if (upper < 1 && u < (upper - 0.5 * y * y) * (1 - 1e-12)) return true;
        return u < -Math.expm1(y);
    }

    private void sample(Protocol protocol) {
        stats.peerProofSamples += (double) protocol.peerProofs() / n;
        stats.brokerProofSamples += protocol.brokerProofs();
        stats.samples++;
    }
}
