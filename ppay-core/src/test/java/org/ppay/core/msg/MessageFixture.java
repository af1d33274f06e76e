package org.ppay.core.msg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.role.RoleContext;
import org.ppay.core.cost.Task;
import org.ppay.core.testing.FakeCrypto;

/**
 * One valid instance of every PPay message, each signed by the key the paper names (eqs. 1–11, Section 5.4):
 * broker B signs raw coins, limit certificates, downtime assignments, cash receipts and arbitration requests;
 * owner U signs printed coins, assignments and arbitration responses; a holder signs the reassignment, renewal,
 * layer or cash request that gives its assignment up; payers sign Payword commitments and lottery tickets, and
 * payees sign lottery challenges. Paywords and lottery reveals are unsigned. A payee signs its refusal, a holder
 * its refund request, the reporter a fraud report, an account its requests; the broker signs rulings and its
 * answers to account requests. Payments, appeals and pending notices are unsigned envelopes.
 */
final class MessageFixture {
    /** The fast stand-in signer: fixture for almost every test. */
    static final MessageFixture FAKE = new MessageFixture(new FakeCrypto());

    static final long TS = 1_000, RB = 2_000, RE = 3_000, EXPIRY = 10_000;
    static final long RAW_SN = 7, LIM_L = 1_000, LIM_U = 1_999, PRINTED_SN = 1_005;
    static final int MAX_LAYERS = LayeredCoin.MAX_DEPTH;

    /** A message of the fixture, named for test reports. */
    record Named(String name, Message message) {
        @Override public String toString() { return name; }
    }

    final CryptoProvider crypto;
    final Verifier verifier;
    final RoleContext checks;
    final Signer broker, owner, v, x, y, z, mallory;
    private final Map<PeerId, Signer> signers = new HashMap<>();

    final RawCoin rawCoin;
    final LimitCertificate certificate;
    final PrintedCoin printedCoin;
    final Assignment ownerAssignment, brokerAssignment, printedAssignment;
    final ReassignmentRequest reassignment;
    final LayeredCoin layered1, layered3;
    final RenewalRequest renewal;
    final CashRequest cashRequest, cashRequestLayered3;
    final CashReceipt cashReceipt;
    final ArbitrationRequest arbitrationRequest;
    final ArbitrationResponse arbitrationResponse, arbitrationResponseEmpty, arbitrationResponsePrinted;
    final PaywordCommitment paywordCommitment;
    final Payword payword;
    final byte[] lotterySecret, lotteryNonce;
    final LotteryTicket ticket;
    final LotteryChallenge challenge;
    final LotteryReveal reveal;
    final ReassignmentRequest reassignmentByX;
    final Refusal refusal, refusalLayered;
    final Payment payment, paymentLayered;
    final RefundRequest refundRequest;
    final FraudReport fraudReport, fraudReportWithoutVictim, fraudReportOfRefusal;
    final Ruling ruling, rulingWithoutCulprits;
    final Appeal appeal, appealAnswered;
    final PendingNotice pendingNotice;
    final CreditNote creditNote;
    final CreditState creditState;
    final Settlement settlement;
    final ChainRedemption chainRedemption;
    final ChainReceipt chainReceipt;
    final JoinRequest joinRequest;
    final FundRequest fundRequest;
    final BuyRequest buyRequest;
    final LimitRequest limitRequest;
    final LeaveRequest leaveRequest;
    final StatementRequest statementRequest;
    final CollectRequest collectRequest;
    final AccountStatement statement, statementOfDebtor;
    final CoinSale coinSale;
    final PendingActions pendingActions, pendingActionsNone;
    final List<Named> all;

    MessageFixture(CryptoProvider crypto) {
        this.crypto = crypto;
        this.verifier = crypto.verifier();
        broker = signer(1);
        owner = signer(2);
        v = signer(3);
        x = signer(4);
        y = signer(5);
        z = signer(6);
        mallory = signer(66);
        checks = new RoleContext(broker, verifier, broker.id(), org.ppay.core.Params.defaults(), CostMeter.NONE);

        rawCoin = new RawCoin(owner.id(), RAW_SN, broker.sign(RawCoin.signedBytes(owner.id(), RAW_SN)));              // eq. 1
        certificate = new LimitCertificate(owner.id(), LIM_L, LIM_U, EXPIRY,
            broker.sign(LimitCertificate.signedBytes(owner.id(), LIM_L, LIM_U, EXPIRY)));                         // eq. 6
        printedCoin = new PrintedCoin(PRINTED_SN, certificate, owner.sign(PrintedCoin.signedBytes(PRINTED_SN, certificate))); // eq. 7
        ownerAssignment = assign(owner, v.id(), 1, rawCoin, false);                                                // eqs. 2, 9
        brokerAssignment = assign(broker, x.id(), 2, rawCoin, true);                                               // eq. 5
        printedAssignment = assign(owner, v.id(), 1, printedCoin, false);
        reassignment = new ReassignmentRequest(x.id(), ownerAssignment,
            v.sign(ReassignmentRequest.signedBytes(x.id(), ownerAssignment)));                                     // eq. 3
        layered1 = layer(v, x.id(), 2, ownerAssignment);                                                           // eq. 8
        layered3 = layer(y, z.id(), 4, layer(x, y.id(), 3, layer(v, x.id(), 2, printedAssignment)));
        renewal = new RenewalRequest(ownerAssignment, v.sign(RenewalRequest.signedBytes(ownerAssignment)));      // eq. 10
        cashRequest = new CashRequest(layered1, TS + 5, x.sign(CashRequest.signedBytes(layered1, TS + 5)));
        cashRequestLayered3 = new CashRequest(layered3, TS + 6, z.sign(CashRequest.signedBytes(layered3, TS + 6)));
        cashReceipt = new CashReceipt(rawCoin.id(), x.id(), 2, 95, TS + 7,
            broker.sign(CashReceipt.signedBytes(rawCoin.id(), x.id(), 2, 95, TS + 7)));
        List<Holding> claims = List.of(layered1, ownerAssignment);                     // V paid X a layer, then cashed A_UV too
        arbitrationRequest = new ArbitrationRequest(rawCoin.id(), claims,
            broker.sign(ArbitrationRequest.signedBytes(rawCoin.id(), claims)));
        arbitrationResponse = respond(rawCoin.id(), List.of(layered1, reassignment));
        arbitrationResponseEmpty = respond(rawCoin.id(), List.of());
        arbitrationResponsePrinted = respond(printedCoin.id(), List.of(layered3,
            new RenewalRequest(printedAssignment, v.sign(RenewalRequest.signedBytes(printedAssignment)))));

        byte[][] words = new byte[6][];                                                // w_5 = H(seed), w_{i-1} = H(w_i)
        words[5] = Hashes.sha256(bytes32(77));
        for (int i = 5; i > 0; i--) words[i - 1] = Hashes.sha256(words[i]);
        paywordCommitment = new PaywordCommitment(v.id(), x.id(), words[0], 5, TS,
            v.sign(PaywordCommitment.signedBytes(v.id(), x.id(), words[0], 5, TS)));
        payword = new Payword(v.id(), 3, words[3]);

        lotterySecret = bytes32(88);
        lotteryNonce = bytes32(99);
        byte[] commitment = Hashes.sha256(lotterySecret);
        ticket = new LotteryTicket(v.id(), x.id(), 42, 10, commitment, v.sign(LotteryTicket.signedBytes(v.id(), x.id(), 42, 10, commitment)));
        challenge = new LotteryChallenge(ticket, lotteryNonce, x.sign(LotteryChallenge.signedBytes(ticket, lotteryNonce)));
        reveal = new LotteryReveal(v.id(), 42, lotterySecret);

        reassignmentByX = new ReassignmentRequest(y.id(), brokerAssignment, x.sign(ReassignmentRequest.signedBytes(y.id(), brokerAssignment)));
        refusal = refuse(v.id(), brokerAssignment, ErrorCode.STALE_SEQUENCE);        // X gives the broker's A_UX back to V
        refusalLayered = refuse(y.id(), layered3, ErrorCode.TOO_MANY_LAYERS);       // Z gives Y's layer back
        payment = new Payment(brokerAssignment, reassignment);                        // V's R_UVX and the A_UX it bought
        paymentLayered = new Payment(layered1, null);
        refundRequest = new RefundRequest(layered1, TS + 8, x.sign(RefundRequest.signedBytes(layered1, TS + 8)));
        fraudReport = report(reassignment, layered1, x.id());                        // V gave seq 1 up twice
        fraudReportWithoutVictim = report(renewal, reassignment, null);
        fraudReportOfRefusal = report(refusal, reassignmentByX, y.id());             // X refused seq 2, then spent it
        List<Ruling.Culprit> culprits = List.of(new Ruling.Culprit(v.id(), Ruling.Kind.HOLDER_DOUBLE_SPEND),
            new Ruling.Culprit(owner.id(), Ruling.Kind.OWNER_DOUBLE_SPEND));
        ruling = new Ruling(rawCoin.id(), culprits, TS + 9, broker.sign(Ruling.signedBytes(rawCoin.id(), culprits, TS + 9)));
        rulingWithoutCulprits = new Ruling(printedCoin.id(), List.of(), TS + 10, broker.sign(Ruling.signedBytes(printedCoin.id(), List.of(), TS + 10)));
        appeal = new Appeal(reassignment, null);
        appealAnswered = new Appeal(reassignment, arbitrationResponse);
        pendingNotice = new PendingNotice(owner.id());
        creditNote = new CreditNote(v.id(), x.id());
        creditState = new CreditState(x.id(), v.id(), true);
        settlement = new Settlement(v.id(), x.id(), rawCoin.id(), 2, 10);
        chainRedemption = new ChainRedemption(paywordCommitment, payword);
        chainReceipt = new ChainReceipt(v.id(), x.id(), TS, 3, 60, TS + 11, broker.sign(ChainReceipt.signedBytes(v.id(), x.id(), TS, 3, 60, TS + 11)));

        joinRequest = new JoinRequest(v.id(), 1_000, 200, 11, TS, v.sign(JoinRequest.signedBytes(v.id(), 1_000, 200, 11, TS)));
        fundRequest = new FundRequest(v.id(), 500, 12, TS, v.sign(FundRequest.signedBytes(v.id(), 500, 12, TS)));
        buyRequest = new BuyRequest(owner.id(), 3, 13, TS, owner.sign(BuyRequest.signedBytes(owner.id(), 3, 13, TS)));
        limitRequest = new LimitRequest(owner.id(), LIM_L, LIM_U, 14, TS, owner.sign(LimitRequest.signedBytes(owner.id(), LIM_L, LIM_U, 14, TS)));
        leaveRequest = new LeaveRequest(v.id(), 15, TS, v.sign(LeaveRequest.signedBytes(v.id(), 15, TS)));
        statementRequest = new StatementRequest(v.id(), 16, TS, v.sign(StatementRequest.signedBytes(v.id(), 16, TS)));
        collectRequest = new CollectRequest(owner.id(), 17, TS, owner.sign(CollectRequest.signedBytes(owner.id(), 17, TS)));
        statement = new AccountStatement(v.id(), 1_500, 200, 0, AccountStatement.Status.ACTIVE, 0, 11, TS + 1,
            broker.sign(AccountStatement.signedBytes(v.id(), 1_500, 200, 0, AccountStatement.Status.ACTIVE, 0, 11, TS + 1)));
        statementOfDebtor = new AccountStatement(x.id(), -40, 0, 300, AccountStatement.Status.BOOTED, 2, 16, TS + 2,
            broker.sign(AccountStatement.signedBytes(x.id(), -40, 0, 300, AccountStatement.Status.BOOTED, 2, 16, TS + 2)));
        List<RawCoin> sold = List.of(rawCoin, rawCoin(RAW_SN + 1), rawCoin(RAW_SN + 2));
        coinSale = new CoinSale(owner.id(), 13, sold, broker.sign(CoinSale.signedBytes(owner.id(), 13, sold)));
        List<PendingActions.Action> actions = List.of(new PendingActions.Action(reassignment, brokerAssignment));
        pendingActions = new PendingActions(owner.id(), 17, actions, List.of(arbitrationRequest), true,
            broker.sign(PendingActions.signedBytes(owner.id(), 17, actions, List.of(arbitrationRequest), true)));
        pendingActionsNone = new PendingActions(owner.id(), 18, List.of(), List.of(), false,
            broker.sign(PendingActions.signedBytes(owner.id(), 18, List.of(), List.of(), false)));

        List<Named> l = new ArrayList<>();
        l.add(new Named("RawCoin", rawCoin));
        l.add(new Named("LimitCertificate", certificate));
        l.add(new Named("PrintedCoin", printedCoin));
        l.add(new Named("Assignment signed by the owner", ownerAssignment));
        l.add(new Named("Assignment signed by the broker", brokerAssignment));
        l.add(new Named("Assignment of a printed coin", printedAssignment));
        l.add(new Named("ReassignmentRequest", reassignment));
        l.add(new Named("LayeredCoin with 1 layer", layered1));
        l.add(new Named("LayeredCoin with 3 layers", layered3));
        l.add(new Named("RenewalRequest", renewal));
        l.add(new Named("CashRequest", cashRequest));
        l.add(new Named("CashRequest of a 3-layer coin", cashRequestLayered3));
        l.add(new Named("CashReceipt", cashReceipt));
        l.add(new Named("ArbitrationRequest", arbitrationRequest));
        l.add(new Named("ArbitrationResponse", arbitrationResponse));
        l.add(new Named("ArbitrationResponse without proofs", arbitrationResponseEmpty));
        l.add(new Named("ArbitrationResponse about a printed coin", arbitrationResponsePrinted));
        l.add(new Named("PaywordCommitment", paywordCommitment));
        l.add(new Named("Payword", payword));
        l.add(new Named("LotteryTicket", ticket));
        l.add(new Named("LotteryChallenge", challenge));
        l.add(new Named("LotteryReveal", reveal));
        l.add(new Named("Refusal", refusal));
        l.add(new Named("Refusal of a 3-layer coin", refusalLayered));
        l.add(new Named("Payment", payment));
        l.add(new Named("Payment of a layered coin", paymentLayered));
        l.add(new Named("RefundRequest", refundRequest));
        l.add(new Named("FraudReport", fraudReport));
        l.add(new Named("FraudReport without victim", fraudReportWithoutVictim));
        l.add(new Named("FraudReport of a refusal", fraudReportOfRefusal));
        l.add(new Named("Ruling", ruling));
        l.add(new Named("Ruling without culprits", rulingWithoutCulprits));
        l.add(new Named("Appeal", appeal));
        l.add(new Named("Appeal with the owner's answer", appealAnswered));
        l.add(new Named("PendingNotice", pendingNotice));
        l.add(new Named("CreditNote", creditNote));
        l.add(new Named("CreditState", creditState));
        l.add(new Named("Settlement", settlement));
        l.add(new Named("ChainRedemption", chainRedemption));
        l.add(new Named("ChainReceipt", chainReceipt));
        l.add(new Named("JoinRequest", joinRequest));
        l.add(new Named("FundRequest", fundRequest));
        l.add(new Named("BuyRequest", buyRequest));
        l.add(new Named("LimitRequest", limitRequest));
        l.add(new Named("LeaveRequest", leaveRequest));
        l.add(new Named("StatementRequest", statementRequest));
        l.add(new Named("CollectRequest", collectRequest));
        l.add(new Named("AccountStatement", statement));
        l.add(new Named("AccountStatement of a booted debtor", statementOfDebtor));
        l.add(new Named("CoinSale", coinSale));
        l.add(new Named("PendingActions", pendingActions));
        l.add(new Named("PendingActions with nothing pending", pendingActionsNone));
        all = List.copyOf(l);
    }

    static byte[] bytes32(int n) {
        byte[] b = new byte[32];
        b[0] = (byte) n;
        b[1] = (byte) (n >>> 8);
        b[31] = 0x3c;
        return b;
    }

    private Signer signer(int n) {
        Signer s = crypto.signer(bytes32(n));
        signers.put(s.id(), s);
        return s;
    }

    Signer signerOf(PeerId id) { return signers.get(id); }

    Assignment assign(Signer by, PeerId holder, long seq, Coin coin, boolean byBroker) {
        return new Assignment(holder, seq, TS, RB, RE, coin, byBroker, by.sign(Assignment.signedBytes(holder, seq, TS, RB, RE, coin)));
    }

    /** The holder of {@code inner}, {@code from}, pays {@code to} by adding a layer (eq. 8). */
    static LayeredCoin layer(Signer from, PeerId to, long seq, Holding inner) {
        return new LayeredCoin(to, from.id(), seq, inner, from.sign(LayeredCoin.signedBytes(to, from.id(), seq, inner)));
    }

    RawCoin rawCoin(long sn) { return new RawCoin(owner.id(), sn, broker.sign(RawCoin.signedBytes(owner.id(), sn))); }

    /** The holder of {@code refused} gives it back to {@code payer}. */
    Refusal refuse(PeerId payer, Holding refused, ErrorCode reason) {
        return new Refusal(payer, refused, reason, signerOf(refused.holder()).sign(Refusal.signedBytes(payer, refused, reason)));
    }

    /** The owner reports two relinquishments of one assignment. */
    FraudReport report(Relinquishment first, Relinquishment second, PeerId victim) {
        return new FraudReport(owner.id(), first, second, victim, owner.sign(FraudReport.signedBytes(owner.id(), first, second, victim)));
    }

    private ArbitrationResponse respond(CoinId coin, List<Relinquishment> proofs) {
        return new ArbitrationResponse(coin, proofs, owner.sign(ArbitrationResponse.signedBytes(coin, proofs)));
    }

    /** Whether the message carries an outermost signature of its own (and ends with it). */
    static boolean isSigned(Message m) {
        return !(m instanceof Payword || m instanceof LotteryReveal || m instanceof PendingNotice || m instanceof CreditNote
            || m instanceof CreditState || m instanceof Settlement || m instanceof ChainRedemption || isEnvelope(m));
    }

    /** Unsigned envelopes whose every byte belongs to a nested signed message (or its framing): no change of them can verify. */
    static boolean isEnvelope(Message m) { return m instanceof Payment || m instanceof Appeal; }

    /** Whose key the outermost signature of {@code m} must verify under, as the paper names it. */
    Optional<PeerId> expectedSigner(Message m) {
        if (m instanceof RawCoin || m instanceof LimitCertificate || m instanceof CashReceipt || m instanceof ChainReceipt || m instanceof ArbitrationRequest
                || m instanceof Ruling || m instanceof AccountStatement || m instanceof CoinSale || m instanceof PendingActions) {
            return Optional.of(broker.id());
        }
        if (m instanceof PrintedCoin c) return Optional.of(c.owner());
        if (m instanceof Assignment a) return Optional.of(a.byBroker() ? broker.id() : a.coin().owner());
        if (m instanceof LayeredCoin l) return Optional.of(l.from());
        if (m instanceof ReassignmentRequest r) return Optional.of(r.current().holder());
        if (m instanceof RenewalRequest r) return Optional.of(r.current().holder());
        if (m instanceof CashRequest c) return Optional.of(c.holding().holder());
        if (m instanceof ArbitrationResponse a) return Optional.of(a.coin().owner());
        if (m instanceof PaywordCommitment c) return Optional.of(c.payer());
        if (m instanceof LotteryTicket t) return Optional.of(t.payer());
        if (m instanceof LotteryChallenge c) return Optional.of(c.ticket().payee());
        if (m instanceof Refusal r) return Optional.of(r.refused().holder());
        if (m instanceof RefundRequest r) return Optional.of(r.holding().holder());
        if (m instanceof FraudReport r) return Optional.of(r.reporter());
        if (m instanceof AccountRequest r) return Optional.of(r.account());
        return Optional.empty();
    }

    /** The same content with its outermost signature made by {@code s}; unsigned messages are returned as they are. */
    static Message resign(Message m, Signer s) {
        if (m instanceof RawCoin c) return new RawCoin(c.owner(), c.sn(), s.sign(c.signedBytes()));
        if (m instanceof LimitCertificate c) return new LimitCertificate(c.owner(), c.liml(), c.limu(), c.expiry(), s.sign(c.signedBytes()));
        if (m instanceof PrintedCoin c) return new PrintedCoin(c.sn(), c.certificate(), s.sign(c.signedBytes()));
        if (m instanceof Assignment a) return new Assignment(a.holder(), a.seq(), a.ts(), a.rb(), a.re(), a.coin(), a.byBroker(), s.sign(a.signedBytes()));
        if (m instanceof LayeredCoin l) return new LayeredCoin(l.holder(), l.from(), l.seq(), l.inner(), s.sign(l.signedBytes()));
        if (m instanceof ReassignmentRequest r) return new ReassignmentRequest(r.newHolder(), r.current(), s.sign(r.signedBytes()));
        if (m instanceof RenewalRequest r) return new RenewalRequest(r.current(), s.sign(r.signedBytes()));
        if (m instanceof CashRequest c) return new CashRequest(c.holding(), c.ts(), s.sign(c.signedBytes()));
        if (m instanceof CashReceipt c) return new CashReceipt(c.coin(), c.holder(), c.seq(), c.credited(), c.ts(), s.sign(c.signedBytes()));
        if (m instanceof ChainReceipt c) return new ChainReceipt(c.payer(), c.payee(), c.chainTs(), c.words(), c.credited(), c.ts(), s.sign(c.signedBytes()));
        if (m instanceof ArbitrationRequest a) return new ArbitrationRequest(a.coin(), a.claims(), s.sign(a.signedBytes()));
        if (m instanceof ArbitrationResponse a) return new ArbitrationResponse(a.coin(), a.proofs(), s.sign(a.signedBytes()));
        if (m instanceof PaywordCommitment c) return new PaywordCommitment(c.payer(), c.payee(), c.root(), c.length(), c.ts(), s.sign(c.signedBytes()));
        if (m instanceof LotteryTicket t) return new LotteryTicket(t.payer(), t.payee(), t.serial(), t.odds(), t.commitment(), s.sign(t.signedBytes()));
        if (m instanceof LotteryChallenge c) return new LotteryChallenge(c.ticket(), c.nonce(), s.sign(c.signedBytes()));
        if (m instanceof Refusal r) return new Refusal(r.payer(), r.refused(), r.reason(), s.sign(r.signedBytes()));
        if (m instanceof RefundRequest r) return new RefundRequest(r.holding(), r.time(), s.sign(r.signedBytes()));
        if (m instanceof FraudReport r) return new FraudReport(r.reporter(), r.first(), r.second(), r.victim(), s.sign(r.signedBytes()));
        if (m instanceof Ruling r) return new Ruling(r.coin(), r.culprits(), r.time(), s.sign(r.signedBytes()));
        if (m instanceof AccountRequest r) return resignAccountRequest(r, s.sign(r.signedBytes()));
        if (m instanceof AccountStatement a) {
            return new AccountStatement(a.account(), a.balance(), a.deposit(), a.prepaid(), a.status(), a.frauds(), a.nonce(), a.time(), s.sign(a.signedBytes()));
        }
        if (m instanceof CoinSale c) return new CoinSale(c.account(), c.nonce(), c.coins(), s.sign(c.signedBytes()));
        if (m instanceof PendingActions p) return new PendingActions(p.account(), p.nonce(), p.actions(), p.disputes(), p.more(), s.sign(p.signedBytes()));
        return m;
    }

    private static AccountRequest resignAccountRequest(AccountRequest r, Sig sig) {
        if (r instanceof JoinRequest q) return new JoinRequest(q.account(), q.balance(), q.deposit(), q.nonce(), q.time(), sig);
        if (r instanceof FundRequest q) return new FundRequest(q.account(), q.amount(), q.nonce(), q.time(), sig);
        if (r instanceof BuyRequest q) return new BuyRequest(q.account(), q.count(), q.nonce(), q.time(), sig);
        if (r instanceof LimitRequest q) return new LimitRequest(q.account(), q.liml(), q.limu(), q.nonce(), q.time(), sig);
        if (r instanceof LeaveRequest q) return new LeaveRequest(q.account(), q.nonce(), q.time(), sig);
        if (r instanceof StatementRequest q) return new StatementRequest(q.account(), q.nonce(), q.time(), sig);
        return new CollectRequest(r.account(), r.nonce(), r.time(), sig);
    }

    /**
     * Checks every signature {@code m} carries, nested ones included, against the key the paper names, as the
     * receiving role would; throws BAD_SIGNATURE at the first that fails.
     */
    void verify(Message m) throws PPayException {
        if (m instanceof Coin c) {
            checks.verifyCoin(Task.ISSUE, c);
        } else if (m instanceof LimitCertificate c) {
            checks.verify(Task.ISSUE, broker.id(), c.signedBytes(), c.brokerSig(), "limit certificate");
        } else if (m instanceof Holding h) {
            checks.verifyHolding(Task.ISSUE, h, MAX_LAYERS);
        } else if (m instanceof ReassignmentRequest r) {
            checks.verifyHolding(Task.ISSUE, r.current(), MAX_LAYERS);
            checks.verify(Task.ISSUE, r.current().holder(), r.signedBytes(), r.sig(), "reassignment request");
        } else if (m instanceof RenewalRequest r) {
            checks.verifyHolding(Task.ISSUE, r.current(), MAX_LAYERS);
            checks.verify(Task.ISSUE, r.current().holder(), r.signedBytes(), r.sig(), "renewal request");
        } else if (m instanceof CashRequest c) {
            checks.verifyHolding(Task.ISSUE, c.holding(), MAX_LAYERS);
            checks.verify(Task.ISSUE, c.holding().holder(), c.signedBytes(), c.sig(), "cash request");
        } else if (m instanceof CashReceipt c) {
            checks.verify(Task.ISSUE, broker.id(), c.signedBytes(), c.brokerSig(), "cash receipt");
        } else if (m instanceof ChainReceipt c) {
            checks.verify(Task.ISSUE, broker.id(), c.signedBytes(), c.brokerSig(), "chain receipt");
        } else if (m instanceof ChainRedemption c) {
            checks.verify(Task.ISSUE, c.commitment().payer(), c.commitment().signedBytes(), c.commitment().sig(), "payword commitment");
        } else if (m instanceof ArbitrationRequest a) {
            checks.verify(Task.ISSUE, broker.id(), a.signedBytes(), a.brokerSig(), "arbitration request");
            for (Holding h : a.claims()) checks.verifyHolding(Task.ISSUE, h, MAX_LAYERS);
        } else if (m instanceof ArbitrationResponse a) {
            checks.verify(Task.ISSUE, a.coin().owner(), a.signedBytes(), a.ownerSig(), "arbitration response");
            for (Relinquishment p : a.proofs()) {
                checks.verify(Task.ISSUE, p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
                checks.verifyHolding(Task.ISSUE, p.given(), MAX_LAYERS);
            }
        } else if (m instanceof PaywordCommitment c) {
            checks.verify(Task.ISSUE, c.payer(), c.signedBytes(), c.sig(), "payword commitment");
        } else if (m instanceof LotteryTicket t) {
            checks.verify(Task.ISSUE, t.payer(), t.signedBytes(), t.sig(), "lottery ticket");
        } else if (m instanceof LotteryChallenge c) {
            checks.verify(Task.ISSUE, c.ticket().payer(), c.ticket().signedBytes(), c.ticket().sig(), "lottery ticket");
            checks.verify(Task.ISSUE, c.ticket().payee(), c.signedBytes(), c.sig(), "lottery challenge");
        } else {
            verifyNewer(m);
        }
        // Payword, LotteryReveal and PendingNotice carry no signature: a hash chain or commitment is their proof,
        // or (a notice) they only prompt a signed request.
    }

    /** {@link #verify} for refusals, payments, disputes and signed account requests and their answers. */
    private void verifyNewer(Message m) throws PPayException {
        if (m instanceof Refusal r) {
            checks.verifyHolding(Task.ISSUE, r.refused(), MAX_LAYERS);
            checks.verify(Task.ISSUE, r.refused().holder(), r.signedBytes(), r.sig(), "refusal");
        } else if (m instanceof Payment p) {
            verify(p.holding());
            if (p.request() != null) verify(p.request());
        } else if (m instanceof RefundRequest r) {
            checks.verifyHolding(Task.ISSUE, r.holding(), MAX_LAYERS);
            checks.verify(Task.ISSUE, r.holding().holder(), r.signedBytes(), r.sig(), "refund request");
        } else if (m instanceof FraudReport r) {
            checks.verify(Task.ISSUE, r.reporter(), r.signedBytes(), r.sig(), "fraud report");
            verify(r.first().message());
            verify(r.second().message());
        } else if (m instanceof Ruling r) {
            checks.verify(Task.ISSUE, broker.id(), r.signedBytes(), r.sig(), "ruling");
        } else if (m instanceof Appeal a) {
            verify(a.request());
            if (a.answer() != null) verify(a.answer());
        } else if (m instanceof AccountRequest r) {
            checks.verify(Task.ISSUE, r.account(), r.signedBytes(), r.sig(), "account request");
        } else if (m instanceof AccountStatement a) {
            checks.verify(Task.ISSUE, broker.id(), a.signedBytes(), a.sig(), "account statement");
        } else if (m instanceof CoinSale c) {
            checks.verify(Task.ISSUE, broker.id(), c.signedBytes(), c.sig(), "coin sale");
            for (RawCoin coin : c.coins()) checks.verifyCoin(Task.ISSUE, coin);
        } else if (m instanceof PendingActions p) {
            checks.verify(Task.ISSUE, broker.id(), p.signedBytes(), p.sig(), "pending actions");
            for (PendingActions.Action a : p.actions()) {
                verify(a.request().message());
                checks.verifyAssignment(Task.ISSUE, a.issued());
            }
            for (ArbitrationRequest d : p.disputes()) verify(d);
        }
    }

    /** A signature of the right size that nobody made. */
    static Sig junkSig() { return new Sig(new byte[Sig.LENGTH]); }
}
