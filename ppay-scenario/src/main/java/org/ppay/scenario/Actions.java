package org.ppay.scenario;

import java.util.HashSet;
import java.util.Set;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.broker.Broker;
import org.ppay.core.credit.Lottery;
import org.ppay.core.crypto.Signer;
import org.ppay.core.exchange.Exchange;
import org.ppay.core.exchange.RefusedPayment;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.BuyRequest;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.CoinSale;
import org.ppay.core.msg.FundRequest;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.JoinRequest;
import org.ppay.core.msg.LeaveRequest;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.LimitRequest;
import org.ppay.core.msg.LotteryChallenge;
import org.ppay.core.msg.LotteryReveal;
import org.ppay.core.msg.LotteryTicket;
import org.ppay.core.msg.Message;
import org.ppay.core.msg.Payment;
import org.ppay.core.msg.PrintedCoin;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.role.Detection;
import org.ppay.core.role.PaymentPlan;
import org.ppay.core.role.Scheme;
import org.ppay.scenario.attack.Adversary;
import org.ppay.scenario.attack.Denial;
import org.ppay.scenario.attack.FalseRefusal;
import org.ppay.scenario.attack.Tampering;

/**
 * Carries out the scenario language's actions on a {@link World}: every protocol step through the core's
 * {@link Exchange} and signed account requests; the attacks (double printing, copies, denial, tampering, false
 * refusals) from {@code org.ppay.scenario.attack}, wrapped around the peers they corrupt.
 */
final class Actions {
    private final World w;
    private final Set<String> reservedNames = new HashSet<>();
    private long tickets;
    private long ticketsWon;

    Actions(World w) { this.w = w; }

    long ticketsWon() { return ticketsWon; }

    /**
     * Runs one action; when it proved a fraud, holders left with void coins of that coin claim their refund from
     * the broker (Section 4.2), as a victim told by the owner or broker would.
     */
    void perform(Action a) throws PPayException, ScriptError {
        Broker b = w.brokerOrNull();
        int before = b == null ? 0 : b.detections().size();
        try {
            run(a);
        } finally {
            b = w.brokerOrNull();
            if (b != null && b.detections().size() > before) {
                Set<CoinId> involved = new HashSet<>();
                for (Detection d : b.detections().subList(before, b.detections().size())) involved.add(d.coin());
                claimRefunds(involved);
            }
        }
    }

    private void claimRefunds(Set<CoinId> involved) {
        for (ScenarioPeer n : w.nodes()) {
            if (n.gone) continue;
            for (Holding h : n.peer.holder().holdings()) {
                if (!involved.contains(h.coin().id())) continue;
                try {
                    n.exchange.refund(h, w.now());
                } catch (PPayException e) {
                    // not void (a valid holding), or nothing held for it: the holder keeps it
                }
            }
        }
    }

    private void run(Action a) throws PPayException, ScriptError {
        if (a instanceof Action.Set s) set(s);
        else if (a instanceof Action.Join j) join(j);
        else if (a instanceof Action.Fund f) account(w.node(f.peer()), (s, n, t) -> new FundRequest(s.id(), f.amount(), n, t, s.sign(FundRequest.signedBytes(s.id(), f.amount(), n, t))));
        else if (a instanceof Action.Limit l) limit(l);
        else if (a instanceof Action.Buy b) buy(b);
        else if (a instanceof Action.Print p) print(p);
        else if (a instanceof Action.Pay p) pay(p);
        else if (a instanceof Action.Renew r) renew(r);
        else if (a instanceof Action.Cash c) cash(c);
        else if (a instanceof Action.Copy c) copy(c);
        else if (a instanceof Action.Offline o) w.node(o.peer()).online = false;
        else if (a instanceof Action.Online o) online(w.node(o.peer()));
        else if (a instanceof Action.Advance adv) advance(adv.seconds());
        else if (a instanceof Action.Serve s) serve(w.node(s.server()), w.node(s.client()), s.times());
        else if (a instanceof Action.Lazy l) w.node(l.peer()).peer.lazy(true);
        else if (a instanceof Action.Lottery l) lottery(w.node(l.payer()), w.node(l.payee()), l.tickets());
        else if (a instanceof Action.Deny d) deny(d);
        else if (a instanceof Action.Tamper t) tamper(t);
        else if (a instanceof Action.Refuse r) refuse(r);
        else if (a instanceof Action.Leave l) leave(w.node(l.peer()));
        else vanish(w.node(((Action.Vanish) a).peer()));
    }

    private void set(Action.Set s) throws ScriptError {
        Params.Builder p = w.params().toBuilder();
        for (var e : s.values().entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case "coin-value" -> p.coinValue(Args.parse(v));
                case "cash-fee" -> p.cashFee(Args.parse(v));
                case "broker-fee" -> p.brokerFee(Args.parse(v));
                case "penalty" -> p.penalty(Args.parse(v));
                case "max-layers" -> p.maxLayers((int) Args.parse(v));
                case "renewal-wait" -> p.renewalWait(Durations.seconds(v));
                case "certificate-lifetime" -> p.certificateLifetime(Durations.seconds(v));
                case "credit-window-type" -> p.creditWindowType(switch (v) {
                    case "scw" -> Params.CreditWindowType.SCW;
                    case "payword" -> Params.CreditWindowType.PAYWORD;
                    default -> throw new ScriptError("credit-window-type is scw or payword");
                });
                case "credit-window-size" -> p.creditWindowSize(Args.parse(v));
                case "net-loss-cap" -> p.netLossCap(v.equals("inf") ? Long.MAX_VALUE : Args.parse(v));
                case "lottery-s" -> p.lotteryOdds((int) Args.parse(v));
                case "boot-after" -> p.bootAfter((int) Args.parse(v));
                default -> throw new ScriptError("unknown parameter '" + e.getKey() + "'");
            }
        }
        try {
            w.params(p.build());
        } catch (IllegalArgumentException e) {
            throw new ScriptError(e.getMessage());
        }
    }

    /** Builds one signed account request from the account's key, a fresh nonce and the world's time. */
    private interface RequestOf { Message make(Signer key, long nonce, long time); }

    /** Sends a signed account request (join, fund, limit, buy, leave); a request that cannot even be built is INVALID_ARGUMENT. */
    private Message account(Signer key, RequestOf request) throws PPayException {
        Message req;
        try {
            req = request.make(key, w.next(), w.now());
        } catch (IllegalArgumentException e) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
        }
        return w.ask(req);
    }

    private Message account(ScenarioPeer p, RequestOf request) throws PPayException { return account(p.signer, request); }

    private void join(Action.Join j) throws PPayException {
        Signer s = w.keyOf(j.peer());
        w.broker();
        account(s, (k, n, t) -> new JoinRequest(k.id(), j.balance(), j.deposit(), n, t, k.sign(JoinRequest.signedBytes(k.id(), j.balance(), j.deposit(), n, t))));
        w.add(j.peer(), s);
    }

    private void limit(Action.Limit l) throws PPayException, ScriptError {
        ScenarioPeer p = w.node(l.peer());
        LimitCertificate c = (LimitCertificate) account(p, (k, n, t) ->
            new LimitRequest(k.id(), l.liml(), l.limu(), n, t, k.sign(LimitRequest.signedBytes(k.id(), l.liml(), l.limu(), n, t))));
        p.peer.owner().addCertificate(c);
    }

    private void buy(Action.Buy b) throws PPayException, ScriptError {
        ScenarioPeer p = w.node(b.peer());
        if (w.coins().containsKey(b.coin())) throw new ScriptError("coin name '" + b.coin() + "' is taken");
        CoinSale sale = (CoinSale) account(p, (k, n, t) -> new BuyRequest(k.id(), 1, n, t, k.sign(BuyRequest.signedBytes(k.id(), 1, n, t))));
        RawCoin c = sale.coins().get(0);
        p.peer.owner().addRawCoin(c);
        w.nameCoin(b.coin(), CoinRef.of(c.id()));
    }

    private void print(Action.Print a) throws PPayException, ScriptError {
        ScenarioPeer p = w.node(a.peer());
        if (w.coins().containsKey(a.coin())) throw new ScriptError("coin name '" + a.coin() + "' is taken");
        if (a.sn() == null) {
            w.nameCoin(a.coin(), CoinRef.of(p.peer.owner().print(w.now()).id()));
            return;
        }
        long serial = a.sn();
        CoinId id = new CoinId(p.id(), serial);
        if (p.peer.owner().trail(id).isEmpty()) {
            w.nameCoin(a.coin(), CoinRef.of(p.peer.owner().print(serial, w.now()).id()));
            return;
        }
        // The owner prints a serial a second time: the double-printing attack of Sections 4.1 and 5.1.
        LimitCertificate cert = p.peer.owner().certificates().stream().filter(c -> c.covers(serial)).findFirst()
            .orElseThrow(() -> new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "no certificate covers " + serial));
        PrintedCoin again = Adversary.printAgain(p.signer, cert, serial);
        p.dishonestOwner = true;
        w.nameCoin(a.coin(), new CoinRef(id, again, null, null));
    }

    private void pay(Action.Pay a) throws PPayException, ScriptError {
        CoinRef ref = w.coin(a.coin());
        ScenarioPeer p = w.node(a.payer()), q = w.node(a.payee()), owner = w.ownerOf(ref.id());
        World.live(p);
        World.live(q);
        if (ref.copy() == null && owner == p && p.peer.holder().holding(ref.id()).isEmpty()) {
            if (a.via() != null && a.via() != Action.Via.OWNER) throw new ScriptError("an owner assigns its own coin directly");
            long now = w.now();
            Assignment first = ref.forged() != null
                ? Adversary.assign(p.signer, ref.forged(), q.id(), 1, now, now, now + w.params().renewalWait())
                : p.peer.owner().assign(ref.id(), q.id(), now);
            p.exchange.deliver(new Payment(tamperIfPending(p, first), null), now);
            return;
        }
        Holding h = heldBy(p, ref, a.coin());
        Action.Via via = a.via() != null ? a.via() : owner.online ? Action.Via.OWNER : Action.Via.BROKER;
        PaymentPlan plan = switch (via) {
            case OWNER -> new PaymentPlan.ViaOwner(h);
            case BROKER -> new PaymentPlan.ViaBroker(h);
            case LAYER -> new PaymentPlan.Layer(h);
        };
        p.exchange.carryOut(plan, q.id(), w.now());
    }

    /** An owner with a tampering pending for this coin bends the window of its first assignment too. */
    private static Assignment tamperIfPending(ScenarioPeer owner, Assignment a) {
        Tampering t = owner.tampering.get(a.coin().id());
        return t == null || t.spent() ? a : t.tamper(a);
    }

    private void renew(Action.Renew r) throws PPayException, ScriptError {
        CoinRef ref = w.coin(r.coin());
        ScenarioPeer p = w.node(r.holder()), owner = w.ownerOf(ref.id());
        World.live(p);
        Holding h = heldBy(p, ref, r.coin());
        boolean viaBroker = r.via() != null ? r.via() == Action.Via.BROKER : !owner.online;
        p.exchange.renew(h, viaBroker, w.now());
    }

    private void cash(Action.Cash c) throws PPayException, ScriptError {
        CoinRef ref = w.coin(c.coin());
        ScenarioPeer p = w.node(c.holder());
        World.live(p);
        if (ref.copy() == null && w.ownerOf(ref.id()) == p && p.peer.holder().holding(ref.id()).isEmpty() && ref.forged() == null) {
            p.exchange.cashUnassigned(ref.id(), w.now());     // an unused coin: assign it to oneself, then cash
        } else {
            p.exchange.cash(heldBy(p, ref, c.coin()), w.now());
        }
    }

    private void copy(Action.Copy c) throws PPayException, ScriptError {
        ScenarioPeer p = w.node(c.holder());
        CoinRef ref = w.coin(c.coin());
        Holding h = p.peer.holder().holding(ref.id()).orElseThrow(() -> new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + c.coin()));
        w.nameCoin(c.copy(), new CoinRef(ref.id(), null, h, p));
    }

    private void online(ScenarioPeer p) throws PPayException {
        if (p.gone) throw new PPayException(ErrorCode.ACCOUNT_CLOSED, p.name + " has left the system");
        p.online = true;
        p.exchange.comeBack(w.now());
        p.peer.owner().purgeExpired(w.now());
    }

    private void advance(long seconds) {
        w.advance(seconds);
        for (ScenarioPeer n : w.nodes()) {
            if (n.online) n.peer.owner().purgeExpired(w.now());
            n.peer.holder().purgeExpired(w.now());
        }
    }

    /** {@code server} serves {@code client} n times; the client pays each service with one picopayment (Section 5.4). */
    private void serve(ScenarioPeer server, ScenarioPeer client, long times) throws PPayException {
        for (long k = 0; k < times; k++) {
            client.exchange.picopay(w.line(client, server), server.id(), server.meter, () -> payCoin(client, server), w.now());
        }
    }

    /** Pays one coin from {@code payer} to {@code payee} by the payer's own choice (Section 6.3). */
    private Holding payCoin(ScenarioPeer payer, ScenarioPeer payee) throws PPayException {
        World.live(payer);
        World.live(payee);
        try {
            Holding paid = payer.exchange.payCoin(payee.id(), Scheme.PPAY, w.now()).delivered();
            w.nameIfNew(paid.coin().id());
            return paid;
        } catch (RefusedPayment e) {
            w.nameIfNew(e.refusal().coinId());
            throw e;
        }
    }

    /**
     * P pays Q one electronic lottery ticket ([11], Section 3): P commits to a secret, Q answers with a nonce,
     * P reveals; on a win (probability 1/s) P pays Q a real coin. Secrets and nonces derive from the peers' names
     * and a counter, so a scenario is deterministic.
     */
    private void lottery(ScenarioPeer p, ScenarioPeer q, long n) throws PPayException {
        for (long k = 0; k < n; k++) {
            World.live(p);
            World.live(q);
            long serial = ++tickets;
            byte[] x = World.seed("ticket-secret:" + p.name + ":" + serial);
            byte[] y = World.seed("ticket-nonce:" + q.name + ":" + serial);
            var verifier = w.crypto().verifier();
            LotteryTicket ticket = Lottery.issue(p.signer, q.id(), serial, w.params().lotteryOdds(), x, p.meter);
            LotteryChallenge ch = Lottery.challenge(ticket, q.signer, y, verifier, q.meter);
            LotteryReveal reveal = Lottery.reveal(ticket, x);
            if (Lottery.isWinner(ticket, ch, reveal, verifier, q.meter)) {
                payCoin(p, q);
                ticketsWon++;
            }
        }
    }

    private void deny(Action.Deny d) throws ScriptError {
        ScenarioPeer u = w.node(d.owner());
        u.endpoint = new Denial(u.endpoint, u.peer.owner(), w.coin(d.coin()).id());
        u.dishonestOwner = true;
    }

    private void tamper(Action.Tamper t) throws ScriptError {
        ScenarioPeer u = w.node(t.owner());
        CoinId coin = w.coin(t.coin()).id();
        Tampering.How how = t.how() == Action.Tampering.PAST ? Tampering.How.PAST : Tampering.How.SHORT;
        Tampering attack = new Tampering(u.endpoint, u.signer, coin, how, w.params().renewalWait());
        u.endpoint = attack;
        u.tampering.put(coin, attack);
        u.dishonestOwner = true;
    }

    private void refuse(Action.Refuse r) throws ScriptError {
        ScenarioPeer x = w.node(r.peer());
        CoinId coin = w.coin(r.coin()).id();
        String keep = r.keep();
        if (keep != null && (w.coins().containsKey(keep) || !reservedNames.add(keep))) throw new ScriptError("coin name '" + keep + "' is taken");
        FalseRefusal attack = new FalseRefusal(x.endpoint, x.signer, coin, r.reason(),
            keep == null ? null : h -> w.coins().put(keep, new CoinRef(coin, null, h, x)));
        x.endpoint = attack;
        x.refusals.add(attack);
    }

    private void leave(ScenarioPeer p) throws PPayException {
        World.live(p);
        // Recall (Section 4.2): every holder of p's coins cashes them, then p deposits its trails and cashes what it holds.
        for (ScenarioPeer n : w.nodes()) {
            if (n == p || n.gone) continue;
            for (Holding h : n.peer.holder().holdings()) if (h.coin().owner().equals(p.id())) cashOrDrop(n, h);
        }
        p.exchange.leave(w.now());
        account(p, (k, n, t) -> new LeaveRequest(k.id(), n, t, k.sign(LeaveRequest.signedBytes(k.id(), n, t))));
        p.gone = true;
        p.online = false;
    }

    private void cashOrDrop(ScenarioPeer n, Holding h) {
        try {
            n.exchange.cash(h, w.now());
        } catch (PPayException e) {
            n.peer.holder().drop(h.coin().id());           // expired or refuted: worthless either way
        }
    }

    private void vanish(ScenarioPeer p) throws PPayException {
        w.broker().vanish(p.id(), w.now());
        p.gone = true;
        p.online = false;
    }

    private static Holding heldBy(ScenarioPeer p, CoinRef ref, String coinName) throws PPayException {
        if (ref.copy() != null) {
            if (ref.copyHolder() != p) throw new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + coinName);
            return ref.copy();
        }
        return p.peer.holder().holding(ref.id()).orElseThrow(() -> new PPayException(ErrorCode.NOT_HOLDER, p.name + " does not hold " + coinName));
    }
}
