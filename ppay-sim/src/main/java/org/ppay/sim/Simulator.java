package org.ppay.sim;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.broker.Broker;
import org.ppay.core.credit.CreditLine;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Network;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.Message;
import org.ppay.core.role.Owner;
import org.ppay.core.role.PaymentPlan;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;
import org.ppay.core.role.Scheme;
import org.ppay.crypto.CountingCrypto;

/**
 * Discrete-event simulation of PPay on a GUESS file-sharing network (Sections 6 and 7): churn, queries
 * probing pong caches, one picopayment per probe of an online peer, coins paid as credit windows fill. Every
 * picopayment, coin payment, renewal and cash is a step of the protocol core's {@link Exchange}, carried by a
 * simulated {@link Network} to the core's {@link Peer}s and {@link Broker}, with the cost-counting signer; the
 * counted actions are priced afterwards. Deterministic: all randomness comes from {@link SimConfig#seed()}.
 */
public final class Simulator {
    private static final int TOGGLE = 0, QUERY = 1, MAINTAIN = 2, SAMPLE = 3;
    private static final double DAY = 86_400, HOUR = 3_600, MINUTE = 60;
    /** Serials per limit certificate: "large enough to handle each peer's needs" (Section 6.3). */
    static final long CERTIFICATE_COINS = 1_000_000;
    /** GUESS message sizes on the application level (docs/cost-model.md): a query probe and its answer. */
    static final int QUERY_BYTES = 46, REPLY_BYTES = 37, HIT_BYTES = 90;

    private final SimConfig cfg;
    private final Params params;
    private final CountingCrypto crypto = new CountingCrypto();
    private final TaskMeter brokerMeter = new TaskMeter();
    private final TaskMeter peerMeter = new TaskMeter();
    private final Broker broker;
    private final SimPeer[] peers;
    private final Map<PeerId, SimPeer> byId = new HashMap<>();
    private final Map<PeerId, SimPeer> byIdentity = new java.util.IdentityHashMap<>();
    private final SimNetwork network = new SimNetwork();
    private final int[] cache;
    /**
     * Credit lines per pong-cache entry i*c+s, made on first probe: the querier paying the cached peer. GUESS
     * probes the same caches on every query, so the simulator keeps the lines (and the core windows' links in
     * them) instead of looking peers up (a profile had map lookups at a quarter of the run time).
     */
    private final CreditLine[] lines;
    private final EventQueue events = new EventQueue();
    private final SplittableRandom churnRng, queryRng, paywordRng;
    private final Inputs inputs;
    private final double end;
    private final double f0, k;
    private final int[] probeOrder;
    private double now;
    private int onlineCount;
    private final SimStats stats = new SimStats();
    private long invariantCheckEvery;
    private final List<String> invariantViolations = new java.util.ArrayList<>();

    /**
     * One simulated peer: the core's {@link Peer} (owner, holder, credit window over one key), its exchange over
     * the simulated network, and what the simulation keeps of it: files shared, availability, churn state.
     */
    static final class SimPeer {
        final int index;
        final Peer peer;
        final Exchange exchange;
        final int files;
        final double availability;
        boolean online;
        int epoch;

        SimPeer(int index, Peer peer, Exchange exchange, int files, double availability) {
            this.index = index; this.peer = peer; this.exchange = exchange; this.files = files; this.availability = availability;
        }

        PeerId id() { return peer.id(); }

        boolean lazy() { return peer.lazy(); }
    }

    /** The simulated network: every message is delivered at once to an online peer; the broker is always up. */
    private final class SimNetwork implements Network {
        @Override public boolean online(PeerId peer) { return peer(peer).online; }

        @Override public Message send(PeerId to, Message m) throws PPayException {
            SimPeer p = peer(to);
            if (!p.online) throw new PPayException(ErrorCode.OFFLINE, to + " is offline");
            return p.peer.receive(m, this, (long) now);
        }

        @Override public Message broker(Message m) throws PPayException { return broker.receive(m, (long) now); }
    }

    public Simulator(SimConfig cfg) { this(cfg, ProofRetention.KEEP); }

    /**
     * A simulation whose owners keep their proofs as {@code proofs} says. {@link ProofRetention#COUNT} gives the
     * same run (every count, load and state figure) in a fraction of the memory, but owners could not refute a
     * stale claim: for honest networks too large to hold every proof.
     */
    public Simulator(SimConfig cfg, ProofRetention proofs) {
        this.cfg = cfg;
        this.inputs = Inputs.load();
        this.params = Params.builder().maxLayers(cfg.maxLayers()).renewalWait(Math.round(cfg.renewalWaitDays() * DAY))
            .creditWindowType(cfg.creditWindowType()).creditWindowSize(cfg.creditWindowSize()).netLossCap(cfg.netLossCap())
            .certificateLifetime(Math.round((cfg.days() + 1) * DAY)).build();
        SplittableRandom root = new SplittableRandom(cfg.seed());
        SplittableRandom initRng = root.split();
        this.churnRng = root.split();
        this.queryRng = root.split();
        this.paywordRng = root.split();
        this.end = cfg.days() * DAY;
        this.f0 = inputs.f0();
        this.k = inputs.k();
        this.probeOrder = new int[cfg.cacheSize()];
        Signer brokerKey = crypto.signer(seed("broker", 0));
        this.broker = new Broker(new RoleContext(brokerKey, crypto.verifier(), crypto.hasher(), brokerKey.id(), params, brokerMeter));
        int n = cfg.peers();
        this.peers = new SimPeer[n];
        this.cache = new int[Math.multiplyExact(n, cfg.cacheSize())];      // one table of every pong cache
        this.lines = new CreditLine[cache.length];
        long lazyCount = Math.round(n * cfg.lazyPercent() / 100.0);
        Peer.Entropy entropy = new SimEntropy();
        for (int i = 0; i < n; i++) {
            Signer key = crypto.signer(seed("peer", i));
            int files = (int) Math.round(inputs.files().quantile(initRng.nextDouble()));
            double a = inputs.uptime().quantile(initRng.nextDouble());
            // each peer its own context: its own memory of the coins it verified
            Peer peer = new Peer(new RoleContext(key, crypto.verifier(), crypto.hasher(), brokerKey.id(), params, peerMeter), proofs, entropy);
            peer.lazy(i < lazyCount);
            SimPeer p = new SimPeer(i, peer, new Exchange(peer, network), files, a);
            peers[i] = p;
            byId.put(key.id(), p);
            byIdentity.put(key.id(), p);
            try {
                join(key, entropy);
                LimitCertificate cert = (LimitCertificate) broker.receive(new LimitRequest(key.id(), 1, CERTIFICATE_COINS, i, 0,
                    key.sign(LimitRequest.signedBytes(key.id(), 1, CERTIFICATE_COINS, i, 0))), 0);
                peer.owner().addCertificate(cert);
            } catch (PPayException e) {
                throw new IllegalStateException("setting up peer " + i + ": " + e.getMessage(), e);
            }
        }
        int c = cfg.cacheSize();
        for (int i = 0; i < n; i++) {
            // c distinct random peers other than i (partial Fisher-Yates over a virtual array via a map)
            Map<Integer, Integer> swapped = new HashMap<>();
            for (int j = 0; j < c; j++) {
                int r = j + initRng.nextInt(n - 1 - j);
                int vr = swapped.getOrDefault(r, r), vj = swapped.getOrDefault(j, j);
                swapped.put(r, vj);
                int pick = vr >= i ? vr + 1 : vr;              // skip self
                cache[i * c + j] = pick;
            }
        }
        for (SimPeer p : peers) {
            double meanOn = cfg.lifespanMultiplier() * inputs.session().mean();
            double meanOff = cfg.downtimeMultiplier() * inputs.session().mean() * (1 - p.availability) / p.availability;
            p.online = initRng.nextDouble() < meanOn / (meanOn + meanOff);
            if (p.online) onlineCount++;
            scheduleToggle(p);
            if (p.online) scheduleQuery(p);
            events.add(initRng.nextDouble() * DAY, MAINTAIN, p.index, 0);
        }
        events.add(0, SAMPLE, 0, 0);
        // Peers begin the simulation with their accounts and limit certificates (Section 6.3): that is not load.
        brokerMeter.reset();
        peerMeter.reset();
    }

    /** Opens the peer's account with a signed join request: enough for its certificate, and a deposit (Section 4.2). */
    private void join(Signer key, Peer.Entropy entropy) throws PPayException {
        long balance = CERTIFICATE_COINS * params.coinValue() + 1_000_000, deposit = 100 * params.coinValue(), nonce = entropy.nonce();
        broker.receive(new JoinRequest(key.id(), balance, deposit, nonce, 0, key.sign(JoinRequest.signedBytes(key.id(), balance, deposit, nonce, 0))), 0);
    }

    /** Request nonces count up; Payword chain seeds come from the run's seed (one stream, drawn in event order). */
    private final class SimEntropy implements Peer.Entropy {
        private long nonces;

        @Override public long nonce() { return ++nonces; }

        @Override public byte[] seed() {
            byte[] s = new byte[32];
            paywordRng.nextBytes(s);
            return s;
        }
    }

    private static byte[] seed(String what, int i) {
        return Hashes.sha256(ByteBuffer.allocate(16 + what.length()).put(what.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putLong(i).array());
    }

    /**
     * Checks Theorem 1's invariants over every owner's audit trails and every wallet after each {@code events}
     * events and once more at the end (0: never). Slow on large networks; for tests.
     */
    public Simulator checkInvariantsEvery(long events) {
        this.invariantCheckEvery = events;
        return this;
    }

    /** Violations found by {@link #checkInvariantsEvery}, each prefixed with the simulated time. */
    public List<String> invariantViolations() { return List.copyOf(invariantViolations); }

    private void checkInvariants() {
        List<Owner> owners = new java.util.ArrayList<>(peers.length);
        Map<PeerId, List<Holding>> held = new HashMap<>();
        for (SimPeer p : peers) {
            owners.add(p.peer.owner());
            held.put(p.id(), p.peer.holder().holdings());
        }
        for (String v : org.ppay.core.role.TheoremOne.violations(owners, held)) invariantViolations.add("t=" + (long) now + "s: " + v);
    }

    /** Runs to the end, lets every peer leave and cash everything (Section 6.3), and returns the result. */
    public SimResult run() { return run(null); }

    /** As {@link #run()}, reporting simulated time to {@code progress} (seconds done, events so far) now and then. */
    public SimResult run(java.util.function.BiConsumer<Double, Long> progress) {
        long wallStart = System.nanoTime();
        long processed = 0;
        double lastT = 0;
        while (events.size() > 0 && events.peekTime() <= end) {
            double t = events.peekTime();
            int kind = events.peekKind(), pi = events.peekPeer(), ep = events.peekEpoch();
            events.pop();
            stats.onlineSeconds += onlineCount * (t - lastT);
            lastT = t;
            now = t;
            processed++;
            SimPeer p = peers[pi];
            switch (kind) {
                case TOGGLE -> toggle(p);
                case QUERY -> { if (p.online && p.epoch == ep) { query(p); scheduleQuery(p); } }
                case MAINTAIN -> { if (p.online) maintain(p); events.add(now + DAY, MAINTAIN, pi, 0); }
                case SAMPLE -> { sample(); events.add(now + HOUR, SAMPLE, 0, 0); }
                default -> throw new IllegalStateException("unknown event " + kind);
            }
            if (progress != null && (processed & 0xFFFF) == 0) progress.accept(now, processed);
            if (invariantCheckEvery > 0 && processed % invariantCheckEvery == 0) checkInvariants();
        }
        stats.onlineSeconds += onlineCount * (end - lastT);
        now = end;
        if (invariantCheckEvery > 0) checkInvariants();
        leaveAndCashEverything();
        stats.events = processed;
        return SimResult.of(cfg, stats, brokerMeter, peerMeter, peers, (System.nanoTime() - wallStart) / 1e9, broker);
    }

    private void scheduleToggle(SimPeer p) {
        double minutes;
        if (p.online) {
            minutes = cfg.lifespanMultiplier() * inputs.session().quantile(churnRng.nextDouble());
        } else {
            minutes = cfg.downtimeMultiplier() * inputs.session().quantile(churnRng.nextDouble()) * (1 - p.availability) / p.availability;
        }
        events.add(now + Math.max(1, minutes) * MINUTE, TOGGLE, p.index, 0);
    }

    private void toggle(SimPeer p) {
        p.online = !p.online;
        p.epoch++;
        onlineCount += p.online ? 1 : -1;
        if (p.online) {
            try {
                p.exchange.comeBack((long) now);            // audit what the broker did meanwhile (Section 3)
            } catch (PPayException e) {
                stats.protocolErrors++;
            }
            maintain(p);                                   // a returning peer renews what it must at once
            scheduleQuery(p);
        }
        scheduleToggle(p);
    }

    private void scheduleQuery(SimPeer p) {
        double gap = -Math.log(1 - queryRng.nextDouble()) / cfg.queryRate();
        events.add(now + gap, QUERY, p.index, p.epoch);
    }

    /** GUESS (Section 6): probe the pong cache in random order until a peer returns a result; pay each online peer probed. */
    private void query(SimPeer q) {
        stats.queries++;
        double selection = f0 * Math.pow(queryRng.nextDouble(), k);     // this query's match power (docs/simulation-inputs.md §6)
        double missPerFile = Math.log1p(-selection);
        int c = cfg.cacheSize();
        for (int i = 0; i < c; i++) probeOrder[i] = i;
        for (int i = 0; i < c; i++) {
            int r = i + queryRng.nextInt(c - i);
            int slot = probeOrder[r];
            probeOrder[r] = probeOrder[i];
            SimPeer j = peers[cache[q.index * c + slot]];
            peerMeter.guessSent(QUERY_BYTES);
            if (!j.online) continue;                                       // no answer, nothing to pay
            if (!payProbe(q, j, q.index * c + slot)) continue;             // j gives q no credit and q cannot pay
            stats.probes++;
            stats.picopayments++;
            peerMeter.guessReceived(QUERY_BYTES);
            boolean hit = j.files > 0 && queryRng.nextDouble() < -Math.expm1(j.files * missPerFile);
            int answer = hit ? HIT_BYTES : REPLY_BYTES;
            peerMeter.guessSent(answer);
            peerMeter.guessReceived(answer);
            if (hit) { stats.hits++; return; }
        }
    }

    /** One picopayment from q to j for j's service (Section 5.4), through the core's one settle rule. */
    private boolean payProbe(SimPeer q, SimPeer j, int entry) {
        try {
            CreditLine line = lines[entry];
            if (line == null) lines[entry] = line = q.peer.window().lineTo(j.peer.window());
            Exchange.Served s = q.exchange.picopay(line, j.id(), peerMeter, () -> payCoin(q, j), (long) now);
            if (s.coinFailed() != null) stats.protocolErrors++;
            return true;
        } catch (PPayException e) {
            if (e.code() != ErrorCode.CREDIT_REFUSED) stats.protocolErrors++;   // lazy, or NetLossCap: no service
            return false;
        }
    }

    /**
     * Pays one coin from v to x by the scheme's preferences (Sections 6.3, 7.1), counting the path taken. RM's
     * payees cash each coin that can no longer be layered (Section 7.1).
     */
    private Holding payCoin(SimPeer v, SimPeer x) throws PPayException {
        Exchange.Paid paid = v.exchange.payCoin(x.id(), cfg.scheme(), (long) now);
        PaymentPlan plan = paid.plan();
        if (plan instanceof PaymentPlan.ViaOwner) stats.reassignOwner++;
        else if (plan instanceof PaymentPlan.Layer) stats.layered++;
        else if (plan instanceof PaymentPlan.ViaBroker) stats.reassignBroker++;
        else stats.coinsPrinted++;
        stats.coinPayments++;
        if (cfg.scheme() == Scheme.RM) cashUnlayerable(x);
        return paid.delivered();
    }

    /** Whether the peer with this id is online; coin choice asks it for every coin in a wallet. */
    private SimPeer peer(PeerId id) {
        SimPeer p = byIdentity.get(id);              // the ids in coins are the peers' own objects: no key comparison
        return p != null ? p : byId.get(id);
    }

    private void cashUnlayerable(SimPeer x) {
        for (Holding h : x.peer.holder().holdings()) if (h.layers() >= params.maxLayers()) cash(x, h);
    }

    /** A coin given up for good: cashed if the broker will, dropped either way. */
    private void cash(SimPeer p, Holding h) {
        try {
            if (!p.exchange.cashOrDrop(h, (long) now)) stats.protocolErrors++;   // no fraud among honest peers: no dispute
            stats.coinsCashed++;
        } catch (PPayException e) {
            if (e.code() == ErrorCode.EXPIRED) stats.coinsExpired++; else stats.protocolErrors++;
        }
    }

    /** Daily upkeep of an online peer, and whenever it comes back ({@link Exchange#upkeep}). */
    private void maintain(SimPeer p) {
        Exchange.Upkeep u = p.exchange.upkeep(cfg.scheme(), (long) now);
        stats.renewOwner += u.renewedByOwner();
        stats.renewBroker += u.renewedByBroker();
        stats.coinsCashed += u.cashed() + u.disputed();
        stats.coinsExpired += u.expired();
        stats.protocolErrors += u.disputed() + u.failed();
    }

    /** At the end every peer leaves and cashes every coin it holds (Section 6.3: a worst case for PPay). */
    private void leaveAndCashEverything() {
        for (SimPeer p : peers) for (Holding h : p.peer.holder().holdings()) cash(p, h);
    }

    private void sample() {
        long proofs = 0;
        for (SimPeer p : peers) proofs += p.peer.owner().proofsStored();
        stats.peerProofSamples += (double) proofs / peers.length;
        stats.brokerProofSamples += broker.brokerProofs();
        stats.samples++;
    }
}
