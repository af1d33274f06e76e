package org.ppay.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.broker.Broker;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.credit.CreditLine;
import org.ppay.core.credit.CreditWindow;
import org.ppay.core.credit.PaywordWindow;
import org.ppay.core.credit.SoftCreditWindow;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.Network;
import org.ppay.core.exchange.Peer;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.Message;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.role.ProofRetention;
import org.ppay.core.role.RoleContext;

/**
 * A scenario's world: the broker, the named peers over one simulated clock, the names of coins, and the network
 * between them, which delivers every message at once to a peer that is online. Deterministic: keys, nonces and
 * chain seeds derive from names and counters.
 */
final class World {
    private final CryptoProvider crypto;
    private Params params = Params.defaults();
    private Broker broker;
    private Signer brokerKey;
    private long now = 1_000_000;
    private final Map<String, ScenarioPeer> nodes = new LinkedHashMap<>();
    private final Map<PeerId, ScenarioPeer> byId = new HashMap<>();
    private final Map<String, CoinRef> coins = new HashMap<>();
    private final Map<List<PeerId>, CreditLine> lines = new HashMap<>();
    private long counter;
    private final Network network = new ScenarioNetwork();

    World(CryptoProvider crypto) { this.crypto = crypto; }

    CryptoProvider crypto() { return crypto; }

    Params params() { return params; }

    void params(Params p) throws ScriptError {
        if (broker != null) throw new ScriptError("set must come before the first join");
        params = p;
    }

    long now() { return now; }

    void advance(long seconds) { now += seconds; }

    Network network() { return network; }

    /** The broker, made at first use: parameters are fixed from then on. */
    Broker broker() {
        if (broker == null) {
            brokerKey = crypto.signer(seed("broker"));
            broker = new Broker(new RoleContext(brokerKey, crypto.verifier(), brokerKey.id(), params, new CountingCostMeter()));
        }
        return broker;
    }

    Broker brokerOrNull() { return broker; }

    /** Sends a message to the broker at the world's clock. */
    Message ask(Message m) throws PPayException { return broker().receive(m, now); }

    static byte[] seed(String name) { return Hashes.sha256(("ppay-scenario:" + name).getBytes(StandardCharsets.UTF_8)); }

    /** A counter for nonces and secrets: unique within the world. */
    long next() { return ++counter; }

    /** The key peer {@code name} signs with: derived from its name, so a scenario is deterministic. */
    Signer keyOf(String name) {
        ScenarioPeer existing = nodes.get(name);
        return existing != null ? existing.signer : crypto.signer(seed("peer:" + name));
    }

    /** Adds a peer whose account was just opened. */
    ScenarioPeer add(String name, Signer key) {
        CountingCostMeter meter = new CountingCostMeter();
        Peer peer = new Peer(new RoleContext(key, crypto.verifier(), broker().id(), params, meter), ProofRetention.KEEP, new Entropy(name));
        ScenarioPeer n = new ScenarioPeer(name, key, peer, new Exchange(peer, network), meter);
        nodes.put(name, n);
        byId.put(n.id(), n);
        return n;
    }

    /** Nonces count up; Payword seeds hash the peer's name and a counter. */
    private final class Entropy implements Peer.Entropy {
        private final String name;

        Entropy(String name) { this.name = name; }

        @Override public long nonce() { return next(); }

        @Override public byte[] seed() { return World.seed("chain:" + name + ":" + next()); }
    }

    ScenarioPeer node(String name) throws ScriptError {
        ScenarioPeer n = nodes.get(name);
        if (n == null) throw new ScriptError("unknown peer '" + name + "' (join it first)");
        return n;
    }

    ScenarioPeer byId(PeerId id) { return byId.get(id); }

    Iterable<ScenarioPeer> nodes() { return nodes.values(); }

    String name(PeerId id) {
        ScenarioPeer n = byId.get(id);
        return n == null ? id.toString() : n.name;
    }

    /** An action by this peer needs it online and still in the system. */
    static void live(ScenarioPeer p) throws PPayException {
        if (p.gone) throw new PPayException(ErrorCode.ACCOUNT_CLOSED, p.name + " has left the system");
        if (!p.online) throw new PPayException(ErrorCode.OFFLINE, p.name + " is offline");
    }

    CoinRef coin(String name) throws ScriptError {
        CoinRef c = coins.get(name);
        if (c == null) throw new ScriptError("unknown coin '" + name + "'");
        return c;
    }

    void nameCoin(String name, CoinRef ref) throws ScriptError {
        if (coins.containsKey(name)) throw new ScriptError("coin name '" + name + "' is taken");
        coins.put(name, ref);
    }

    /**
     * Coins paid by a peer's own choice (serve, lottery) get a name of their own the first time they are seen:
     * {@code auto-<owner's name>-<sn>}, the same whatever the signature scheme, so a script can name them.
     */
    void nameIfNew(CoinId id) {
        for (CoinRef r : coins.values()) if (r.copy() == null && r.id().equals(id)) return;
        coins.put("auto-" + name(id.owner()) + "-" + id.sn(), CoinRef.of(id));
    }

    Map<String, CoinRef> coins() { return coins; }

    ScenarioPeer ownerOf(CoinId id) {
        ScenarioPeer n = byId.get(id.owner());
        if (n == null) throw new IllegalStateException("coin of an unknown owner");
        return n;
    }

    /** The line on which {@code payer} pays {@code payee} picopayments, made on first use. */
    CreditLine line(ScenarioPeer payer, ScenarioPeer payee) throws PPayException {
        List<PeerId> key = List.of(payer.id(), payee.id());
        CreditLine l = lines.get(key);
        if (l == null) lines.put(key, l = payer.peer.window().lineTo(payee.peer.window()));
        return l;
    }

    /** p's view of what q owes it, in picopayments (c_pq; Payword: words received minus words paid). */
    long credit(ScenarioPeer p, ScenarioPeer q) {
        CreditWindow w = p.peer.windowOrNull();
        if (w instanceof SoftCreditWindow s) return s.credit(q.id());
        if (w instanceof PaywordWindow pw) return pw.credit(q.id()) - pw.debt(q.id());
        return 0;
    }

    /** p's potential credit loss l_p (soft credit windows only; Payword carries no credit risk). */
    long loss(ScenarioPeer p) { return p.peer.windowOrNull() instanceof SoftCreditWindow s ? s.loss() : 0; }

    /** Who holds the newest assignment of a coin: a wallet, its owner if unassigned, or "none" once cashed. */
    String holderName(CoinId id) {
        ScenarioPeer best = null;
        long bestSeq = -1;
        for (ScenarioPeer n : nodes.values()) {
            Optional<Holding> h = n.peer.holder().holding(id);
            if (h.isPresent() && h.get().seq() > bestSeq) { best = n; bestSeq = h.get().seq(); }
        }
        if (best != null) return best.name;
        ScenarioPeer owner = byId.get(id.owner());
        if (owner != null && owner.peer.owner().trail(id).isPresent() && owner.peer.owner().trail(id).flatMap(AuditTrail::current).isEmpty()) {
            return owner.name;
        }
        return "none";
    }

    /** Names of the coins a peer holds (named coins only; copies are not held). */
    List<String> coinsHeldBy(String peer) {
        ScenarioPeer n = nodes.get(peer);
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        for (var e : coins.entrySet()) {
            if (e.getValue().copy() == null && n.peer.holder().holding(e.getValue().id()).isPresent()) out.add(e.getKey());
        }
        out.sort(null);
        return out;
    }

    /**
     * Everything a refusal must leave untouched: accounts, audit trails, wallets, credit windows, presence.
     * A broker without accounts counts as none: the first {@code join} creates it, even when the join is refused.
     */
    String fingerprint() {
        StringBuilder b = new StringBuilder();
        if (broker != null && !broker.accounts().isEmpty()) {
            broker.accounts().forEach((id, a) -> b.append(name(id)).append(':').append(a.balance()).append('/')
                .append(a.deposit()).append('/').append(a.prepaid()).append('/').append(a.status()).append('/').append(a.frauds()).append(';'));
            b.append("in=").append(broker.moneyIn()).append(",fees=").append(broker.feeIncome()).append(",pen=").append(broker.penaltyIncome())
                .append(",proofs=").append(broker.brokerProofs()).append(",disputes=").append(broker.openDisputes().size()).append('\n');
        }
        for (ScenarioPeer n : nodes.values()) {
            b.append(n.name).append(n.online ? "+" : "-").append(n.gone ? "gone" : "").append(" trails[");
            n.peer.owner().trails().stream().sorted(Comparator.comparingLong(t -> t.coin().sn())).forEach(t -> b.append(t.coin().sn()).append('@')
                .append(t.current().map(c -> c.seq() + ">" + name(c.holder()) + ":" + c.re()).orElse("-")).append('#').append(t.proofCount()).append(','));
            b.append("] wallet[");
            for (Holding h : n.peer.holder().holdings()) b.append(h.coin().id()).append('@').append(h.seq()).append(':').append(h.base().re()).append(',');
            b.append("] credit[");
            for (ScenarioPeer m : nodes.values()) if (m != n) b.append(credit(n, m)).append(',');
            b.append("]\n");
        }
        return b.toString();
    }

    /** The scenario's network: a message reaches a peer at once if it is online; the broker is always up. */
    private final class ScenarioNetwork implements Network {
        @Override public boolean online(PeerId peer) {
            ScenarioPeer n = byId.get(peer);
            return n != null && n.online && !n.gone;
        }

        @Override public Message send(PeerId to, Message m) throws PPayException {
            ScenarioPeer n = byId.get(to);
            if (n == null) throw new PPayException(ErrorCode.UNKNOWN_ACCOUNT, "no peer " + to);
            live(n);
            return n.endpoint.receive(m, this, now);
        }

        @Override public Message broker(Message m) throws PPayException { return ask(m); }
    }
}
