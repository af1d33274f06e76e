package org.ppay.sim;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.credit.CreditOutcome;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.broker.Broker;
import org.ppay.core.broker.CashOutcome;
import org.ppay.core.role.Checks;
import org.ppay.core.role.Holder;
import org.ppay.core.role.Owner;
import org.ppay.core.role.PaymentPlan;
import org.ppay.core.role.ProofRetention;
import org.ppay.crypto.CountingCrypto;
import org.ppay.core.role.Scheme;

/**
 * Discrete-event simulation of PPay on a GUESS file-sharing network (Sections 6 and 7): churn, queries
 * probing pong caches, one picopayment per probe of an online peer, coins paid as credit windows fill. Every
 * coin operation runs through the protocol core's roles ({@link Broker}, {@link Owner}, {@link Holder}) and
 * credit windows with the cost-counting signer; the counted actions are priced afterwards. Deterministic:
 * all randomness comes from {@link SimConfig#seed()}.
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
    private final Peer[] peers;
    private final Map<PeerId, Peer> byId = new HashMap<>();
    private final Map<PeerId, Peer> byIdentity = new java.util.IdentityHashMap<>();
    private final int[] cache;
    /**
     * Credit-window links per pong-cache entry i*c+s, made on first probe: the querier's link to the cached
     * peer (as payer) and the cached peer's link back (as payee). GUESS probes the same caches on every
     * query, so the simulator keeps the core windows' links instead of looking peers up (a profile had map
     * lookups at a quarter of the run time).
     */
    private final Object[] payerLinks, payeeLinks;
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

    /** One simulated peer: its key, its owner and holder roles, its credit windows, and its churn state. */
    static final class Peer {
        final int index;
        final Signer key;
        final Owner owner;
        final Holder holder;
        SoftCreditWindow scw;
        PaywordWindow payword;
        final int files;
        final double availability;
        final boolean lazy;
        boolean online;
        int epoch;

        Peer(int index, Signer key, Owner owner, Holder holder, int files, double availability, boolean lazy) {
            this.index = index; this.key = key; this.owner = owner; this.holder = holder;
            this.files = files; this.availability = availability; this.lazy = lazy;
        }

        PeerId id() { return key.id(); }
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
        this.broker = new Broker(brokerKey, params, new Checks(crypto.verifier(), brokerKey.id(), brokerMeter));
        int n = cfg.peers();
        this.peers = new Peer[n];
        this.cache = new int[n * cfg.cacheSize()];
        this.payerLinks = new Object[n * cfg.cacheSize()];
        this.payeeLinks = new Object[n * cfg.cacheSize()];
        long lazyCount = Math.round(n * cfg.lazyPercent() / 100.0);
        brokerMeter.task(Task.OTHER);
        peerMeter.task(Task.OTHER);
        for (int i = 0; i < n; i++) {
            Signer key = crypto.signer(seed("peer", i));
            int files = (int) Math.round(inputs.files().quantile(initRng.nextDouble()));
            double a = inputs.uptime().quantile(initRng.nextDouble());
            Checks peerChecks = new Checks(crypto.verifier(), brokerKey.id(), peerMeter);   // each peer its own verified-coin memory
            Peer p = new Peer(i, key, new Owner(key, params, peerChecks, proofs), new Holder(key, params, peerChecks), files, a, i < lazyCount);
            peers[i] = p;
            byId.put(key.id(), p);
            byIdentity.put(key.id(), p);
            try {
                broker.open(key.id(), CERTIFICATE_COINS * params.coinValue() + 1_000_000, 100 * params.coinValue());
                LimitCertificate cert = broker.sellLimitCertificate(key.id(), 1, CERTIFICATE_COINS, 0);
                p.owner.addCertificate(cert);
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
        for (Peer p : peers) {
            double meanOn = cfg.lifespanMultiplier() * inputs.session().mean();
            double meanOff = cfg.downtimeMultiplier() * inputs.session().mean() * (1 - p.availability) / p.availability;
            p.online = initRng.nextDouble() < meanOn / (meanOn + meanOff);
            if (p.online) onlineCount++;
            scheduleToggle(p);
            if (p.online) scheduleQuery(p);
            events.add(initRng.nextDouble() * DAY, MAINTAIN, p.index, 0);
        }
        events.add(0, SAMPLE, 0, 0);
        // Peers begin the simulation with their limit certificates (Section 6.3): issuing them is not load.
        brokerMeter.reset();
        peerMeter.reset();
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
        for (Peer p : peers) {
            owners.add(p.owner);
            held.put(p.id(), p.holder.holdings());
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
            Peer p = peers[pi];
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

    // ---- churn ----------------------------------------------------------------------------------------

    private void scheduleToggle(Peer p) {
        double minutes;
        if (p.online) {
            minutes = cfg.lifespanMultiplier() * inputs.session().quantile(churnRng.nextDouble());
        } else {
            minutes = cfg.downtimeMultiplier() * inputs.session().quantile(churnRng.nextDouble()) * (1 - p.availability) / p.availability;
        }
        events.add(now + Math.max(1, minutes) * MINUTE, TOGGLE, p.index, 0);
    }

    private void toggle(Peer p) {
        p.online = !p.online;
        p.epoch++;
        onlineCount += p.online ? 1 : -1;
        if (p.online) {
            comeBack(p);
            maintain(p);                                   // a returning peer renews what it must at once
            scheduleQuery(p);
        }
        scheduleToggle(p);
    }

    /** A returning owner audits what the broker did for its coins meanwhile (Section 3, downtime protocol). */
    private void comeBack(Peer p) {
        List<Owner.BrokerAction> acts = broker.takeStored(p.id());
        if (acts.isEmpty()) return;
        peerMeter.task(Task.REASSIGN);
        if (!p.owner.auditBrokerActions(acts).isEmpty()) stats.protocolErrors++;   // honest peers: no fraud to find
    }

    // ---- queries and picopayments ---------------------------------------------------------------------

    private void scheduleQuery(Peer p) {
        double gap = -Math.log(1 - queryRng.nextDouble()) / cfg.queryRate();
        events.add(now + gap, QUERY, p.index, p.epoch);
    }

    /** GUESS (Section 6): probe the pong cache in random order until a peer returns a result; pay each online peer probed. */
    private void query(Peer q) {
        stats.queries++;
        double selection = f0 * Math.pow(queryRng.nextDouble(), k);     // this query's match power (docs/simulation-inputs.md §6)
        double missPerFile = Math.log1p(-selection);
        int c = cfg.cacheSize();
        for (int i = 0; i < c; i++) probeOrder[i] = i;
        for (int i = 0; i < c; i++) {
            int r = i + queryRng.nextInt(c - i);
            int slot = probeOrder[r];
            probeOrder[r] = probeOrder[i];
            Peer j = peers[cache[q.index * c + slot]];
            peerMeter.task(Task.GUESS);
            peerMeter.sent(QUERY_BYTES);
            if (!j.online) continue;                                       // no answer, nothing to pay
            if (!payProbe(q, j, q.index * c + slot)) continue;             // j gives q no credit and q cannot pay
            stats.probes++;
            stats.picopayments++;
            peerMeter.task(Task.GUESS);
            peerMeter.received(QUERY_BYTES);
            boolean hit = j.files > 0 && queryRng.nextDouble() < -Math.expm1(j.files * missPerFile);
            int answer = hit ? HIT_BYTES : REPLY_BYTES;
            peerMeter.sent(answer);
            peerMeter.received(answer);
            if (hit) { stats.hits++; return; }
        }
    }

    /** One picopayment from q to j for j's service (Section 5.4), paying a coin when the window demands it. */
    private boolean payProbe(Peer q, Peer j, int entry) {
        peerMeter.task(Task.OTHER);
        try {
            return params.creditWindowType() == Params.CreditWindowType.SCW ? payScw(q, j, entry) : payPayword(q, j, entry);
        } catch (PPayException e) {
            stats.protocolErrors++;
            return false;
        }
    }

    private boolean payScw(Peer q, Peer j, int entry) throws PPayException {
        SoftCreditWindow wq = scw(q), wj = scw(j);
        SoftCreditWindow.Link toJ = (SoftCreditWindow.Link) payerLinks[entry], fromQ = (SoftCreditWindow.Link) payeeLinks[entry];
        if (toJ == null) {
            payerLinks[entry] = toJ = wq.link(j.id());
            payeeLinks[entry] = fromQ = wj.link(q.id());
        }
        if (!wj.wouldExtend(fromQ)) {
            // j refuses credit (a coin is due, or j is at its NetLossCap): q pays a coin first, if it may.
            if (q.lazy || !wq.mayPayCoin(toJ) || !payCoin(q, j)) return false;
            wq.coinPaid(toJ);
            wj.coinReceived(fromQ);
        }
        CreditOutcome o = wj.serve(fromQ);
        wq.served(toJ);
        if (o == CreditOutcome.COIN_DUE_FROM_PEER && !q.lazy && wq.mayPayCoin(toJ) && payCoin(q, j)) {
            wq.coinPaid(toJ);
            wj.coinReceived(fromQ);
        }
        return true;
    }

    private boolean payPayword(Peer q, Peer j, int entry) throws PPayException {
        PaywordWindow wq = payword(q), wj = payword(j);
        PaywordWindow.Link toJ = (PaywordWindow.Link) payerLinks[entry], fromQ = (PaywordWindow.Link) payeeLinks[entry];
        if (toJ == null) {
            payerLinks[entry] = toJ = wq.link(j.id());
            payeeLinks[entry] = fromQ = wj.link(q.id());
        }
        if (wq.coinDueTo(toJ)) {
            if (q.lazy || !payCoin(q, j)) return false;
            wq.coinPaid(toJ);
            wj.coinReceived(fromQ);
        }
        if (wq.needsCommitment(toJ)) {
            byte[] s = new byte[32];
            paywordRng.nextBytes(s);
            wj.open(fromQ, wq.commit(toJ, s, (long) now, peerMeter), peerMeter);
        }
        if (wj.receive(fromQ, wq.pay(toJ), peerMeter) == CreditOutcome.COIN_DUE_FROM_PEER && !q.lazy && payCoin(q, j)) {
            wq.coinPaid(toJ);
            wj.coinReceived(fromQ);
        }
        return true;
    }

    private SoftCreditWindow scw(Peer p) throws PPayException {
        if (p.scw == null) p.scw = new SoftCreditWindow(p.id(), cfg.creditWindowSize(), cfg.netLossCap());
        return p.scw;
    }

    private PaywordWindow payword(Peer p) throws PPayException {
        if (p.payword == null) p.payword = new PaywordWindow(p.key, crypto.verifier(), cfg.creditWindowSize(), crypto.hasher());
        return p.payword;
    }

    // ---- coin payments --------------------------------------------------------------------------------

    /**
     * Pays one coin from v to x by the scheme's preferences (Sections 6.3, 7.1): a coin whose owner is online,
     * else a layer, else the broker (PPay*) or a newly printed coin (PPay). RM never reassigns: it layers
     * while it may and prints otherwise; its payees cash each coin that can no longer be layered.
     */
    private boolean payCoin(Peer v, Peer x) {
        long t = (long) now;
        PaymentPlan plan = v.holder.plan(this::online, cfg.scheme(), t);
        try {
            if (plan instanceof PaymentPlan.ViaOwner o) {
                Holding h = o.holding();
                Peer u = peer(h.coin().owner());
                peerMeter.task(Task.REASSIGN);
                ReassignmentRequest req = v.holder.reassignmentRequest(h, x.id());
                handOver(v, x, h, u.owner.reassign(req, t), Holder.Context.REASSIGNED, t);
                stats.reassignOwner++;
            } else if (plan instanceof PaymentPlan.Layer l) {
                Holding h = l.holding();
                peerMeter.task(Task.REASSIGN);
                handOver(v, x, h, v.holder.layer(h, x.id(), t), Holder.Context.LAYERED, t);
                stats.layered++;
            } else if (plan instanceof PaymentPlan.ViaBroker b) {
                Holding h = b.holding();
                peerMeter.task(Task.REASSIGN);
                ReassignmentRequest req = v.holder.reassignmentRequest(h, x.id());
                brokerMeter.task(Task.REASSIGN);
                handOver(v, x, h, broker.reassignForOffline(req, t), Holder.Context.REASSIGNED, t);
                stats.reassignBroker++;
                Peer u = peer(h.coin().owner());
                if (u.online) comeBack(u);
            } else {
                peerMeter.task(Task.OTHER);
                PrintedCoin c = v.owner.print(t);
                Assignment a = v.owner.assign(c.id(), x.id(), t);
                x.holder.accept(a, Holder.Context.FRESH, null, t);
                stats.coinsPrinted++;
            }
        } catch (PPayException e) {
            stats.protocolErrors++;
            return false;
        }
        stats.coinPayments++;
        if (cfg.scheme() == Scheme.RM) cashUnlayerable(x, t);
        return true;
    }

    /** The payee takes the new holding; the payer forgets the one it gave up. */
    private static void handOver(Peer v, Peer x, Holding given, Holding received, Holder.Context ctx, long t) throws PPayException {
        x.holder.accept(received, ctx, given, t);
        v.holder.drop(given.coin().id());
    }

    /** Whether the peer with this id is online; coin choice asks it for every coin in a wallet. */
    private boolean online(PeerId id) { return peer(id).online; }

    private Peer peer(PeerId id) {
        Peer p = byIdentity.get(id);                 // the ids in coins are the peers' own objects: no key comparison
        return p != null ? p : byId.get(id);
    }

    private void cashUnlayerable(Peer x, long t) {
        for (Holding h : x.holder.holdings()) if (h.layers() >= params.maxLayers()) cash(x, h, t);
    }

    private void cash(Peer p, Holding h, long t) {
        peerMeter.task(Task.OTHER);
        brokerMeter.task(Task.CASH);
        try {
            CashOutcome out = broker.cash(p.holder.cashRequest(h, t), t);
            if (out instanceof CashOutcome.Disputed) stats.protocolErrors++;   // no fraud among honest peers
            stats.coinsCashed++;
        } catch (PPayException e) {
            if (e.code() == org.ppay.core.ErrorCode.EXPIRED) stats.coinsExpired++; else stats.protocolErrors++;
        }
        p.holder.drop(h.coin().id());
    }

    // ---- renewal and leaving --------------------------------------------------------------------------

    /**
     * Upkeep of an online peer, daily and whenever it comes back: purge expired audit trails, and renew coins
     * past the middle of their renewal window (so a peer online a quarter of the time still gets several
     * chances before the window closes, Section 5.3): through the online owner, else by the scheme's
     * preference (PPay cashes, PPay* renews at the broker).
     */
    private void maintain(Peer p) {
        long t = (long) now;
        p.owner.purgeExpired(t);
        p.holder.purgeExpired(t);
        for (Holding h : p.holder.expiring(t, params.renewalWait() / 2)) {
            if (!h.base().validAt(t)) { p.holder.drop(h.coin().id()); stats.coinsExpired++; continue; }
            if (t < h.base().rb()) continue;
            Peer u = peer(h.coin().owner());
            try {
                if (u.online) {
                    peerMeter.task(Task.RENEW);
                    Assignment a = u.owner.renew(p.holder.renewalRequest(h), t);
                    p.holder.accept(a, Holder.Context.RENEWED, h, t);
                    stats.renewOwner++;
                } else if (cfg.scheme() == Scheme.PPAY_STAR) {
                    peerMeter.task(Task.RENEW);
                    brokerMeter.task(Task.RENEW);
                    Assignment a = broker.renewForOffline(p.holder.renewalRequest(h), t);
                    p.holder.accept(a, Holder.Context.RENEWED, h, t);
                    stats.renewBroker++;
                } else {
                    cash(p, h, t);
                }
            } catch (PPayException e) {
                stats.protocolErrors++;
            }
        }
    }

    /** At the end every peer leaves and cashes every coin it holds (Section 6.3: a worst case for PPay). */
    private void leaveAndCashEverything() {
        long t = (long) now;
        for (Peer p : peers) for (Holding h : p.holder.holdings()) cash(p, h, t);
    }

    private void sample() {
        long proofs = 0;
        for (Peer p : peers) proofs += p.owner.proofsStored();
        stats.peerProofSamples += (double) proofs / peers.length;
        stats.brokerProofSamples += broker.brokerProofs();
        stats.samples++;
    }
}
