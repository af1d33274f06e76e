package org.ppay.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CountingCostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.Coin;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.RenewalRequest;
import org.ppay.core.role.AuditTrail;
import org.ppay.core.broker.Broker;
import org.ppay.core.broker.CashOutcome;
import org.ppay.core.role.Checks;
import org.ppay.core.role.Detection;
import org.ppay.core.role.FraudEvidence;
import org.ppay.core.role.Holder;
import org.ppay.core.role.Owner;
import org.ppay.core.role.PaymentPlan;
import org.ppay.scenario.attack.Adversary;
import org.ppay.core.role.Scheme;

/**
 * Runs a scenario script (one action per line; see {@code scenarios/README.md}) through the protocol core
 * with the given signature scheme and a simulated clock. Every refused action must be followed by
 * {@code expect rejected [CODE]}; the report is ok only if every expectation held.
 */
public final class ScenarioRunner {
    private final CryptoProvider crypto;
    private Params params = Params.defaults();
    private Broker broker;
    private Checks brokerChecks;
    private long now = 1_000_000;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<PeerId, Node> byId = new HashMap<>();
    private final Map<String, CoinRef> coins = new HashMap<>();
    private final CreditLedger credit = new CreditLedger();

    /** One peer: owner and holder roles over one key, and the scenario's view of it. */
    static final class Node {
        final String name;
        final Signer signer;
        final Owner owner;
        final Holder holder;
        final CountingCostMeter meter;
        boolean online = true;
        boolean gone;
        /** Ran an owner attack (double print, denial, tampering): its trails prove nothing about Theorem 1. */
        boolean dishonestOwner;
        final Set<CoinId> deny = new HashSet<>();
        final Map<CoinId, String> tamper = new HashMap<>();

        Node(String name, Signer signer, Owner owner, Holder holder, CountingCostMeter meter) {
            this.name = name;
            this.signer = signer;
            this.owner = owner;
            this.holder = holder;
            this.meter = meter;
        }

        PeerId id() { return signer.id(); }
    }

    /** A named coin: the coin itself, or a frozen copy of one peer's holding of it (for replay attacks). */
    record CoinRef(CoinId id, Coin forged, Holding copy, Node copyHolder) {}

    public ScenarioRunner(CryptoProvider crypto) { this.crypto = crypto; }

    public ScenarioReport run(String script) {
        Failures failures = new Failures();
        String[] lines = script.split("\r?\n", -1);
        PPayException refused = null;
        int refusedLine = 0;
        int steps = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            int no = i + 1;
            String[] t = line.split("\\s+");
            boolean expectRejected = t[0].equals("expect") && t.length >= 2 && t[1].equals("rejected");
            if (refused != null && !expectRejected) {
                failures.add("line " + refusedLine + ": refused unexpectedly: " + refused.getMessage());
                refused = null;
            }
            steps++;
            try {
                if (expectRejected) {
                    if (t.length > 3) throw new ScriptError("usage: expect rejected [CODE]");
                    if (refused == null) {
                        failures.add("line " + no + ": expected a refusal, but the previous action succeeded");
                    } else if (t.length == 3 && !refused.code().name().equalsIgnoreCase(t[2])) {
                        failures.add("line " + no + ": expected refusal " + t[2] + ", got " + refused.getMessage());
                    }
                    refused = null;
                } else if (t[0].equals("expect")) {
                    String f = expect(t);
                    if (f != null) failures.add("line " + no + ": " + f);
                } else {
                    String before = fingerprint();
                    int detectionsBefore = broker == null ? 0 : broker.detections().size();
                    try {
                        act(t);
                    } catch (PPayException e) {
                        refused = e;
                        refusedLine = no;
                        boolean punished = broker != null && broker.detections().size() > detectionsBefore;
                        if (!punished && !before.equals(fingerprint())) {
                            failures.add("line " + no + ": refused (" + e.code() + ") but state changed");
                        }
                    }
                }
            } catch (ScriptError e) {
                failures.add("line " + no + ": " + e.getMessage());
            }
        }
        if (refused != null) failures.add("line " + refusedLine + ": refused unexpectedly: " + refused.getMessage());
        if (steps == 0) failures.add("the scenario has no steps: a script without actions or expectations proves nothing");
        Map<String, Long> balances = new LinkedHashMap<>();
        Map<String, Long> deposits = new LinkedHashMap<>();
        List<String> detections = new ArrayList<>();
        if (broker != null) {
            for (Node n : nodes.values()) {
                broker.account(n.id()).ifPresent(a -> { balances.put(n.name, a.balance()); deposits.put(n.name, a.deposit()); });
            }
            for (Detection d : broker.detections()) detections.add(name(d.culprit()) + " " + d.kind().name().toLowerCase(Locale.ROOT));
        }
        boolean conserved = broker == null || broker.conserved();
        return new ScenarioReport(failures.isEmpty(), steps, failures.listed(), failures.count(), balances, deposits, detections, conserved);
    }

    /** The outcome of one action run through {@link #step}. */
    public record Step(ErrorCode refused, String message) {
        public boolean ok() { return refused == null; }
    }

    /**
     * Runs one action line (not an expectation) and reports whether the core refused it: the programmatic
     * interface property tests drive random interleavings through.
     *
     * @throws IllegalArgumentException if the line is not valid scenario language
     */
    public Step step(String line) {
        String[] t = line.strip().split("\\s+");
        try {
            act(t);
            return new Step(null, null);
        } catch (PPayException e) {
            return new Step(e.code(), e.getMessage());
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Evaluates one expectation (the words after {@code expect}); null when it holds, else why not. */
    public String check(String expectation) {
        try {
            return expect(("expect " + expectation.strip()).split("\\s+"));
        } catch (ScriptError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Everything a refusal must leave untouched: accounts, audit trails, wallets, credit windows, presence.
     * A refused action that proves no fraud must leave this exactly as it was ("bad input loses nothing").
     * A broker without accounts counts as none: the first {@code join} creates it, even when the join is refused.
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder();
        if (broker != null && !broker.accounts().isEmpty()) {
            broker.accounts().forEach((id, a) -> b.append(name(id)).append(':').append(a.balance()).append('/')
                .append(a.deposit()).append('/').append(a.prepaid()).append('/').append(a.status()).append('/').append(a.frauds()).append(';'));
            b.append("in=").append(broker.moneyIn()).append(",fees=").append(broker.feeIncome()).append(",pen=").append(broker.penaltyIncome())
                .append(",proofs=").append(broker.brokerProofs()).append(",disputes=").append(broker.openDisputes().size()).append('\n');
        }
        for (Node n : nodes.values()) {
            b.append(n.name).append(n.online ? "+" : "-").append(n.gone ? "gone" : "").append(" trails[");
            n.owner.trails().stream().sorted(java.util.Comparator.comparingLong(t -> t.coin().sn())).forEach(t -> b.append(t.coin().sn()).append('@')
                .append(t.current().map(c -> c.seq() + ">" + name(c.holder()) + ":" + c.re()).orElse("-")).append('#').append(t.proofCount()).append(','));
            b.append("] wallet[");
            for (Holding h : n.holder.holdings()) b.append(h.coin().id()).append('@').append(h.seq()).append(':').append(h.base().re()).append(',');
            b.append("] credit[");
            for (Node m : nodes.values()) if (m != n) b.append(credit.view(n, m)).append(',');
            b.append("]\n");
        }
        return b.toString();
    }

    /** Theorem 1's invariants over every honest owner's trails and every wallet; empty when they hold. */
    public List<String> invariantViolations() { return Invariants.check(this); }

    /** Names of the peers the broker has proven fraud against, one entry per detection. */
    public List<String> culprits() {
        List<String> out = new ArrayList<>();
        if (broker != null) for (Detection d : broker.detections()) out.add(name(d.culprit()));
        return out;
    }

    /** Whether the broker's books balance right now. */
    public boolean conserved() { return broker == null || broker.conserved(); }

    /** Names of the coins a peer holds (named coins only; copies are not held). */
    public List<String> coinsHeldBy(String peer) {
        Node n = nodes.get(peer);
        List<String> out = new ArrayList<>();
        if (n == null) return out;
        for (var e : coins.entrySet()) {
            if (e.getValue().copy() == null && n.holder.holding(e.getValue().id()).isPresent()) out.add(e.getKey());
        }
        out.sort(null);
        return out;
    }

    // ---- actions --------------------------------------------------------------------------------------

    /**
     * Runs one action; when it proved a fraud, holders left with void coins of that coin claim their refund
     * from the broker (Section 4.2), as a victim told by the owner or broker would.
     */
    private void act(String[] t) throws PPayException, ScriptError {
        int before = broker == null ? 0 : broker.detections().size();
        try {
            perform(t);
        } finally {
            if (broker != null && broker.detections().size() > before) {
                Set<CoinId> coinsInvolved = new HashSet<>();
                for (Detection d : broker.detections().subList(before, broker.detections().size())) coinsInvolved.add(d.coin());
                claimRefunds(coinsInvolved);
            }
        }
    }

    private void claimRefunds(Set<CoinId> coinIds) {
        for (Node n : nodes.values()) {
            if (n.gone) continue;
            for (Holding h : n.holder.holdings()) {
                if (!coinIds.contains(h.coin().id())) continue;
                try {
                    if (broker.refund(n.holder.cashRequest(h, now), now) > 0) n.holder.drop(h.coin().id());
                } catch (PPayException e) {
                    // not void (a valid holding), or nothing held for it: the holder keeps it
                }
            }
        }
    }

    private void perform(String[] t) throws PPayException, ScriptError {
        Args a = new Args(t);
        switch (t[0]) {
            case "set" -> set(a);
            case "join" -> join(a);
            case "limit" -> {
                Node p = node(a.pos(1));
                LimitCertificate c = broker().sellLimitCertificate(p.id(), a.num(2), a.num(3), now);
                p.owner.addCertificate(c);
            }
            case "buy" -> {
                Node p = node(a.pos(1));
                String name = newCoinName(a.pos(2));
                RawCoin c = broker().sellRawCoin(p.id());
                p.owner.addRawCoin(c);
                coins.put(name, new CoinRef(c.id(), null, null, null));
            }
            case "print" -> print(a);
            case "pay" -> pay(node(a.pos(1)), a.pos(2), node(a.pos(3)), a.opt("via", null));
            case "renew" -> renew(node(a.pos(1)), a.pos(2), a.opt("via", null));
            case "cash" -> cash(node(a.pos(1)), a.pos(2));
            case "copy" -> {
                Node p = node(a.pos(1));
                String name = a.pos(2);
                CoinRef ref = coin(name);
                Holding h = p.holder.holding(ref.id()).orElseThrow(() -> new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + name));
                coins.put(newCoinName(a.pos(3)), new CoinRef(ref.id(), null, h, p));
            }
            case "offline" -> node(a.pos(1)).online = false;
            case "online" -> online(node(a.pos(1)));
            case "advance" -> {
                now += Durations.seconds(a.pos(1));
                for (Node n : nodes.values()) {
                    if (n.online) n.owner.purgeExpired(now);
                    n.holder.purgeExpired(now);
                }
            }
            case "serve" -> {
                Node p = node(a.pos(1));
                Node q = node(a.pos(2));
                long n = t.length > 3 ? a.num(3) : 1;
                for (long k = 0; k < n; k++) credit.serve(this, p, q);
            }
            case "lazy" -> credit.lazy(node(a.pos(1)));
            case "lottery" -> {
                Node p = node(a.pos(1));
                Node q = node(a.pos(2));
                long n = t.length > 3 ? a.num(3) : 1;
                for (long k = 0; k < n; k++) lottery(p, q);
            }
            case "deny" -> {
                Node p = node(a.pos(1));
                p.deny.add(coin(a.pos(2)).id());
                p.dishonestOwner = true;
            }
            case "tamper" -> {
                Node p = node(a.pos(1));
                String how = t.length > 3 ? a.pos(3) : "past";
                if (!how.equals("past") && !how.equals("short")) throw new ScriptError("tamper takes past or short");
                p.tamper.put(coin(a.pos(2)).id(), how);
                p.dishonestOwner = true;
            }
            case "leave" -> leave(node(a.pos(1)));
            case "vanish" -> {
                Node p = node(a.pos(1));
                broker().vanish(p.id(), now);
                p.gone = true;
                p.online = false;
            }
            default -> throw new ScriptError("unknown action '" + t[0] + "'");
        }
    }

    private void set(Args a) throws ScriptError {
        if (broker != null) throw new ScriptError("set must come before the first join");
        Params p = params;
        long coinValue = p.coinValue(), cashFee = p.cashFee(), brokerFee = p.brokerFee(), penalty = p.penalty();
        long renewalWait = p.renewalWait(), size = p.creditWindowSize(), cap = p.netLossCap(), certLife = p.certificateLifetime();
        int maxLayers = p.maxLayers(), odds = p.lotteryOdds(), bootAfter = p.bootAfter();
        Params.CreditWindowType type = p.creditWindowType();
        for (var e : a.named().entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "coin-value" -> coinValue = Args.parse(v);
                case "cash-fee" -> cashFee = Args.parse(v);
                case "broker-fee" -> brokerFee = Args.parse(v);
                case "penalty" -> penalty = Args.parse(v);
                case "max-layers" -> maxLayers = (int) Args.parse(v);
                case "renewal-wait" -> renewalWait = Durations.seconds(v);
                case "certificate-lifetime" -> certLife = Durations.seconds(v);
                case "credit-window-type" -> type = switch (v) {
                    case "scw" -> Params.CreditWindowType.SCW;
                    case "payword" -> Params.CreditWindowType.PAYWORD;
                    default -> throw new ScriptError("credit-window-type is scw or payword");
                };
                case "credit-window-size" -> size = Args.parse(v);
                case "net-loss-cap" -> cap = v.equals("inf") ? Long.MAX_VALUE : Args.parse(v);
                case "lottery-s" -> odds = (int) Args.parse(v);
                case "boot-after" -> bootAfter = (int) Args.parse(v);
                default -> throw new ScriptError("unknown parameter '" + e.getKey() + "'");
            }
        }
        try {
            params = p.toBuilder().coinValue(coinValue).cashFee(cashFee).brokerFee(brokerFee).penalty(penalty).maxLayers(maxLayers)
                .renewalWait(renewalWait).creditWindowType(type).creditWindowSize(size).netLossCap(cap).lotteryOdds(odds)
                .bootAfter(bootAfter).certificateLifetime(certLife).build();
        } catch (IllegalArgumentException e) {
            throw new ScriptError(e.getMessage());
        }
    }

    private Broker broker() {
        if (broker == null) {
            Signer s = crypto.signer(seed("broker"));
            brokerChecks = new Checks(crypto.verifier(), s.id(), new CountingCostMeter());
            broker = new Broker(s, params, brokerChecks);
        }
        return broker;
    }

    private static byte[] seed(String name) {
        return Hashes.sha256(("ppay-scenario:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private void join(Args a) throws PPayException, ScriptError {
        String name = a.pos(1);
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new ScriptError("peer names are letters, digits, _ and -");
        Broker b = broker();
        Node existing = nodes.get(name);
        Signer s = existing != null ? existing.signer : crypto.signer(seed("peer:" + name));
        b.open(s.id(), a.numOpt("balance", 0), a.numOpt("deposit", 0));
        CountingCostMeter meter = new CountingCostMeter();
        Checks checks = new Checks(crypto.verifier(), b.id(), meter);
        Node n = new Node(name, s, new Owner(s, params, checks), new Holder(s, params, checks), meter);
        nodes.put(name, n);
        byId.put(n.id(), n);
    }

    private void print(Args a) throws PPayException, ScriptError {
        Node p = node(a.pos(1));
        String name = newCoinName(a.pos(2));
        String sn = a.opt("sn", null);
        if (sn == null) {
            coins.put(name, new CoinRef(p.owner.print(now).id(), null, null, null));
            return;
        }
        long serial = Args.parse(sn);
        CoinId id = new CoinId(p.id(), serial);
        if (p.owner.trail(id).isEmpty()) {
            coins.put(name, new CoinRef(p.owner.print(serial, now).id(), null, null, null));
            return;
        }
        // The owner prints a serial a second time: the double-printing attack of Sections 4.1 and 5.1.
        LimitCertificate cert = p.owner.certificates().stream().filter(c -> c.covers(serial)).findFirst()
            .orElseThrow(() -> new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "no certificate covers " + serial));
        PrintedCoin again = Adversary.printAgain(p.signer, cert, serial);
        p.dishonestOwner = true;
        coins.put(name, new CoinRef(id, again, null, null));
    }

    private void pay(Node p, String coinName, Node q, String via) throws PPayException, ScriptError {
        CoinRef ref = coin(coinName);
        Node owner = ownerOf(ref);
        live(p);
        live(q);
        if (ref.copy() == null && owner == p && p.holder.holding(ref.id()).isEmpty()) {
            if (via != null && !via.equals("owner")) throw new ScriptError("an owner assigns its own coin directly");
            Assignment a = ref.forged() != null
                ? Adversary.assign(p.signer, ref.forged(), q.id(), 1, now, now, now + params.renewalWait())
                : p.owner.assign(ref.id(), q.id(), now);
            a = maybeTamper(p, a);
            deliver(q, a, Holder.Context.FRESH, null, null);
            return;
        }
        Holding h = heldBy(p, ref, coinName);
        String how = via != null ? via : owner.online ? "owner" : "broker";
        switch (how) {
            case "owner" -> {
                if (!owner.online) throw new PPayException(ErrorCode.OFFLINE, owner.name + " is offline");
                ReassignmentRequest req = p.holder.reassignmentRequest(h, q.id());
                Assignment a;
                if (owner.deny.remove(ref.id())) {
                    // Wrongful denial: the holder takes the refusal to the broker, who asks the owner for proof.
                    ArbitrationRequest ask = broker().inquireDenial(h);
                    ArbitrationResponse answer = owner.owner.answer(ask);
                    a = broker().overruleDenial(req, answer, now);
                    syncOwner(owner);
                } else {
                    try {
                        a = owner.owner.reassign(req, now);
                    } catch (PPayException e) {
                        reportEvidence(owner);
                        throw e;
                    }
                    a = maybeTamper(owner, a);
                }
                dropIfCurrent(p, h);          // the relinquishment took effect: the coin is gone, whatever the payee does
                deliver(q, a, Holder.Context.REASSIGNED, h, p);
            }
            case "broker" -> {
                ReassignmentRequest req = p.holder.reassignmentRequest(h, q.id());
                Assignment a = broker().reassignForOffline(req, now);
                dropIfCurrent(p, h);
                if (owner.online) syncOwner(owner);
                deliver(q, a, Holder.Context.REASSIGNED, h, p);
            }
            case "layer" -> {
                LayeredCoin l = p.holder.layer(h, q.id(), now);
                q.holder.accept(l, Holder.Context.LAYERED, h, now);   // a refused layer was never handed over
                dropIfCurrent(p, h);
            }
            default -> throw new ScriptError("via is owner, broker or layer");
        }
    }

    private long tickets;
    private long ticketsWon;

    /**
     * P pays Q one electronic lottery ticket ([11], Section 3): P commits to a secret, Q answers with a nonce,
     * P reveals; on a win (probability 1/s) P pays Q a real coin. Secrets and nonces are derived from the
     * peers' names and a counter, so a scenario is deterministic.
     */
    private void lottery(Node p, Node q) throws PPayException {
        live(p);
        live(q);
        long serial = ++tickets;
        byte[] x = seed("ticket-secret:" + p.name + ":" + serial);
        byte[] y = seed("ticket-nonce:" + q.name + ":" + serial);
        org.ppay.core.msg.LotteryTicket ticket = org.ppay.core.credit.Lottery.issue(p.signer, q.id(), serial, params.lotteryOdds(), x, p.meter);
        org.ppay.core.msg.LotteryChallenge ch = org.ppay.core.credit.Lottery.challenge(ticket, q.signer, y, crypto.verifier(), q.meter);
        org.ppay.core.msg.LotteryReveal reveal = org.ppay.core.credit.Lottery.reveal(ticket, x);
        if (org.ppay.core.credit.Lottery.isWinner(ticket, ch, reveal, crypto.verifier(), q.meter)) {
            payCoin(p, q);
            ticketsWon++;
        }
    }

    private void renew(Node p, String coinName, String via) throws PPayException, ScriptError {
        CoinRef ref = coin(coinName);
        Node owner = ownerOf(ref);
        live(p);
        Holding h = heldBy(p, ref, coinName);
        String how = via != null ? via : owner.online ? "owner" : "broker";
        RenewalRequest req = p.holder.renewalRequest(h);
        Assignment a;
        switch (how) {
            case "owner" -> {
                if (!owner.online) throw new PPayException(ErrorCode.OFFLINE, owner.name + " is offline");
                try {
                    a = owner.owner.renew(req, now);
                } catch (PPayException e) {
                    reportEvidence(owner);
                    throw e;
                }
                a = maybeTamper(owner, a);
            }
            case "broker" -> {
                a = broker().renewForOffline(req, now);
                if (owner.online) syncOwner(owner);
            }
            default -> throw new ScriptError("via is owner or broker");
        }
        deliver(p, a, Holder.Context.RENEWED, h, null);
    }

    private void cash(Node p, String coinName) throws PPayException, ScriptError {
        CoinRef ref = coin(coinName);
        Node owner = ownerOf(ref);
        live(p);
        Holding h;
        if (ref.copy() == null && owner == p && p.holder.holding(ref.id()).isEmpty() && ref.forged() == null) {
            Assignment self = p.owner.assign(ref.id(), p.id(), now);   // an unused coin: assign it to oneself, then cash
            p.holder.accept(self, Holder.Context.FRESH, null, now);
            h = self;
        } else {
            h = heldBy(p, ref, coinName);
        }
        cashHolding(p, h, owner);
    }

    private void cashHolding(Node p, Holding h, Node owner) throws PPayException {
        CashOutcome out = broker().cash(p.holder.cashRequest(h, now), now);
        if (out instanceof CashOutcome.Disputed d) {
            if (!owner.online) {                       // arbitrated when the owner returns; the coin is handed in
                dropIfCurrent(p, h);
                return;
            }
            List<Detection> found = broker.resolve(owner.owner.answer(d.request()), now);
            for (Detection det : found) {
                if (det.culprit().equals(p.id()) && det.kind() == Detection.Kind.HOLDER_DOUBLE_SPEND) {
                    dropIfCurrent(p, h);
                    throw new PPayException(ErrorCode.RELINQUISHED, p.name + " had relinquished the assignment it cashed");
                }
            }
        }
        dropIfCurrent(p, h);
    }

    private void online(Node p) throws PPayException {
        if (p.gone) throw new PPayException(ErrorCode.ACCOUNT_CLOSED, p.name + " has left the system");
        p.online = true;
        syncOwner(p);
        p.owner.purgeExpired(now);
    }

    /** Delivers what the broker did for a returning owner, then any arbitration waiting for it. */
    private void syncOwner(Node owner) throws PPayException {
        for (FraudEvidence ev : owner.owner.auditBrokerActions(broker().takeStored(owner.id()))) broker.punish(ev);
        for (CoinId c : broker.openDisputes()) {
            if (!c.owner().equals(owner.id())) continue;
            Optional<ArbitrationRequest> ask = broker.disputeFor(c);
            if (ask.isPresent()) broker.resolve(owner.owner.answer(ask.get()), now);
        }
    }

    private void leave(Node p) throws PPayException {
        live(p);
        // Recall (Section 4.2): every holder of p's coins cashes them, then p cashes what it holds.
        for (Node n : nodes.values()) {
            if (n == p || n.gone) continue;
            for (Holding h : n.holder.holdings()) {
                if (h.coin().owner().equals(p.id())) tryCash(n, h, p);
            }
        }
        for (Holding h : p.holder.holdings()) tryCash(p, h, ownerOf(h.coin().id()));
        broker().leave(p.id(), now);
        p.gone = true;
        p.online = false;
    }

    private void tryCash(Node n, Holding h, Node owner) {
        try {
            cashHolding(n, h, owner);
        } catch (PPayException e) {
            n.holder.drop(h.coin().id());           // expired or refuted: worthless either way
        }
    }

    private Assignment maybeTamper(Node owner, Assignment a) {
        String how = owner.tamper.remove(a.coin().id());
        if (how == null) return a;
        long w = params.renewalWait();
        return how.equals("past")
            ? Adversary.assign(owner.signer, a.coin(), a.holder(), a.seq(), a.ts(), a.ts() - 3 * w, a.ts() - 2 * w)
            : Adversary.assign(owner.signer, a.coin(), a.holder(), a.seq(), a.ts(), a.rb(), a.rb() + w / 2);
    }

    /** Hands a new holding to its holder; a tampered window is refused and proven against the owner. */
    private void deliver(Node to, Assignment a, Holder.Context ctx, Holding previous, Node payer) throws PPayException {
        try {
            to.holder.accept(a, ctx, previous, now);
        } catch (PPayException e) {
            if (e.code() == ErrorCode.WINDOW_TAMPERED || e.code() == ErrorCode.EXPIRED && a.re() < a.ts()) {
                Node victim = payer != null ? payer : ctx == Holder.Context.RENEWED ? to : null;
                broker().punishTampering(a, victim == null ? null : victim.id());
                if (payer != null) payer.holder.drop(a.coin().id());
                if (ctx == Holder.Context.RENEWED) to.holder.drop(a.coin().id());
                throw new PPayException(ErrorCode.WINDOW_TAMPERED, e.getMessage());
            }
            throw e;
        }
    }

    private void reportEvidence(Node owner) throws PPayException {
        Optional<FraudEvidence> ev = owner.owner.evidence();
        if (ev.isPresent()) broker().punish(ev.get());
    }

    private static void dropIfCurrent(Node p, Holding h) {
        p.holder.holding(h.coin().id()).filter(cur -> cur.seq() == h.seq()).ifPresent(cur -> p.holder.drop(h.coin().id()));
    }

    private Holding heldBy(Node p, CoinRef ref, String coinName) throws PPayException {
        if (ref.copy() != null) {
            if (ref.copyHolder() != p) throw new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + coinName);
            return ref.copy();
        }
        return p.holder.holding(ref.id()).orElseThrow(() -> new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + coinName));
    }

    private static void live(Node p) throws PPayException {
        if (p.gone) throw new PPayException(ErrorCode.ACCOUNT_CLOSED, p.name + " has left the system");
        if (!p.online) throw new PPayException(ErrorCode.OFFLINE, p.name + " is offline");
    }

    // ---- expectations ---------------------------------------------------------------------------------

    private String expect(String[] t) throws ScriptError {
        if (t.length < 2) throw new ScriptError("expect what?");
        Args a = new Args(t);
        switch (t[1]) {
            case "holder" -> {
                CoinRef ref = coin(a.pos(2));
                String want = a.pos(3);
                String got = holderName(ref.id());
                return want.equals(got) ? null : "holder of " + a.pos(2) + " is " + got + ", expected " + want;
            }
            case "balance", "deposit" -> {
                Node p = node(a.pos(2));
                long want = a.num(3);
                org.ppay.core.broker.Books.Account acc = broker().account(p.id()).orElseThrow(() -> new ScriptError(p.name + " has no account"));
                long got = t[1].equals("balance") ? acc.balance() : acc.deposit();
                return got == want ? null : t[1] + " of " + p.name + " is " + got + ", expected " + want;
            }
            case "punished", "not-punished", "booted" -> {
                Node p = node(a.pos(2));
                org.ppay.core.broker.Books.Account acc = broker().account(p.id()).orElseThrow(() -> new ScriptError(p.name + " has no account"));
                boolean ok = switch (t[1]) {
                    case "punished" -> acc.frauds() > 0;
                    case "not-punished" -> acc.frauds() == 0;
                    default -> acc.status() == org.ppay.core.broker.Books.Status.BOOTED;
                };
                return ok ? null : p.name + " is not " + t[1] + " (frauds " + acc.frauds() + ", status " + acc.status() + ")";
            }
            case "detected" -> {
                Node p = node(a.pos(2));
                boolean found = broker().detections().stream().anyMatch(d -> d.culprit().equals(p.id()));
                return found ? null : "no fraud was attributed to " + p.name;
            }
            case "credit" -> {
                long got = credit.view(node(a.pos(2)), node(a.pos(3)));
                long want = a.num(4);
                return got == want ? null : "credit " + a.pos(2) + "->" + a.pos(3) + " is " + got + ", expected " + want;
            }
            case "tickets-won" -> {
                long want = a.num(2);
                return ticketsWon == want ? null : ticketsWon + " lottery tickets won, expected " + want;
            }
            case "loss" -> {
                long got = credit.loss(node(a.pos(2)));
                long want = a.num(3);
                return got == want ? null : "credit loss of " + a.pos(2) + " is " + got + ", expected " + want;
            }
            case "conserved" -> {
                Broker b = broker();
                return b.conserved() ? null : "money not conserved: " + b.moneyIn() + " entered, " + b.moneyAccountedFor() + " accounted for";
            }
            case "invariants" -> {
                List<String> broken = Invariants.check(this);
                return broken.isEmpty() ? null : String.join("; ", broken);
            }
            default -> throw new ScriptError("unknown expectation '" + t[1] + "'");
        }
    }

    // ---- lookups --------------------------------------------------------------------------------------

    Node node(String name) throws ScriptError {
        Node n = nodes.get(name);
        if (n == null) throw new ScriptError("unknown peer '" + name + "' (join it first)");
        return n;
    }

    private CoinRef coin(String name) throws ScriptError {
        CoinRef c = coins.get(name);
        if (c == null) throw new ScriptError("unknown coin '" + name + "'");
        return c;
    }

    private String newCoinName(String name) throws ScriptError {
        if (coins.containsKey(name)) throw new ScriptError("coin name '" + name + "' is taken");
        return name;
    }

    private Node ownerOf(CoinRef ref) throws ScriptError { return ownerOf(ref.id()); }

    private Node ownerOf(CoinId id) {
        Node n = byId.get(id.owner());
        if (n == null) throw new IllegalStateException("coin of an unknown owner");
        return n;
    }

    private String name(PeerId id) {
        Node n = byId.get(id);
        return n == null ? id.toString() : n.name;
    }

    /** Who holds the newest assignment of a coin: a wallet, its owner if unassigned, or "none" once cashed. */
    private String holderName(CoinId id) {
        Node best = null;
        long bestSeq = -1;
        for (Node n : nodes.values()) {
            Optional<Holding> h = n.holder.holding(id);
            if (h.isPresent() && h.get().seq() > bestSeq) { best = n; bestSeq = h.get().seq(); }
        }
        if (best != null) return best.name;
        Node owner = byId.get(id.owner());
        if (owner != null && owner.owner.trail(id).flatMap(AuditTrail::current).isEmpty() && owner.owner.trail(id).isPresent()) return owner.name;
        return "none";
    }

    Params params() { return params; }

    org.ppay.core.crypto.Verifier verifier() { return crypto.verifier(); }

    long now() { return now; }

    Broker brokerOrNull() { return broker; }

    Iterable<Node> nodes() { return nodes.values(); }

    Node nodeById(PeerId id) { return byId.get(id); }

    /** Pays one coin from {@code payer} to {@code payee} by the payer's own choice (credit windows). */
    void payCoin(Node payer, Node payee) throws PPayException {
        live(payer);
        live(payee);
        for (Coin c : payer.owner.unassigned()) {
            Assignment a = payer.owner.assign(c.id(), payee.id(), now);
            deliver(payee, a, Holder.Context.FRESH, null, null);
            return;
        }
        PaymentPlan plan = payer.holder.plan(id -> { Node n = byId.get(id); return n != null && n.online; },
            Scheme.PPAY, now);
        try {
            if (plan instanceof PaymentPlan.ViaOwner v) {
                pay(payer, nameFor(v.holding()), payee, "owner");
            } else if (plan instanceof PaymentPlan.Layer l) {
                pay(payer, nameFor(l.holding()), payee, "layer");
            } else if (plan instanceof PaymentPlan.ViaBroker b) {
                pay(payer, nameFor(b.holding()), payee, "broker");
            } else {
                PrintedCoin c = payer.owner.print(now);
                coins.put("auto-" + c.id(), new CoinRef(c.id(), null, null, null));
                Assignment a = payer.owner.assign(c.id(), payee.id(), now);
                deliver(payee, a, Holder.Context.FRESH, null, null);
            }
        } catch (ScriptError e) {
            throw new IllegalStateException("coin names are generated here, so this cannot happen", e);
        }
    }

    private String nameFor(Holding h) {
        for (var e : coins.entrySet()) if (e.getValue().copy() == null && e.getValue().id().equals(h.coin().id())) return e.getKey();
        String name = "auto-" + h.coin().id();
        coins.put(name, new CoinRef(h.coin().id(), null, null, null));
        return name;
    }
}
