package org.ppay.sim;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The reference engine (Sections 6 and 7): the {@link GuessNetwork}'s every picopayment, coin payment, renewal
 * and cash is a step of the protocol core's {@link Exchange}, carried by a simulated {@link Network} to the
 * core's {@link Peer}s and {@link Broker}, with the cost-counting signer; the counted actions are priced
 * afterwards. Deterministic: all randomness comes from {@link SimConfig#seed()}. The fast engine
 * ({@code org.ppay.sim.fast}) must give exactly its results.
 */
public final class Simulator implements GuessNetwork.Protocol {
    /** Serials per limit certificate: "large enough to handle each peer's needs" (Section 6.3). */
    public static final long CERTIFICATE_COINS = 1_000_000;
    /** Each peer's opening balance beyond its certificate's prepayment, and its deposit in coins (Section 4.2). */
    public static final long OPENING_EXTRA = 1_000_000, DEPOSIT_COINS = 100;

    private final GuessNetwork net;
    private final SimConfig cfg;
    private final Params params;
    private final CountingCrypto crypto = new CountingCrypto();
    private final TaskMeter peerMeter;
    private final SimStats stats;
    private final Broker broker;
    private final SimPeer[] peers;
    private final Map<PeerId, SimPeer> byId = new HashMap<>();
    private final Map<PeerId, SimPeer> byIdentity = new java.util.IdentityHashMap<>();
    private final SimNetwork network = new SimNetwork();
    /**
     * Credit lines per pong-cache entry i*c+s, made on first probe: the querier paying the cached peer, and the
     * payee each was made for. GUESS probes the same caches on every query, so the simulator keeps the lines (and
     * the core windows' links in them) instead of looking peers up (a profile had map lookups at a quarter of the
     * run time). The balance is the pair's: it lives in the two windows' links to each other, one per counterpart
     * ({@code Counterparts}), so when an entry changes peers (GUESS caches) a new line over the same links
     * continues the pair's window.
     */
    private final CreditLine[] lines;
    private final int[] linePayee;
    private long invariantCheckEvery;
    private final List<String> invariantViolations = new java.util.ArrayList<>();

    /**
     * One simulated peer: the core's {@link Peer} (owner, holder, credit window over one key) and its exchange
     * over the simulated network.
     */
    static final class SimPeer {
        final int index;
        final Peer peer;
        final Exchange exchange;

        SimPeer(int index, Peer peer, Exchange exchange) {
            this.index = index; this.peer = peer; this.exchange = exchange;
        }

        PeerId id() { return peer.id(); }
    }

    /** The simulated network: every message is delivered at once to an online peer; the broker is always up. */
    private final class SimNetwork implements Network {
        @Override public boolean online(PeerId peer) { return net.online(peer(peer).index); }

        @Override public Message send(PeerId to, Message m) throws PPayException {
            SimPeer p = peer(to);
            if (!net.online(p.index)) throw new PPayException(ErrorCode.OFFLINE, to + " is offline");
            return p.peer.receive(m, this, (long) net.now());
        }

        @Override public Message broker(Message m) throws PPayException { return broker.receive(m, (long) net.now()); }
    }

    public Simulator(SimConfig cfg) { this(cfg, ProofRetention.KEEP); }

    /**
     * A simulation whose owners keep their proofs as {@code proofs} says. {@link ProofRetention#COUNT} gives the
     * same run (every count, load and state figure) in a fraction of the memory, but owners could not refute a
     * stale claim: for honest networks too large to hold every proof.
     */
    public Simulator(SimConfig cfg, ProofRetention proofs) {
        this.cfg = cfg;
        this.net = new GuessNetwork(cfg);
        this.params = net.protocolParams();
        this.peerMeter = net.peerMeter();
        this.stats = net.stats();
        Signer brokerKey = crypto.signer(seed("broker", 0));
        this.broker = new Broker(new RoleContext(brokerKey, crypto.verifier(), crypto.hasher(), brokerKey.id(), params, net.brokerMeter()));
        int n = cfg.peers();
        this.peers = new SimPeer[n];
        this.lines = new CreditLine[Math.multiplyExact(n, cfg.cacheSize())];
        this.linePayee = new int[lines.length];
        Peer.Entropy entropy = new SimEntropy();
        for (int i = 0; i < n; i++) {
            Signer key = crypto.signer(seed("peer", i));
            // each peer its own context: its own memory of the coins it verified
            Peer peer = new Peer(new RoleContext(key, crypto.verifier(), crypto.hasher(), brokerKey.id(), params, peerMeter), proofs, entropy);
            peer.lazy(net.lazy(i));
            SimPeer p = new SimPeer(i, peer, new Exchange(peer, network));
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
        // Peers begin the simulation with their accounts and limit certificates (Section 6.3): that is not load
        // (the network resets the meters when the run starts).
    }

    /** Opens the peer's account with a signed join request: enough for its certificate, and a deposit (Section 4.2). */
    private void join(Signer key, Peer.Entropy entropy) throws PPayException {
        long balance = CERTIFICATE_COINS * params.coinValue() + OPENING_EXTRA, deposit = DEPOSIT_COINS * params.coinValue(), nonce = entropy.nonce();
        broker.receive(new JoinRequest(key.id(), balance, deposit, nonce, 0, key.sign(JoinRequest.signedBytes(key.id(), balance, deposit, nonce, 0))), 0);
    }

    /** Request nonces count up; Payword chain seeds come from the run's seed (one stream, drawn in event order). */
    private final class SimEntropy implements Peer.Entropy {
        private long nonces;

        @Override public long nonce() { return ++nonces; }

        @Override public byte[] seed() {
            byte[] s = new byte[32];
            net.paywordRng().nextBytes(s);
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

    @Override public void afterEvent(long processed) {
        if (invariantCheckEvery > 0 && processed % invariantCheckEvery == 0) checkInvariants();
    }

    @Override public void periodOver() {
        if (invariantCheckEvery > 0) checkInvariants();
    }

    private void checkInvariants() {
        List<Owner> owners = new java.util.ArrayList<>(peers.length);
        Map<PeerId, List<Holding>> held = new HashMap<>();
        for (SimPeer p : peers) {
            owners.add(p.peer.owner());
            held.put(p.id(), p.peer.holder().holdings());
        }
        for (String v : org.ppay.core.role.TheoremOne.violations(owners, held)) invariantViolations.add("t=" + (long) net.now() + "s: " + v);
    }

    /** Runs to the end, lets every peer leave and cash everything (Section 6.3), and returns the result. */
    public SimResult run() { return run(null); }

    /** As {@link #run()}, reporting simulated time to {@code progress} (seconds done, events so far) now and then. */
    public SimResult run(java.util.function.BiConsumer<Double, Long> progress) { return net.run(this, progress); }

    @Override public void comeBack(int p, long now) {
        try {
            peers[p].exchange.comeBack(now);            // audit what the broker did meanwhile (Section 3)
        } catch (PPayException e) {
            stats.protocolErrors++;
        }
    }

    /** One picopayment from q to j for j's service (Section 5.4), through the core's one settle rule. */
    @Override public boolean payProbe(int qi, int ji, int entry, long now) {
        SimPeer q = peers[qi], j = peers[ji];
        try {
            CreditLine line = lines[entry];
            if (line == null || linePayee[entry] != ji) {
                lines[entry] = line = q.peer.window().lineTo(j.peer.window());
                linePayee[entry] = ji;
            }
            Exchange.Served s = q.exchange.picopay(line, j.id(), peerMeter, () -> payCoin(q, j), now);
            if (s.coinFailed() != null) stats.protocolErrors++;
            return true;
        } catch (PPayException e) {
            if (e.code() != ErrorCode.CREDIT_REFUSED) stats.protocolErrors++;   // lazy, or NetLossCap: no service
            return false;
        }
    }

    /**
     * Pays one coin from v to x by the scheme's preferences (Sections 6.3, 7.1), counting the path taken. RM's
     * payees cash each coin that can no longer be layered (Section 7.1); with coins used {@link CoinUses#ONCE} every
     * payee cashes the coin it was paid at once.
     */
    private Holding payCoin(SimPeer v, SimPeer x) throws PPayException {
        Exchange.Paid paid = v.exchange.payCoin(x.id(), cfg.scheme(), (long) net.now());
        PaymentPlan plan = paid.plan();
        if (plan instanceof PaymentPlan.ViaOwner) stats.reassignOwner++;
        else if (plan instanceof PaymentPlan.Layer) stats.layered++;
        else if (plan instanceof PaymentPlan.ViaBroker) stats.reassignBroker++;
        else stats.coinsPrinted++;
        stats.coinPayments++;
        if (cfg.coinUses() == CoinUses.ONCE) cash(x, paid.delivered());      // Section 7.1's worst case: used once, cashed
        else if (cfg.scheme() == Scheme.RM) cashUnlayerable(x);
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
            if (!p.exchange.cashOrDrop(h, (long) net.now())) stats.protocolErrors++;   // no fraud among honest peers: no dispute
            stats.coinsCashed++;
        } catch (PPayException e) {
            if (e.code() == ErrorCode.EXPIRED) stats.coinsExpired++; else stats.protocolErrors++;
        }
    }

    /** Daily upkeep of an online peer, and whenever it comes back ({@link Exchange#upkeep}). */
    @Override public void maintain(int p, long now) {
        Exchange.Upkeep u = peers[p].exchange.upkeep(cfg.scheme(), now);
        stats.renewOwner += u.renewedByOwner();
        stats.renewBroker += u.renewedByBroker();
        stats.coinsCashed += u.cashed() + u.disputed();
        stats.coinsExpired += u.expired();
        stats.protocolErrors += u.disputed() + u.failed();
    }

    /**
     * At the end every peer leaves and cashes every coin it holds (Section 6.3: a worst case for PPay), then has the
     * broker honour every Payword chain it was paid on and no coin settled (Section 5.4; docs/simulation-inputs.md,
     * Section 10).
     */
    @Override public void leaveAndCashEverything(long now) {
        for (SimPeer p : peers) for (Holding h : p.peer.holder().holdings()) cash(p, h);
        for (SimPeer p : peers) {
            try {
                Exchange.Redeemed r = p.exchange.redeemChains(now);
                stats.chainsRedeemed += r.chains();
                stats.wordsRedeemed += r.words();
            } catch (PPayException e) {
                stats.protocolErrors++;
            }
        }
    }

    @Override public long peerProofs() {
        long proofs = 0;
        for (SimPeer p : peers) proofs += p.peer.owner().proofsStored();
        return proofs;
    }

    @Override public long brokerProofs() { return broker.brokerProofs(); }

    /** l_i: the peer's potential credit loss under soft credit windows; Payword carries no credit risk. */
    @Override public long creditLoss(int p) {
        return peers[p].peer.windowOrNull() instanceof org.ppay.core.credit.SoftCreditWindow w ? w.loss() : 0;
    }

    @Override public boolean moneyConserved() { return broker.conserved(); }
}
