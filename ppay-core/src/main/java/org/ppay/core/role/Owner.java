package org.ppay.core.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.Params;
import org.ppay.core.PeerId;
import org.ppay.core.cost.CostAction;
import org.ppay.core.cost.Task;
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
import org.ppay.core.msg.Refusal;
import org.ppay.core.msg.Relinquishment;
import org.ppay.core.msg.RenewalRequest;

/**
 * The owner of coins (Sections 3, 5.1–5.3): prints coins under its limit certificates, assigns them,
 * processes reassignment and renewal requests (peeling layered coins and keeping every layer as proof),
 * refutes invalid claims with its audit trails, and purges trails whose renewal window has closed.
 * An honest owner; attacks by owners are built by the scenario language's {@code Adversary} (module
 * {@code ppay-scenario}).
 */
public final class Owner {
    private final RoleContext ctx;
    private final Params params;
    private final Map<CoinId, AuditTrail> trails = new HashMap<>();
    private final List<LimitCertificate> certificates = new ArrayList<>();
    private final Map<LimitCertificate, Long> nextSerial = new HashMap<>();
    /** Every serial ever printed or bought, kept after trails are purged: an honest owner never reuses one. */
    private final SerialSet issuedSerials = new SerialSet();

    private final ProofRetention retention;

    public Owner(RoleContext ctx) {
        this(ctx, ProofRetention.KEEP);
    }

    /** An owner that keeps its proofs as {@code retention} says (only simulations of honest peers count them). */
    public Owner(RoleContext ctx, ProofRetention retention) {
        this.ctx = ctx;
        this.params = ctx.params();
        this.retention = java.util.Objects.requireNonNull(retention, "retention");
    }

    public PeerId id() { return ctx.id(); }

    /** Takes a raw coin bought from the broker (eq. 1) into this owner's keeping. */
    public void addRawCoin(RawCoin coin) throws PPayException {
        if (!coin.owner().equals(id())) throw new PPayException(ErrorCode.UNKNOWN_COIN, "raw coin belongs to " + coin.owner());
        ctx.verifyCoin(Task.ISSUE, coin);
        if (issuedSerials.add(coin.sn())) newTrail(coin);
    }

    public void addCertificate(LimitCertificate cert) throws PPayException {
        if (!cert.owner().equals(id())) throw new PPayException(ErrorCode.UNKNOWN_COIN, "certificate belongs to " + cert.owner());
        ctx.verify(Task.ISSUE, ctx.broker(), cert.signedBytes(), cert.brokerSig(), "limit certificate");
        certificates.add(cert);
        nextSerial.put(cert, cert.liml());
    }

    /** Prints the next unused serial of some unexpired certificate (eq. 7). */
    public PrintedCoin print(long now) throws PPayException {
        for (LimitCertificate c : certificates) {
            long sn = nextSerial.get(c);
            sn = issuedSerials.nextFree(sn);
            nextSerial.put(c, sn);
            if (sn <= c.limu() && now <= c.expiry()) return print(c, sn, now);
        }
        throw new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "no unexpired limit certificate has an unused serial");
    }

    /** Prints serial {@code sn}; an honest owner never prints a serial twice (Section 5.1). */
    public PrintedCoin print(long sn, long now) throws PPayException {
        for (LimitCertificate c : certificates) {
            if (c.covers(sn)) return print(c, sn, now);
        }
        throw new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "no limit certificate covers serial " + sn);
    }

    private PrintedCoin print(LimitCertificate c, long sn, long now) throws PPayException {
        if (now > c.expiry()) throw new PPayException(ErrorCode.EXPIRED, "limit certificate expired at " + c.expiry());
        CoinId id = new CoinId(id(), sn);
        if (issuedSerials.contains(sn)) throw new PPayException(ErrorCode.SERIAL_OUT_OF_RANGE, "serial " + sn + " already printed");
        PrintedCoin coin = new PrintedCoin(sn, c, ctx.sign(Task.ISSUE, PrintedCoin.signedBytes(sn, c)));
        issuedSerials.add(sn);
        newTrail(coin);
        return coin;
    }

    private void newTrail(Coin coin) {
        trails.put(coin.id(), new AuditTrail(coin, retention));
        unassigned.add(coin.sn());
    }

    /** Serials of own coins not yet assigned to anyone, lowest first: a payer spends its own coins first (Section 6.3). */
    private final java.util.TreeSet<Long> unassigned = new java.util.TreeSet<>();

    /** The lowest-numbered own coin not yet assigned to anyone, or null. */
    public Coin firstUnassigned() {
        return unassigned.isEmpty() ? null : trails.get(new CoinId(id(), unassigned.first())).coin();
    }

    /** Coins this owner has and has not yet assigned to anyone. */
    public List<Coin> unassigned() {
        List<Coin> out = new ArrayList<>();
        for (long sn : unassigned) out.add(trails.get(new CoinId(id(), sn)).coin());
        return out;
    }

    /** First assignment of an own coin (eq. 2/9): sequence number 1, renewal window [now, now + w]. */
    public Assignment assign(CoinId coin, PeerId holder, long now) throws PPayException {
        AuditTrail t = trails.get(coin);
        if (t == null) throw new PPayException(ErrorCode.UNKNOWN_COIN, "not an own coin: " + coin);
        if (t.current().isPresent()) throw new PPayException(ErrorCode.STALE_SEQUENCE, "coin already assigned; reassign it instead");
        if (t.coin() instanceof PrintedCoin p && now > p.certificate().expiry()) {
            throw new PPayException(ErrorCode.EXPIRED, "limit certificate expired at " + p.certificate().expiry());
        }
        Assignment a = sign(Task.ISSUE, holder, 1, now, now, now + params.renewalWait(), t.coin());
        unassigned.remove(coin.sn());
        setCurrent(t, a);
        return a;
    }

    /**
     * Processes R_UVX (eq. 3), peeling layers (Section 5.2): checks every signature, that the presented
     * holding is the valid one, stores each layer and the request as proofs of relinquishment, and issues
     * A_UX (eq. 4) with the next sequence number, for both old and new holder.
     * On a double spend it throws RELINQUISHED; {@link #evidence} then holds the proof against the culprit.
     */
    public Assignment reassign(ReassignmentRequest req, long now) throws PPayException { return transfer(req, now, "reassignment request"); }

    /**
     * Takes back a holding its payee refused, {@code {payer, A}SK_X}: the refusal is X's proof that it gave A up,
     * and the payer gets a new assignment of the coin, exactly as if X had asked for a reassignment to it (see
     * docs/protocol-decisions.md, "Refusals").
     */
    public Assignment takeBack(Refusal refusal, long now) throws PPayException { return transfer(refusal, now, "refusal"); }

    private Assignment transfer(Relinquishment req, long now, String what) throws PPayException {
        ctx.meter().received(Task.REASSIGN, req.message());
        AuditTrail t = verifiedTrail(Task.REASSIGN, req.given(), now);
        ctx.verify(Task.REASSIGN, req.relinquisher(), req.signedBytes(), req.sig(), what);
        Assignment replay = replayOf(t, req);
        if (replay != null) return replay;
        Assignment base = req.given().base();
        Assignment a = sign(Task.REASSIGN, req.recipient(), req.relinquishedSeq() + 1, now, base.rb(), base.re(), t.coin());
        keepProofs(Task.REASSIGN, t, req.given(), req);
        setCurrent(t, a);
        ctx.meter().sent(Task.REASSIGN, a);
        ctx.meter().sent(Task.REASSIGN, a);
        return a;
    }

    /** Processes N = {A_UV}SK_V (eq. 10) inside the window: window moves to [rb + w, rb + 2w] (eq. 11). */
    public Assignment renew(RenewalRequest req, long now) throws PPayException {
        ctx.meter().received(Task.RENEW, req);
        AuditTrail t = verifiedTrail(Task.RENEW, req.current(), now);
        ctx.verify(Task.RENEW, req.current().holder(), req.signedBytes(), req.sig(), "renewal request");
        Assignment replay = replayOf(t, req);
        if (replay != null) return replay;
        Assignment base = req.current().base();
        if (now < base.rb()) throw new PPayException(ErrorCode.NOT_YET_RENEWABLE, "renewal window opens at " + base.rb());
        Assignment a = sign(Task.RENEW, req.current().holder(), req.current().seq() + 1, now,
            base.rb() + params.renewalWait(), base.rb() + 2 * params.renewalWait(), t.coin());
        keepProofs(Task.RENEW, t, req.current(), req);
        setCurrent(t, a);
        ctx.meter().sent(Task.RENEW, a);
        return a;
    }

    /**
     * Learns what the broker did while this owner was down (Section 3, downtime protocol): each stored
     * request is audited exactly as if it had come here, retroactively refuting invalid ones (Section 4.1).
     * Returns the fraud found; the broker-issued assignment becomes current only when the request was valid.
     */
    public List<FraudEvidence> auditBrokerActions(List<BrokerAction> actions) {
        List<FraudEvidence> found = new ArrayList<>();
        for (BrokerAction act : actions) {
            AuditTrail t = trails.get(act.request().coinId());
            if (t == null) continue;
            Task task = act.request() instanceof RenewalRequest ? Task.RENEW : Task.REASSIGN;
            try {
                ctx.meter().received(task, act.request().message());
                Holding presented = act.request().given();
                lastEvidence = Optional.empty();
                validate(t, presented, act.request(), act.issued().holder());
                keepProofs(task, t, presented, act.request());
                if (act.issued().seq() > t.currentSeq()) setCurrent(t, act.issued());
            } catch (PPayException e) {
                // A double spend, or a request on a branch already known void: what the broker issued is void too.
                if (lastEvidence.isPresent() || t.isVoid(act.request().given())) t.markVoid(act.issued().holder(), act.issued().seq());
                lastEvidence.ifPresent(found::add);
                lastEvidence = Optional.empty();
            }
        }
        return found;
    }

    /** What the broker did for a holder of this owner's coin while the owner was down. */
    public record BrokerAction(Relinquishment request, Assignment issued) {}

    /**
     * Answers an arbitration (Section 4.1): for every claim whose holder relinquished that assignment, the
     * proof of relinquishment on file. Claims left unrefuted stand.
     */
    public ArbitrationResponse answer(ArbitrationRequest req) throws PPayException {
        ctx.meter().received(Task.ARBITRATION, req);
        ctx.verify(Task.ARBITRATION, ctx.broker(), req.signedBytes(), req.brokerSig(), "arbitration request");
        AuditTrail t = trails.get(req.coin());
        List<Relinquishment> proofs = new ArrayList<>();
        if (t != null) {
            for (Holding claim : req.claims()) {
                // every level of the claim: a layer's signer may have relinquished the level below elsewhere
                for (Holding cur = claim; ; ) {
                    Holding level = cur;
                    t.proof(level.seq()).filter(p -> p.relinquishes(level) && !proofs.contains(p))
                        .ifPresent(p -> addIfFits(proofs, p));
                    if (cur instanceof LayeredCoin l) cur = l.inner(); else break;
                }
            }
            // and the trail below the claims, most recent first: a double spend may show only as a conflict
            // between the owner's proof and one the broker took in the downtime protocol
            long top = req.claims().stream().mapToLong(Holding::seq).max().orElse(0);
            for (Relinquishment p : t.proofs().descendingMap().values()) {
                if (p.relinquishedSeq() < top && !proofs.contains(p) && !addIfFits(proofs, p)) break;
            }
        }
        ArbitrationResponse resp = signResponse(req.coin(), proofs);
        ctx.meter().sent(Task.ARBITRATION, resp);
        return resp;
    }

    /**
     * The audit trails of coins still in circulation as signed answers with no question, in as many messages as they
     * take: what a formally leaving owner deposits at the broker so that its trail still refutes copies once it has
     * gone (Section 4.2).
     */
    public List<ArbitrationResponse> trailDeposits() {
        List<ArbitrationResponse> out = new ArrayList<>();
        for (AuditTrail t : trails.values()) {
            List<Relinquishment> proofs = new ArrayList<>();
            for (Relinquishment p : t.proofs().values()) {
                if (addIfFits(proofs, p)) continue;
                out.add(signResponse(t.coin().id(), proofs));
                proofs = new ArrayList<>(List.of(p));
            }
            if (!proofs.isEmpty()) out.add(signResponse(t.coin().id(), proofs));
        }
        return out;
    }

    /** Adds p unless the answer would no longer fit in one message (255 proofs, Reader.MAX_MESSAGE bytes). */
    private static boolean addIfFits(List<Relinquishment> proofs, Relinquishment p) {
        proofs.add(p);
        if (ArbitrationResponse.fits(proofs)) return true;
        proofs.remove(proofs.size() - 1);
        return false;
    }

    ArbitrationResponse signResponse(CoinId coin, List<Relinquishment> proofs) {
        return new ArbitrationResponse(coin, proofs, ctx.sign(Task.ARBITRATION, ArbitrationResponse.signedBytes(coin, proofs)));
    }

    /** Drops trails whose renewal window has closed (Section 5.3): those coins are void and need no proof. */
    public int purgeExpired(long now) {
        int purged = 0;
        for (CoinId c : expiry.due(now)) {
            AuditTrail t = trails.get(c);
            if (t == null || t.current().isEmpty() || t.current().get().validAt(now)) continue;   // gone, or renewed since
            ctx.meter().add(Task.RENEW, CostAction.PROOF_PURGED, t.proofCount());
            proofsStored -= t.proofCount();
            ctx.forget(t.coin().id());
            trails.remove(c);
            purged++;
        }
        return purged;
    }

    /** When each assigned coin's window closes: purging looks only at what is due. */
    private final ExpiryQueue<CoinId> expiry = new ExpiryQueue<>();

    private void setCurrent(AuditTrail t, Assignment a) {
        if (t.current().isEmpty() || t.current().get().re() != a.re()) expiry.add(a.re(), t.coin().id());
        t.setCurrent(a);
    }

    public Optional<AuditTrail> trail(CoinId coin) { return Optional.ofNullable(trails.get(coin)); }

    public Collection<AuditTrail> trails() { return Collections.unmodifiableCollection(trails.values()); }

    public List<LimitCertificate> certificates() { return List.copyOf(certificates); }

    /** Proofs in all audit trails: the state Figure 5 measures (kept as a running count: it is sampled often). */
    public long proofsStored() { return proofsStored; }

    private long proofsStored;

    /**
     * Invariant 3: whether this owner can refute a claimed holding that is not the valid one. It can if it
     * holds a proof that the holder of some level relinquished that level (in a message other than the layer
     * presented above it), or a proof that the level below was given up to someone else than this level's
     * holder (the claim descends from a double spend, e.g. through the broker while the owner was down).
     */
    public boolean canRefute(Holding h) {
        AuditTrail t = trails.get(h.coin().id());
        if (t == null) return false;
        if (t.isVoid(h)) return true;
        Relinquishment above = null;
        for (Holding cur = h; ; ) {
            Optional<Relinquishment> p = t.proof(cur.seq());
            if (p.isPresent() && p.get().relinquishes(cur) && (above == null || !AuditTrail.same(p.get(), above))) return true;
            Optional<Relinquishment> below = t.proof(cur.seq() - 1);
            if (cur instanceof Assignment && below.isPresent() && !below.get().recipient().equals(cur.holder())) return true;
            if (!(cur instanceof LayeredCoin l)) return false;
            above = l;
            cur = l.inner();
        }
    }

    /** Evidence behind the last RELINQUISHED refusal, for the caller to take to the broker. */
    public Optional<FraudEvidence> evidence() { return lastEvidence; }

    private Optional<FraudEvidence> lastEvidence = Optional.empty();

    private AuditTrail verifiedTrail(Task task, Holding h, long now) throws PPayException {
        lastEvidence = Optional.empty();
        if (!h.coin().owner().equals(id())) throw new PPayException(ErrorCode.UNKNOWN_COIN, "coin belongs to " + h.coin().owner());
        ctx.verifyHolding(task, h);
        RoleContext.notExpired(h, now);
        AuditTrail t = trails.get(h.coin().id());
        if (t == null) throw new PPayException(ErrorCode.UNKNOWN_COIN, "no audit trail for " + h.coin().id());
        return t;
    }

    /** If the request is one already processed, the assignment it produced; null if it is new. */
    private Assignment replayOf(AuditTrail t, Relinquishment req) throws PPayException {
        Holding presented = req.given();
        Optional<Relinquishment> onFile = t.proof(req.relinquishedSeq());
        if (onFile.isPresent() && AuditTrail.same(onFile.get(), req) && t.current().isPresent()
                && t.current().get().seq() == req.relinquishedSeq() + 1) {
            return t.current().get();
        }
        validate(t, presented, req, presented.holder());
        return null;
    }

    /**
     * Walks the presented chain bottom-up against the trail (invariants 1–3): the lowest level whose holder
     * relinquished it in a different message than the one presented is the double spender.
     */
    private void validate(AuditTrail t, Holding presented, Relinquishment top, PeerId victim) throws PPayException {
        List<Relinquishment> levels = new ArrayList<>();   // levels.get(i) relinquishes holding i
        List<Holding> holdings = new ArrayList<>();
        for (Holding cur = presented; ; ) {
            holdings.add(0, cur);
            if (cur instanceof LayeredCoin l) { levels.add(0, l); cur = l.inner(); } else break;
        }
        levels.add(top);
        Assignment base = (Assignment) holdings.get(0);
        if (t.isVoid(presented)) throw new PPayException(ErrorCode.RELINQUISHED, "this coin descends from a proven double spend");
        long cur = t.currentSeq();
        if (t.current().isEmpty()) throw new PPayException(ErrorCode.UNKNOWN_COIN, "coin was never assigned");
        if (base.seq() > cur) return;               // issued by the broker while we were down: trust its signature
        for (int i = 0; i < holdings.size(); i++) {
            Holding h = holdings.get(i);
            Optional<Relinquishment> onFile = t.proof(h.seq());
            if (onFile.isEmpty()) {
                if (i == 0 && !(base.seq() == cur && base.holder().equals(t.current().get().holder()))) {
                    throw new PPayException(ErrorCode.STALE_SEQUENCE, "assignment seq " + base.seq() + " is not the valid one (" + cur + ")");
                }
                return;                              // from here on the chain is new to us: valid
            }
            if (!onFile.get().relinquishes(h)) {
                throw new PPayException(ErrorCode.STALE_SEQUENCE, "seq " + h.seq() + " was held by " + onFile.get().relinquisher() + " in another assignment");
            }
            // a layer below the request was handed on (its branch exists); the request itself is refused here
            if (!AuditTrail.same(onFile.get(), levels.get(i))) throw doubleSpend(t, onFile.get(), levels.get(i), victim, i < levels.size() - 1);
        }
        throw new PPayException(ErrorCode.RELINQUISHED, "every level of this coin was already relinquished");
    }

    private PPayException doubleSpend(AuditTrail t, Relinquishment onFile, Relinquishment again, PeerId victim, boolean handedOn) {
        PeerId culprit = onFile.relinquisher();
        if (handedOn) t.markVoid(again.recipient(), again.nextSeq());
        lastEvidence = Optional.of(new FraudEvidence(culprit, onFile, again, victim.equals(culprit) ? null : victim));
        return new PPayException(ErrorCode.RELINQUISHED, culprit + " already relinquished seq " + onFile.relinquishedSeq());
    }

    private void keepProofs(Task task, AuditTrail t, Holding presented, Relinquishment top) {
        for (Holding cur = presented; cur instanceof LayeredCoin l; cur = l.inner()) {
            if (t.addProof(l)) { ctx.meter().add(task, CostAction.PROOF_STORED); proofsStored++; }
        }
        if (t.addProof(top)) { ctx.meter().add(task, CostAction.PROOF_STORED); proofsStored++; }
    }

    private Assignment sign(Task task, PeerId holder, long seq, long ts, long rb, long re, Coin coin) {
        return new Assignment(holder, seq, ts, rb, re, coin, false, ctx.sign(task, Assignment.signedBytes(holder, seq, ts, rb, re, coin)));
    }
}
