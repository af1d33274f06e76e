package org.ppay.core.role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.crypto.Signer;
import org.ppay.core.msg.ArbitrationRequest;
import org.ppay.core.msg.ArbitrationResponse;
import org.ppay.core.msg.Assignment;
import org.ppay.core.msg.CashReceipt;
import org.ppay.core.msg.CashRequest;
import org.ppay.core.msg.CoinId;
import org.ppay.core.msg.Holding;
import org.ppay.core.msg.LayeredCoin;
import org.ppay.core.msg.LimitCertificate;
import org.ppay.core.msg.RawCoin;
import org.ppay.core.msg.ReassignmentRequest;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.msg.RenewalRequest;

/**
 * The trusted broker (Sections 3–5): keeps accounts, sells raw coins and limit certificates, cashes coins,
 * acts for offline owners (downtime protocol, fee to both sides), arbitrates conflicting claims and punishes
 * proven fraud. Money is conserved: see {@link #conserved()}.
 */
public final class Broker {
    public enum Status { ACTIVE, BOOTED, CLOSED, VANISHED }

    /** One account: spendable balance, deposit held apart, and the prepaid value of its outstanding coins. */
    public static final class Account {
        private long balance;
        private long deposit;
        private long prepaid;
        private Status status = Status.ACTIVE;
        private int frauds;
        private final TreeMap<Long, Long> serials = new TreeMap<>();   // allocated [lo, hi] ranges

        public long balance() { return balance; }
        public long deposit() { return deposit; }
        public long prepaid() { return prepaid; }
        public Status status() { return status; }
        public int frauds() { return frauds; }
    }

    /** What the broker knows of one coin: who cashed it, refuted claims, and proofs from downtime requests. */
    private static final class CoinRecord {
        Holding paid;
        CashReceipt receipt;
        final List<Holding> pending = new ArrayList<>();
        final Set<String> refuted = new HashSet<>();
        /** Claims descending from a proven double spend: void, refunded once from {@link #escrow}. */
        final Set<String> voided = new HashSet<>();
        final Set<String> refunded = new HashSet<>();
        /** Fake-coin payments taken from culprits and held for the holders left with void coins. */
        int escrow;
        final Map<Long, Relinquishment> proofs = new HashMap<>();
        Assignment latestIssued;
    }

    private final Signer signer;
    private final Params params;
    private final Checks checks;
    private final Map<PeerId, Account> accounts = new LinkedHashMap<>();
    private final Map<CoinId, CoinRecord> coins = new HashMap<>();
    private final Map<PeerId, List<Owner.BrokerAction>> stored = new HashMap<>();
    private final List<Detection> detections = new ArrayList<>();
    private final Set<String> punishedEvidence = new HashSet<>();
    private long moneyIn;
    private long escrowCoins;
    private long feeIncome;
    private long penaltyIncome;

    public Broker(Signer signer, Params params, Checks checks) {
        this.signer = signer;
        this.params = params;
        this.checks = checks;
    }

    public PeerId id() { return signer.id(); }

    public Params params() { return params; }

    // ---- accounts -------------------------------------------------------------------------------------

    /** Opens an account; {@code balance + deposit} enters the system (from the peer's credit card, Section 4.2). */
    public void open(PeerId peer, long balance, long deposit) throws PPayException {
        if (balance < 0 || deposit < 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "amounts must be non-negative");
        if (accounts.containsKey(peer)) throw new PPayException(ErrorCode.DUPLICATE_ACCOUNT, "account exists: " + peer);
        Account a = new Account();
        a.balance = balance;
        a.deposit = deposit;
        accounts.put(peer, a);
        moneyIn += balance + deposit;
    }

    /**
     * Adds {@code amount} to an open account's balance; like an account's opening money it enters the system
     * (from the peer's credit card, Section 4.2), so {@link #moneyIn()} grows with it and the books stay conserved.
     */
    public void fund(PeerId peer, long amount) throws PPayException {
        if (amount <= 0) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "a fund amount must be positive");
        Account a = active(peer);
        if (amount > Long.MAX_VALUE - Math.max(0, Math.max(a.balance, moneyIn))) {
            throw new PPayException(ErrorCode.INVALID_ARGUMENT, "funding " + amount + " would overflow the books");
        }
        a.balance += amount;
        moneyIn += amount;
    }

    public Optional<Account> account(PeerId peer) { return Optional.ofNullable(accounts.get(peer)); }

    public Map<PeerId, Account> accounts() { return Collections.unmodifiableMap(accounts); }

    private Account active(PeerId peer) throws PPayException {
        Account a = accounts.get(peer);
        if (a == null) throw new PPayException(ErrorCode.UNKNOWN_ACCOUNT, "no account for " + peer);
        switch (a.status) {
            case BOOTED -> throw new PPayException(ErrorCode.BOOTED, peer + " was booted");
            case CLOSED, VANISHED -> throw new PPayException(ErrorCode.ACCOUNT_CLOSED, peer + " has left");
            case ACTIVE -> { }
        }
        return a;
    }

    private Account known(PeerId peer) throws PPayException {
        Account a = accounts.get(peer);
        if (a == null) throw new PPayException(ErrorCode.UNKNOWN_ACCOUNT, "no account for " + peer);
        return a;
    }

    // ---- issuing --------------------------------------------------------------------------------------

    /** Sells U a raw coin C = {U, sn}SK_B (eq. 1), prepaid from U's balance. */
    public RawCoin sellRawCoin(PeerId owner) throws PPayException {
        Account a = active(owner);
        if (a.balance < params.coinValue()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "a coin costs " + params.coinValue());
        long sn = a.serials.isEmpty() ? 1 : a.serials.lastEntry().getValue() + 1;
        a.balance -= params.coinValue();
        a.prepaid += params.coinValue();
        a.serials.put(sn, sn);
        checks.meter().add(CostAction.SIGN);
        RawCoin c = new RawCoin(owner, sn, signer.sign(RawCoin.signedBytes(owner, sn)));
        checks.meter().sent(c);
        return c;
    }

    /** Sells L = {U, lim_l, lim_u}SK_B (eq. 6); U prepays lim_u − lim_l + 1 coins (Section 5.1). */
    public LimitCertificate sellLimitCertificate(PeerId owner, long liml, long limu, long now) throws PPayException {
        Account a = active(owner);
        if (liml < 1 || limu < liml) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "need 1 <= lim_l <= lim_u");
        var below = a.serials.floorEntry(limu);
        if (below != null && below.getValue() >= liml) {
            throw new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "serials overlap [" + below.getKey() + ", " + below.getValue() + "] already sold");
        }
        long count = limu - liml + 1;
        if (count > a.balance / params.coinValue()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "prepay of " + count + " coins exceeds balance");
        a.balance -= count * params.coinValue();
        a.prepaid += count * params.coinValue();
        a.serials.put(liml, limu);
        long expiry = now + params.certificateLifetime();
        checks.meter().add(CostAction.SIGN);
        LimitCertificate c = new LimitCertificate(owner, liml, limu, expiry, signer.sign(LimitCertificate.signedBytes(owner, liml, limu, expiry)));
        checks.meter().sent(c);
        return c;
    }

    // ---- cashing and arbitration ----------------------------------------------------------------------

    /**
     * Cashes a coin for its holder at coin value minus the cash fee (Section 3). The broker records
     * (owner, sn, holder, seq); a second, different claim on the same coin goes to arbitration (Section 4.1).
     */
    public CashOutcome cash(CashRequest req, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.holding();
        Account holder = active(h.holder());
        known(h.coin().owner());
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "cash request");
        checks.holding(h, params.maxLayers());
        Checks.notExpired(h, now);
        CoinRecord r = coins.computeIfAbsent(h.coin().id(), k -> new CoinRecord());
        if (r.paid != null && r.paid.holder().equals(h.holder()) && r.paid.seq() == h.seq()) return new CashOutcome.Paid(r.receipt);
        if (isVoid(r, h)) {
            // Refused, not punished: its holder is a victim; it gets its money through refund().
            throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend: claim a refund");
        }
        if (r.refuted.contains(claimKey(h))) throw new PPayException(ErrorCode.RELINQUISHED, "this claim was already refuted");
        Relinquishment own = r.proofs.get(h.seq());
        if (own != null && own.relinquisher().equals(h.holder())) {
            convictHolder(h.holder(), h.coin().id(), h.seq(), null, 0);
            r.refuted.add(claimKey(h));
            throw new PPayException(ErrorCode.RELINQUISHED, h.holder() + " relinquished seq " + h.seq() + " through the broker");
        }
        for (Holding p : r.pending) {
            if (p.holder().equals(h.holder()) && p.seq() == h.seq()) return new CashOutcome.Disputed(arbitration(h.coin().id(), r));
        }
        if (r.paid == null && r.pending.isEmpty() && r.latestIssued == null || r.paid == null && r.pending.isEmpty() && h.seq() >= r.latestIssued.seq()) {
            keepLayerProofs(r, h);
            return new CashOutcome.Paid(pay(r, h, holder, now));
        }
        List<Holding> wouldAsk = claims(r);
        wouldAsk.add(h);
        if (!ArbitrationRequest.fits(wouldAsk)) {
            throw new PPayException(ErrorCode.DISPUTE_FULL, "the open dispute on " + h.coin().id() + " holds " + (wouldAsk.size() - 1)
                + " claims, as many as one arbitration request carries: present this claim again once it is ruled");
        }
        r.pending.add(h);
        Status ownerStatus = accounts.get(h.coin().owner()).status;
        if (ownerStatus == Status.VANISHED || ownerStatus == Status.CLOSED) {
            // No owner will ever answer: judge by default now (Section 4.2).
            rule(h.coin().id(), r, new ArrayList<>(r.proofs.values()), now);
            if (r.receipt != null && r.receipt.holder().equals(h.holder()) && r.receipt.seq() == h.seq()) return new CashOutcome.Paid(r.receipt);
            throw new PPayException(ErrorCode.RELINQUISHED, "the claim was refuted");
        }
        keepLayerProofs(r, h);
        return new CashOutcome.Disputed(arbitration(h.coin().id(), r));
    }

    private CashReceipt pay(CoinRecord r, Holding h, Account holder, long now) {
        Account owner = accounts.get(h.coin().owner());
        owner.prepaid -= params.coinValue();
        credit(r, h, holder, now);
        return r.receipt;
    }

    private void credit(CoinRecord r, Holding h, Account holder, long now) {
        long credited = params.coinValue() - params.cashFee();
        holder.balance += credited;
        feeIncome += params.cashFee();
        checks.meter().add(CostAction.SIGN);
        CoinId id = h.coin().id();
        r.paid = h;
        r.receipt = new CashReceipt(id, h.holder(), h.seq(), credited, now,
            signer.sign(CashReceipt.signedBytes(id, h.holder(), h.seq(), credited, now)));
        checks.meter().sent(r.receipt);
    }

    /** The claims an arbitration of this coin puts to its owner: the paid one, the pending ones, the broker's latest issue. */
    private static List<Holding> claims(CoinRecord r) {
        List<Holding> claims = new ArrayList<>();
        if (r.paid != null) claims.add(r.paid);
        claims.addAll(r.pending);
        if (r.latestIssued != null && claims.stream().noneMatch(c -> c.seq() == r.latestIssued.seq())) claims.add(r.latestIssued);
        return claims;
    }

    private ArbitrationRequest arbitration(CoinId coin, CoinRecord r) {
        List<Holding> claims = claims(r);
        checks.meter().add(CostAction.SIGN);
        ArbitrationRequest req = new ArbitrationRequest(coin, claims, signer.sign(ArbitrationRequest.signedBytes(coin, claims)));
        checks.meter().sent(req);
        return req;
    }

    /** Disputes still waiting for their owner's answer. */
    public List<CoinId> openDisputes() {
        List<CoinId> out = new ArrayList<>();
        coins.forEach((id, r) -> { if (!r.pending.isEmpty()) out.add(id); });
        return out;
    }

    /** The arbitration request for an open dispute, to hand to its owner (again, e.g. when it returns). */
    public Optional<ArbitrationRequest> disputeFor(CoinId coin) {
        CoinRecord r = coins.get(coin);
        return r == null || r.pending.isEmpty() ? Optional.empty() : Optional.of(arbitration(coin, r));
    }

    /**
     * Rules on an owner's answer (Section 4.1): a claim whose holder the owner proves relinquished it is
     * fraud by that holder; if more than one claim stands, the owner double-spent. Cheated holders are made
     * whole; culprits pay for the fake coins plus the penalty (Section 4.2).
     */
    public List<Detection> resolve(ArbitrationResponse resp, long now) throws PPayException {
        checks.meter().received(resp);
        CoinRecord r = coins.get(resp.coin());
        if (r == null || r.pending.isEmpty()) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "no open dispute on " + resp.coin());
        checks.signature(resp.coin().owner(), resp.signedBytes(), resp.ownerSig(), "arbitration response");
        List<Relinquishment> proofs = new ArrayList<>();       // the owner's trail first: it defines the valid chain
        for (Relinquishment p : resp.proofs()) {
            checks.signature(p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
            proofs.add(p);
        }
        proofs.addAll(r.proofs.values());
        return rule(resp.coin(), r, proofs, now);
    }

    /** An owner that never answers (it vanished or left) refutes nothing. */
    public List<Detection> defaultJudgement(CoinId coin, long now) {
        CoinRecord r = coins.get(coin);
        if (r == null || r.pending.isEmpty()) return List.of();
        return rule(coin, r, new ArrayList<>(r.proofs.values()), now);
    }

    /**
     * The ruling on conflicting claims (Sections 4.1–4.2). Each claim is <em>refuted</em> (its own holder
     * relinquished it: the holder's fraud), <em>void</em> (it descends from someone else's proven double
     * spend, including one proven by two different layers inside the claims: its holder is a victim), or
     * <em>standing</em>. The coin's prepaid value backs one standing claim; every further standing claim is a
     * coin the owner issued twice, which the owner pays for.
     */
    private List<Detection> rule(CoinId coin, CoinRecord r, List<Relinquishment> proofs, long now) {
        List<Detection> found = new ArrayList<>();
        List<Holding> claims = new ArrayList<>();
        if (r.paid != null) claims.add(r.paid);
        claims.addAll(r.pending);
        r.pending.clear();
        Account owner = accounts.get(coin.owner());

        // Layers inside claims are their signers' relinquishments; the owner's proofs come first.
        Map<Long, Relinquishment> firstSeen = new HashMap<>();
        for (Relinquishment p : proofs) {
            Relinquishment f = firstSeen.putIfAbsent(p.relinquishedSeq(), p);
            if (f != null && f.relinquisher().equals(p.relinquisher()) && !AuditTrail.same(f, p)) {
                // e.g. the owner's trail against a request the broker served while the owner was down:
                // whatever descends from the later one is void
                PeerId next = p.recipient();
                found.add(convictHolder(p.relinquisher(), coin, p.relinquishedSeq(), next.equals(p.relinquisher()) ? null : next,
                    p.relinquishedSeq() + 1));                  // a fake coin in escrow for whoever holds that lineage
                voidLineage(r, next, p.relinquishedSeq() + 1);
            }
        }
        for (Holding c : claims) {
            for (Holding cur = c; cur instanceof LayeredCoin l; cur = l.inner()) {
                Relinquishment f = firstSeen.putIfAbsent(l.relinquishedSeq(), l);
                if (f != null && f.relinquisher().equals(l.relinquisher()) && !AuditTrail.same(f, l)) {
                    found.add(convictHolder(l.relinquisher(), coin, l.relinquishedSeq(), c.holder(), c.seq()));
                }
            }
        }
        for (Holding c : claims) for (Holding cur = c; cur instanceof LayeredCoin l; cur = l.inner()) proofs.add(l);

        List<Holding> standing = new ArrayList<>();
        for (Holding c : claims) {
            boolean refuted = proofs.stream().anyMatch(p -> p.relinquisher().equals(c.holder()) && p.relinquishedSeq() == c.seq());
            if (refuted) {
                r.refuted.add(claimKey(c));
                long fake = 0;
                if (c == r.paid) {                    // paid out: the culprit pays the fake coin back behind the coin
                    r.paid = null;
                    owner.prepaid += params.coinValue();
                    fake = params.coinValue();
                }
                found.add(punish(c.holder(), coin, Detection.Kind.HOLDER_DOUBLE_SPEND, fake));
            } else if (isVoid(r, c)) {
                if (c == r.paid) {
                    // A victim already paid from the coin's value keeps it; the culprit's escrowed fake coin (or,
                    // if it was spent on another refund, the broker's income) takes its place behind the coin.
                    r.paid = null;
                    if (r.escrow > 0) { r.escrow--; escrowCoins--; } else { penaltyIncome -= params.coinValue(); }
                    owner.prepaid += params.coinValue();
                } else if (r.escrow > 0 && !r.refunded.contains(claimKey(c))) {
                    r.escrow--;                       // presenting the void coin now: refunded at once
                    escrowCoins--;
                    accounts.get(c.holder()).balance += params.coinValue();
                }
                r.refunded.add(claimKey(c));
            } else {
                standing.add(c);
            }
        }
        long fakes = 0;
        for (Holding c : standing) {
            if (c == r.paid) continue;
            Account holder = accounts.get(c.holder());
            if (r.paid == null) {
                pay(r, c, holder, now);
            } else {
                fakes += params.coinValue();          // the owner pays for every extra coin it issued
                credit(r, c, holder, now);
            }
        }
        if (standing.size() > 1) found.add(punish(coin.owner(), coin, Detection.Kind.OWNER_DOUBLE_SPEND, fakes));
        return found;
    }

    /** Punishes a proven double spend by a holder (Section 4.2) and makes its victim whole. */
    public Detection punish(FraudEvidence ev) throws PPayException {
        if (AuditTrail.same(ev.first(), ev.second())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "identical messages prove nothing");
        checks.signature(ev.accused(), ev.first().signedBytes(), ev.first().sig(), "evidence");
        checks.signature(ev.accused(), ev.second().signedBytes(), ev.second().sig(), "evidence");
        known(ev.accused());
        if (ev.victim() == null) {
            // No one else was handed the second branch, but the culprit may have (a renewed or layered copy): void it.
            voidLineage(coins.computeIfAbsent(ev.first().coinId(), k -> new CoinRecord()), ev.second().recipient(),
                ev.second().relinquishedSeq() + 1);
        }
        return convictHolder(ev.accused(), ev.first().coinId(), ev.first().relinquishedSeq(), ev.victim(),
            ev.second().relinquishedSeq() + 1);
    }

    /**
     * Charges a proven holder double spend (Section 4.2): the penalty once per double-spent assignment, and a
     * fake coin for every victim claim, held in escrow until the holder left with the void coin presents it
     * ({@link #refund}). The victim's claim and every claim the broker derived from it become void.
     */
    private Detection convictHolder(PeerId culprit, CoinId coin, long seq, PeerId victim, long victimSeq) {
        CoinRecord r = coins.computeIfAbsent(coin, k -> new CoinRecord());
        long fake = 0;
        if (victim != null && !victim.equals(culprit) && accounts.containsKey(victim) && !r.voided.contains(victim + "/" + victimSeq)) {
            voidLineage(r, victim, victimSeq);
            r.escrow++;
            escrowCoins++;
            fake = params.coinValue();
        }
        boolean first = punishedEvidence.add(coin + "/" + seq + "/" + culprit);
        if (!first && fake == 0) return new Detection(culprit, coin, Detection.Kind.HOLDER_DOUBLE_SPEND);
        return charge(culprit, coin, Detection.Kind.HOLDER_DOUBLE_SPEND, fake, first ? params.penalty() : 0);
    }

    /** Marks a claim void and, through the broker's own downtime records, every claim derived from it. */
    private static void voidLineage(CoinRecord r, PeerId holder, long seq) {
        while (r.voided.add(holder + "/" + seq)) {
            Relinquishment next = r.proofs.get(seq);
            if (next == null || !next.relinquisher().equals(holder)) return;
            holder = next.recipient();
            seq = seq + 1;
        }
    }

    /** Whether any level of a holding is void (it descends from a proven double spend). */
    private static boolean isVoid(CoinRecord r, Holding h) {
        for (Holding cur = h; ; ) {
            if (r.voided.contains(claimKey(cur))) return true;
            if (cur instanceof LayeredCoin l) cur = l.inner(); else return false;
        }
    }

    /**
     * Refunds a holder left with a void coin, one descending from a proven double spend, from the culprit's
     * escrowed payment: "the broker will guarantee refunds to cheated peers" (Section 4.2). Once per claim,
     * and never to a holder that gave the claim up itself. Returns the amount credited (0 if already refunded).
     */
    public long refund(CashRequest req, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.holding();
        Account holder = known(h.holder());
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "refund request");
        checks.holding(h, params.maxLayers());
        CoinRecord r = coins.get(h.coin().id());
        if (r == null || !isVoid(r, h)) throw new PPayException(ErrorCode.NOT_AUTHORIZED, "not a void coin: cash it instead");
        if (r.refunded.contains(claimKey(h))) return 0;
        Relinquishment gaveUp = r.proofs.get(h.seq());
        if (gaveUp != null && gaveUp.relinquisher().equals(h.holder())) {
            throw new PPayException(ErrorCode.RELINQUISHED, h.holder() + " passed this coin on itself");
        }
        if (r.escrow == 0) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "no refund is held for this coin");
        r.escrow--;
        escrowCoins--;
        r.refunded.add(claimKey(h));
        holder.balance += params.coinValue();
        return params.coinValue();
    }

    /**
     * The broker's question to an owner that refused a holder's request (Section 4.1): a one-claim
     * arbitration request, "prove this assignment was relinquished".
     */
    public ArbitrationRequest inquireDenial(Holding h) {
        List<Holding> claims = List.of(h);
        checks.meter().add(CostAction.SIGN);
        ArbitrationRequest req = new ArbitrationRequest(h.coin().id(), claims, signer.sign(ArbitrationRequest.signedBytes(h.coin().id(), claims)));
        checks.meter().sent(req);
        return req;
    }

    /**
     * Wrongful denial (Section 4.1): the owner refused a reassignment and claims the holding invalid. The
     * burden is on the owner: unless its answer proves the holder relinquished that assignment, the owner is
     * punished and the broker reassigns the coin itself (eq. 5), the owner alone paying the broker fee.
     */
    public Assignment overruleDenial(ReassignmentRequest req, ArbitrationResponse answer, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.current();
        CoinRecord r = holdingChecks(h, now);            // the holder pays no fee: the owner is at fault
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "reassignment request");
        checks.signature(h.coin().owner(), answer.signedBytes(), answer.ownerSig(), "arbitration response");
        if (!answer.coin().equals(h.coin().id())) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "answer is about another coin");
        for (Relinquishment p : answer.proofs()) {
            if (p.relinquisher().equals(h.holder()) && p.relinquishedSeq() == h.seq() && !AuditTrail.same(p, req)) {
                checks.signature(p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
                throw doubleSpend(p, req, null);
            }
        }
        punish(h.coin().owner(), h.coin().id(), Detection.Kind.WRONGFUL_DENIAL, 0);
        accounts.get(h.coin().owner()).balance -= params.brokerFee();
        feeIncome += params.brokerFee();
        Assignment base = h.base();
        Assignment a = signAssignment(req.newHolder(), h.seq() + 1, now, base.rb(), base.re(), h);
        record(r, h, req, a);
        return a;
    }

    /**
     * Renewal-window tampering (Section 5.3) that the assignment itself proves: a window of the wrong length,
     * or one that had closed before the assignment was issued. The owner pays the coin to {@code victim}
     * (the holder it cheated) plus the penalty.
     */
    public Detection punishTampering(Assignment bad, PeerId victim) throws PPayException {
        if (bad.byBroker()) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "the broker does not tamper");
        checks.assignment(bad);
        boolean evident = bad.re() - bad.rb() != params.renewalWait() || bad.re() < bad.ts();
        if (!evident) throw new PPayException(ErrorCode.INVALID_ARGUMENT, "this assignment's window is not evidently tampered");
        PeerId owner = bad.coin().owner();
        known(owner);
        long fake = 0;
        if (victim != null && !victim.equals(owner) && accounts.containsKey(victim)) {
            accounts.get(victim).balance += params.coinValue();
            fake = params.coinValue();
            CoinRecord r = coins.computeIfAbsent(bad.coin().id(), k -> new CoinRecord());
            r.voided.add(victim + "/" + (bad.seq() - 1));        // the holding it gave up for the tampered one
            r.refunded.add(victim + "/" + (bad.seq() - 1));      // ... for which it was just paid
        }
        return punish(owner, bad.coin().id(), Detection.Kind.WINDOW_TAMPERING, fake);
    }

    /** Owner-side fraud proven outside cashing (wrongful denial, window tampering): penalty only. */
    public Detection punishOwner(PeerId owner, CoinId coin, Detection.Kind kind) throws PPayException {
        known(owner);
        return punish(owner, coin, kind, 0);
    }

    /** Charges fake coins plus the penalty, deposit first (Section 4.2), and boots repeat offenders. */
    private Detection punish(PeerId culprit, CoinId coin, Detection.Kind kind, long fakeValue) {
        return charge(culprit, coin, kind, fakeValue, params.penalty());
    }

    private Detection charge(PeerId culprit, CoinId coin, Detection.Kind kind, long fakeValue, long penalty) {
        Account a = accounts.get(culprit);
        long due = fakeValue + penalty;
        long fromDeposit = Math.min(a.deposit, due);
        a.deposit -= fromDeposit;
        a.balance -= due - fromDeposit;           // may go negative: a debt, collected out of system
        penaltyIncome += penalty;
        a.frauds++;
        if (a.frauds >= params.bootAfter() && a.status == Status.ACTIVE) a.status = Status.BOOTED;
        Detection d = new Detection(culprit, coin, kind);
        detections.add(d);
        return d;
    }

    public List<Detection> detections() { return Collections.unmodifiableList(detections); }

    // ---- downtime protocol ----------------------------------------------------------------------------

    /**
     * Reassigns a coin whose owner is offline (eq. 5): the broker signs the same assignment the owner
     * would, charges the broker fee to both holder and owner, and stores the request for the owner.
     */
    public Assignment reassignForOffline(ReassignmentRequest req, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.current();
        CoinRecord r = downtimeChecks(h, now);
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "reassignment request");
        Assignment replay = replayOf(r, req, h);
        if (replay != null) return replay;
        chargeDowntimeFee(h);
        Assignment base = h.base();
        Assignment a = signAssignment(req.newHolder(), h.seq() + 1, now, base.rb(), base.re(), h);
        record(r, h, req, a);
        return a;
    }

    /** Renews a coin whose owner is offline (Section 5.3), at the broker fee to both sides. */
    public Assignment renewForOffline(RenewalRequest req, long now) throws PPayException {
        checks.meter().received(req);
        Holding h = req.current();
        CoinRecord r = downtimeChecks(h, now);
        checks.signature(h.holder(), req.signedBytes(), req.sig(), "renewal request");
        Assignment replay = replayOf(r, req, h);
        if (replay != null) return replay;
        Assignment base = h.base();
        if (now < base.rb()) throw new PPayException(ErrorCode.NOT_YET_RENEWABLE, "renewal window opens at " + base.rb());
        chargeDowntimeFee(h);
        Assignment a = signAssignment(h.holder(), h.seq() + 1, now, base.rb() + params.renewalWait(), base.rb() + 2 * params.renewalWait(), h);
        record(r, h, req, a);
        return a;
    }

    private CoinRecord downtimeChecks(Holding h, long now) throws PPayException {
        CoinRecord r = holdingChecks(h, now);
        if (accounts.get(h.holder()).balance < params.brokerFee()) throw new PPayException(ErrorCode.INSUFFICIENT_FUNDS, "the broker fee is " + params.brokerFee());
        return r;
    }

    private CoinRecord holdingChecks(Holding h, long now) throws PPayException {
        active(h.holder());
        known(h.coin().owner());
        checks.holding(h, params.maxLayers());
        Checks.notExpired(h, now);
        CoinRecord r = coins.computeIfAbsent(h.coin().id(), k -> new CoinRecord());
        if (r.paid != null) throw new PPayException(ErrorCode.ALREADY_CASHED, "coin was cashed by " + r.paid.holder());
        if (isVoid(r, h)) throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend: claim a refund");
        for (Holding p : r.pending) {
            if (p.holder().equals(h.holder()) && p.seq() == h.seq()) throw new PPayException(ErrorCode.ALREADY_CASHED, "this holding was handed in for cashing");
        }
        return r;
    }

    private Assignment replayOf(CoinRecord r, Relinquishment req, Holding h) throws PPayException {
        Relinquishment onFile = r.proofs.get(h.seq());
        if (onFile == null) {
            for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) {
                Relinquishment p = r.proofs.get(l.relinquishedSeq());
                if (p != null && !AuditTrail.same(p, l)) throw doubleSpend(p, l, h.holder());
            }
            return null;
        }
        if (AuditTrail.same(onFile, req) && r.latestIssued != null && r.latestIssued.seq() == h.seq() + 1) return r.latestIssued;
        throw doubleSpend(onFile, req, null);
    }

    private PPayException doubleSpend(Relinquishment onFile, Relinquishment again, PeerId victim) {
        PeerId culprit = onFile.relinquisher();
        if (again.relinquisher().equals(culprit)) {
            convictHolder(culprit, onFile.coinId(), onFile.relinquishedSeq(), victim, again.relinquishedSeq() + 1);
        }
        return new PPayException(ErrorCode.RELINQUISHED, culprit + " already relinquished seq " + onFile.relinquishedSeq());
    }

    private void chargeDowntimeFee(Holding h) {
        accounts.get(h.holder()).balance -= params.brokerFee();
        accounts.get(h.coin().owner()).balance -= params.brokerFee();
        feeIncome += 2 * params.brokerFee();
    }

    private Assignment signAssignment(PeerId holder, long seq, long now, long rb, long re, Holding h) {
        checks.meter().add(CostAction.SIGN);
        Assignment a = new Assignment(holder, seq, now, rb, re, h.coin(), true,
            signer.sign(Assignment.signedBytes(holder, seq, now, rb, re, h.coin())));
        checks.meter().sent(a);
        checks.meter().sent(a);
        return a;
    }

    private void record(CoinRecord r, Holding h, Relinquishment req, Assignment issued) {
        keepLayerProofs(r, h);
        r.proofs.put(req.relinquishedSeq(), req);
        checks.meter().add(CostAction.PROOF_STORED);
        r.latestIssued = issued;
        stored.computeIfAbsent(h.coin().owner(), k -> new ArrayList<>()).add(new Owner.BrokerAction(req, issued));
    }

    private void keepLayerProofs(CoinRecord r, Holding h) {
        for (Holding cur = h; cur instanceof LayeredCoin l; cur = l.inner()) {
            if (r.proofs.putIfAbsent(l.relinquishedSeq(), l) == null) checks.meter().add(CostAction.PROOF_STORED);
        }
    }

    /** Hands an owner that came back online the requests the broker handled for it (Section 3). */
    public List<Owner.BrokerAction> takeStored(PeerId owner) {
        List<Owner.BrokerAction> out = stored.remove(owner);
        return out == null ? List.of() : out;
    }

    public long brokerProofs() { return coins.values().stream().mapToLong(r -> r.proofs.size()).sum(); }

    // ---- leaving --------------------------------------------------------------------------------------

    /**
     * Formal leave (Section 4.2), after the caller recalled and cashed every coin of the peer: the prepaid
     * value of its unused serials and, if it was never caught cheating, its deposit go back to its balance.
     * Open disputes on its coins are judged by default first.
     */
    public void leave(PeerId peer, long now) throws PPayException {
        Account a = active(peer);
        for (CoinId c : openDisputes()) if (c.owner().equals(peer)) defaultJudgement(c, now);
        a.balance += a.prepaid;
        a.prepaid = 0;
        if (a.frauds == 0) a.balance += a.deposit; else penaltyIncome += a.deposit;
        a.deposit = 0;
        a.status = Status.CLOSED;
    }

    /** A peer that disappears without leaving forfeits its deposit (Section 4.2). */
    public void vanish(PeerId peer, long now) throws PPayException {
        Account a = known(peer);
        for (CoinId c : openDisputes()) if (c.owner().equals(peer)) defaultJudgement(c, now);
        penaltyIncome += a.deposit;
        a.deposit = 0;
        a.status = Status.VANISHED;
    }

    // ---- books ----------------------------------------------------------------------------------------

    public long moneyIn() { return moneyIn; }

    public long feeIncome() { return feeIncome; }

    public long penaltyIncome() { return penaltyIncome; }

    /** Fake-coin payments held for victims not yet refunded, in coins. */
    public long escrowCoins() { return escrowCoins; }

    /** All balances, deposits, outstanding prepaid value, escrow and the broker's fee and penalty income. */
    public long moneyAccountedFor() {
        long sum = feeIncome + penaltyIncome + escrowCoins * params.coinValue();
        for (Account a : accounts.values()) sum += a.balance + a.deposit + a.prepaid;
        return sum;
    }

    /** Whether the books balance: every unit that entered is somewhere. */
    public boolean conserved() { return moneyAccountedFor() == moneyIn; }

    // ---- helpers --------------------------------------------------------------------------------------

    private static String claimKey(Holding h) { return h.holder() + "/" + h.seq(); }

}
