package org.ppay.core.msg;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.msg.MessageFixture.Named;

/**
 * Pins the wire format: SHA-256 of {@code encode()} and {@code signedBytes()} of fixed instances of every
 * message type, recorded from the encoder as it was before it was rewritten to encode in a single pass.
 * Signatures cover these bytes, so any change here breaks every signed message already issued. The
 * instances use made-up keys and signatures (no crypto provider), so they change only if the format does.
 */
class WireFormatGoldenTest {
    static PeerId peer(int n) { return new PeerId(fill(PeerId.LENGTH, n)); }

    static Sig sig(int n) { return new Sig(fill(Sig.LENGTH, 100 + n)); }

    static byte[] fill(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) b[i] = (byte) (seed * 37 + i * 11 + (i >>> 3));
        return b;
    }

    static final PeerId BROKER = peer(1), OWNER = peer(2), V = peer(3), X = peer(4), Y = peer(5), Z = peer(6);

    /** Every instance, in a fixed order with a unique name; signatures are junk (only the bytes matter here). */
    static List<Named> vectors() {
        List<Named> l = new ArrayList<>();
        RawCoin raw = new RawCoin(OWNER, 7, sig(1));
        RawCoin rawZero = new RawCoin(V, 0, sig(2));
        RawCoin rawMax = new RawCoin(X, Long.MAX_VALUE, sig(3));
        LimitCertificate cert = new LimitCertificate(OWNER, 1_000, 1_999, 10_000, sig(4));
        LimitCertificate certWide = new LimitCertificate(Y, 0, Long.MAX_VALUE, Long.MIN_VALUE, sig(5));
        PrintedCoin printed = new PrintedCoin(1_005, cert, sig(6));
        PrintedCoin printedEdge = new PrintedCoin(Long.MAX_VALUE, certWide, sig(7));
        Assignment byOwner = new Assignment(V, 1, 1_000, 2_000, 3_000, raw, false, sig(8));
        Assignment byBroker = new Assignment(X, 2, 1_000, 2_000, 3_000, raw, true, sig(9));
        Assignment ofPrinted = new Assignment(V, 1, 1_000, 2_000, 3_000, printed, false, sig(10));
        Assignment edge = new Assignment(Z, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE, printedEdge, true, sig(11));
        LayeredCoin layered1 = new LayeredCoin(X, V, 2, byOwner, sig(12));
        LayeredCoin layered3 = new LayeredCoin(Z, Y, 4, new LayeredCoin(Y, X, 3, new LayeredCoin(X, V, 2, ofPrinted, sig(13)), sig(14)), sig(15));
        Holding deepest = ofPrinted;
        PeerId[] ring = {V, X, Y, Z};
        for (int i = 0; i < LayeredCoin.MAX_DEPTH; i++) {
            deepest = new LayeredCoin(ring[(i + 1) % 4], ring[i % 4], 2 + i, deepest, sig(20 + i));
        }
        ReassignmentRequest reassign = new ReassignmentRequest(X, byOwner, sig(60));
        ReassignmentRequest reassignLayered = new ReassignmentRequest(OWNER, layered3, sig(61));
        RenewalRequest renewal = new RenewalRequest(byOwner, sig(62));
        RenewalRequest renewalPrinted = new RenewalRequest(ofPrinted, sig(63));
        RenewalRequest renewalLayered = new RenewalRequest(layered1, sig(64));
        CashRequest cash = new CashRequest(layered1, 1_005, sig(65));
        CashRequest cashPrinted = new CashRequest(ofPrinted, -5, sig(66));
        CashRequest cashDeep = new CashRequest(deepest, Long.MAX_VALUE, sig(67));
        CashReceipt receipt = new CashReceipt(raw.id(), X, 2, 95, 1_007, sig(68));
        CashReceipt receiptEdge = new CashReceipt(printedEdge.id(), Z, Long.MAX_VALUE, -95, Long.MIN_VALUE, sig(69));
        ArbitrationRequest arbitration = new ArbitrationRequest(raw.id(), List.of(layered1, byOwner), sig(70));
        ArbitrationRequest arbitrationOne = new ArbitrationRequest(printed.id(), List.of(layered3), sig(71));
        List<Holding> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) many.add(new Assignment(ring[i % 4], i, 1_000 + i, 2_000, 3_000 + i, raw, i % 3 == 0, sig(72 + i)));
        ArbitrationRequest arbitrationMany = new ArbitrationRequest(raw.id(), many, sig(92));
        ArbitrationResponse response = new ArbitrationResponse(raw.id(), List.of(layered1, reassign, renewal), sig(93));
        ArbitrationResponse responseEmpty = new ArbitrationResponse(raw.id(), List.of(), sig(94));
        ArbitrationResponse responsePrinted = new ArbitrationResponse(printed.id(), List.of(layered3, renewalPrinted, reassignLayered), sig(95));
        PaywordCommitment commitment = new PaywordCommitment(V, X, fill(32, 200), 5, 1_000, sig(96));
        PaywordCommitment commitmentEdge = new PaywordCommitment(Y, Z, fill(32, 201), 65_535, Long.MIN_VALUE, sig(97));
        Payword word = new Payword(V, 3, fill(32, 202));
        Payword wordFirst = new Payword(X, 1, fill(32, 203));
        Payword wordLast = new Payword(Y, 65_535, fill(32, 204));
        LotteryTicket ticket = new LotteryTicket(V, X, 42, 10, fill(32, 205), sig(98));
        LotteryTicket ticketEdge = new LotteryTicket(Y, Z, -42, Integer.MAX_VALUE, fill(32, 206), sig(99));
        LotteryTicket ticketCertain = new LotteryTicket(X, V, 0, 1, fill(32, 207), sig(100));
        LotteryChallenge challenge = new LotteryChallenge(ticket, fill(32, 208), sig(101));
        LotteryChallenge challengeEdge = new LotteryChallenge(ticketEdge, fill(32, 209), sig(102));
        LotteryReveal reveal = new LotteryReveal(V, 42, fill(32, 210));
        LotteryReveal revealEdge = new LotteryReveal(Z, Long.MIN_VALUE, fill(32, 211));

        add(l, "RawCoin", raw);
        add(l, "RawCoin sn 0", rawZero);
        add(l, "RawCoin sn max", rawMax);
        add(l, "LimitCertificate", cert);
        add(l, "LimitCertificate wide", certWide);
        add(l, "PrintedCoin", printed);
        add(l, "PrintedCoin edge", printedEdge);
        add(l, "Assignment by owner", byOwner);
        add(l, "Assignment by broker", byBroker);
        add(l, "Assignment of printed coin", ofPrinted);
        add(l, "Assignment edge", edge);
        add(l, "LayeredCoin 1 layer", layered1);
        add(l, "LayeredCoin 3 layers", layered3);
        add(l, "LayeredCoin max layers", deepest);
        add(l, "ReassignmentRequest", reassign);
        add(l, "ReassignmentRequest of layered", reassignLayered);
        add(l, "RenewalRequest", renewal);
        add(l, "RenewalRequest printed", renewalPrinted);
        add(l, "RenewalRequest layered", renewalLayered);
        add(l, "CashRequest", cash);
        add(l, "CashRequest printed", cashPrinted);
        add(l, "CashRequest max layers", cashDeep);
        add(l, "CashReceipt", receipt);
        add(l, "CashReceipt edge", receiptEdge);
        add(l, "ArbitrationRequest", arbitration);
        add(l, "ArbitrationRequest one claim", arbitrationOne);
        add(l, "ArbitrationRequest 20 claims", arbitrationMany);
        add(l, "ArbitrationResponse", response);
        add(l, "ArbitrationResponse empty", responseEmpty);
        add(l, "ArbitrationResponse printed", responsePrinted);
        add(l, "PaywordCommitment", commitment);
        add(l, "PaywordCommitment edge", commitmentEdge);
        add(l, "Payword", word);
        add(l, "Payword first", wordFirst);
        add(l, "Payword last", wordLast);
        add(l, "LotteryTicket", ticket);
        add(l, "LotteryTicket edge", ticketEdge);
        add(l, "LotteryTicket certain", ticketCertain);
        add(l, "LotteryChallenge", challenge);
        add(l, "LotteryChallenge edge", challengeEdge);
        add(l, "LotteryReveal", reveal);
        add(l, "LotteryReveal edge", revealEdge);
        addDisputeVectors(l);
        addAccountVectors(l);
        return l;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T named(List<Named> l, String name) {
        return (T) l.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().message();
    }

    /** Refusals, payments, refunds, fraud reports, rulings, appeals and notices, built on the vectors above. */
    private static void addDisputeVectors(List<Named> l) {
        RawCoin raw = named(l, "RawCoin");
        Assignment byBroker = named(l, "Assignment by broker");
        LayeredCoin layered1 = named(l, "LayeredCoin 1 layer"), layered3 = named(l, "LayeredCoin 3 layers"), deepest = named(l, "LayeredCoin max layers");
        ReassignmentRequest reassign = named(l, "ReassignmentRequest");
        RenewalRequest renewal = named(l, "RenewalRequest");
        ArbitrationResponse response = named(l, "ArbitrationResponse");
        Refusal refusal = new Refusal(V, byBroker, ErrorCode.STALE_SEQUENCE, sig(110));
        add(l, "Refusal", refusal);
        add(l, "Refusal of layered", new Refusal(Y, layered3, ErrorCode.STALE_REQUEST, sig(111)));
        add(l, "Payment", new Payment(byBroker, reassign));
        add(l, "Payment of layered", new Payment(layered1, null));
        add(l, "RefundRequest", new RefundRequest(layered1, 1_008, sig(112)));
        add(l, "RefundRequest max layers", new RefundRequest(deepest, Long.MIN_VALUE, sig(113)));
        add(l, "FraudReport", new FraudReport(OWNER, reassign, layered1, X, sig(114)));
        add(l, "FraudReport without victim", new FraudReport(BROKER, renewal, reassign, null, sig(115)));
        add(l, "FraudReport of refusal", new FraudReport(OWNER, refusal, new ReassignmentRequest(Y, byBroker, sig(116)), Y, sig(117)));
        List<Ruling.Culprit> culprits = List.of(new Ruling.Culprit(V, Ruling.Kind.HOLDER_DOUBLE_SPEND), new Ruling.Culprit(OWNER, Ruling.Kind.OWNER_DOUBLE_SPEND),
            new Ruling.Culprit(Y, Ruling.Kind.WRONGFUL_DENIAL), new Ruling.Culprit(Z, Ruling.Kind.WINDOW_TAMPERING));
        add(l, "Ruling", new Ruling(raw.id(), culprits, 1_009, sig(118)));
        PrintedCoin printedEdge = named(l, "PrintedCoin edge");
        add(l, "Ruling without culprits", new Ruling(printedEdge.id(), List.of(), Long.MIN_VALUE, sig(119)));
        add(l, "Appeal", new Appeal(reassign, null));
        add(l, "Appeal answered", new Appeal(reassign, response));
        add(l, "PendingNotice", new PendingNotice(OWNER));
        add(l, "CreditNote", new CreditNote(OWNER, Y));
        add(l, "CreditState", new CreditState(Y, OWNER, true));
        add(l, "Settlement", new Settlement(OWNER, Y, raw.id(), 3, 10));
        add(l, "ChainRedemption", new ChainRedemption(named(l, "PaywordCommitment"), named(l, "Payword")));
        add(l, "ChainReceipt", new ChainReceipt(V, X, 1_000, 3, 60, 1_011, sig(150)));
    }

    /** Signed account requests and the broker's answers. */
    private static void addAccountVectors(List<Named> l) {
        RawCoin raw = named(l, "RawCoin");
        add(l, "JoinRequest", new JoinRequest(V, 1_000, 200, 11, 1_000, sig(120)));
        add(l, "JoinRequest edge", new JoinRequest(Z, 0, Long.MAX_VALUE, Long.MIN_VALUE, -1, sig(121)));
        add(l, "FundRequest", new FundRequest(V, 500, 12, 1_000, sig(122)));
        add(l, "BuyRequest", new BuyRequest(OWNER, 3, 13, 1_000, sig(123)));
        add(l, "BuyRequest most", new BuyRequest(OWNER, BuyRequest.MAX_COUNT, Long.MAX_VALUE, Long.MAX_VALUE, sig(124)));
        add(l, "LimitRequest", new LimitRequest(OWNER, 1_000, 1_999, 14, 1_000, sig(125)));
        add(l, "LeaveRequest", new LeaveRequest(V, 15, 1_000, sig(126)));
        add(l, "StatementRequest", new StatementRequest(V, 16, 1_000, sig(127)));
        add(l, "CollectRequest", new CollectRequest(OWNER, 17, 1_000, sig(128)));
        add(l, "AccountStatement", new AccountStatement(V, 1_500, 200, 0, AccountStatement.Status.ACTIVE, 0, 11, 1_001, sig(129)));
        add(l, "AccountStatement edge", new AccountStatement(X, Long.MIN_VALUE, 0, Long.MAX_VALUE, AccountStatement.Status.VANISHED,
            Long.MAX_VALUE, -16, Long.MIN_VALUE, sig(130)));
        add(l, "CoinSale", new CoinSale(OWNER, 13, List.of(raw, new RawCoin(OWNER, 8, sig(131)), new RawCoin(OWNER, 9, sig(132))), sig(133)));
        List<PendingActions.Action> actions = List.of(new PendingActions.Action(named(l, "ReassignmentRequest"), named(l, "Assignment by broker")));
        add(l, "PendingActions", new PendingActions(OWNER, 17, actions, List.of(named(l, "ArbitrationRequest")), true, sig(134)));
        add(l, "PendingActions none", new PendingActions(OWNER, 18, List.of(), List.of(), false, sig(135)));
    }

    private static void add(List<Named> l, String name, Message m) { l.add(new Named(name, m)); }

    /** The instance's {@code signedBytes()}, for the types that have one. */
    static Optional<byte[]> signedBytes(Message m) {
        if (m instanceof RawCoin c) return Optional.of(c.signedBytes());
        if (m instanceof LimitCertificate c) return Optional.of(c.signedBytes());
        if (m instanceof PrintedCoin c) return Optional.of(c.signedBytes());
        if (m instanceof Assignment a) return Optional.of(a.signedBytes());
        if (m instanceof LayeredCoin c) return Optional.of(c.signedBytes());
        if (m instanceof ReassignmentRequest r) return Optional.of(r.signedBytes());
        if (m instanceof RenewalRequest r) return Optional.of(r.signedBytes());
        if (m instanceof CashRequest c) return Optional.of(c.signedBytes());
        if (m instanceof CashReceipt c) return Optional.of(c.signedBytes());
        if (m instanceof ChainReceipt c) return Optional.of(c.signedBytes());
        if (m instanceof ArbitrationRequest a) return Optional.of(a.signedBytes());
        if (m instanceof ArbitrationResponse a) return Optional.of(a.signedBytes());
        if (m instanceof PaywordCommitment c) return Optional.of(c.signedBytes());
        if (m instanceof LotteryTicket t) return Optional.of(t.signedBytes());
        if (m instanceof LotteryChallenge c) return Optional.of(c.signedBytes());
        if (m instanceof Refusal r) return Optional.of(r.signedBytes());
        if (m instanceof RefundRequest r) return Optional.of(r.signedBytes());
        if (m instanceof FraudReport r) return Optional.of(r.signedBytes());
        if (m instanceof Ruling r) return Optional.of(r.signedBytes());
        if (m instanceof AccountRequest r) return Optional.of(r.signedBytes());
        if (m instanceof AccountStatement a) return Optional.of(a.signedBytes());
        if (m instanceof CoinSale c) return Optional.of(c.signedBytes());
        if (m instanceof PendingActions p) return Optional.of(p.signedBytes());
        return Optional.empty();
    }

    /** The same bytes through the static helpers signers call before the message exists. */
    static Optional<byte[]> staticSignedBytes(Message m) {
        if (m instanceof RawCoin c) return Optional.of(RawCoin.signedBytes(c.owner(), c.sn()));
        if (m instanceof LimitCertificate c) return Optional.of(LimitCertificate.signedBytes(c.owner(), c.liml(), c.limu(), c.expiry()));
        if (m instanceof PrintedCoin c) return Optional.of(PrintedCoin.signedBytes(c.sn(), c.certificate()));
        if (m instanceof Assignment a) return Optional.of(Assignment.signedBytes(a.holder(), a.seq(), a.ts(), a.rb(), a.re(), a.coin()));
        if (m instanceof LayeredCoin c) return Optional.of(LayeredCoin.signedBytes(c.holder(), c.from(), c.seq(), c.inner()));
        if (m instanceof ReassignmentRequest r) return Optional.of(ReassignmentRequest.signedBytes(r.newHolder(), r.current()));
        if (m instanceof RenewalRequest r) return Optional.of(RenewalRequest.signedBytes(r.current()));
        if (m instanceof CashRequest c) return Optional.of(CashRequest.signedBytes(c.holding(), c.ts()));
        if (m instanceof CashReceipt c) return Optional.of(CashReceipt.signedBytes(c.coin(), c.holder(), c.seq(), c.credited(), c.ts()));
        if (m instanceof ChainReceipt c) return Optional.of(ChainReceipt.signedBytes(c.payer(), c.payee(), c.chainTs(), c.words(), c.credited(), c.ts()));
        if (m instanceof ArbitrationRequest a) return Optional.of(ArbitrationRequest.signedBytes(a.coin(), a.claims()));
        if (m instanceof ArbitrationResponse a) return Optional.of(ArbitrationResponse.signedBytes(a.coin(), a.proofs()));
        if (m instanceof PaywordCommitment c) return Optional.of(PaywordCommitment.signedBytes(c.payer(), c.payee(), c.root(), c.length(), c.ts()));
        if (m instanceof LotteryTicket t) return Optional.of(LotteryTicket.signedBytes(t.payer(), t.payee(), t.serial(), t.odds(), t.commitment()));
        if (m instanceof LotteryChallenge c) return Optional.of(LotteryChallenge.signedBytes(c.ticket(), c.nonce()));
        if (m instanceof Refusal r) return Optional.of(Refusal.signedBytes(r.payer(), r.refused(), r.reason()));
        if (m instanceof RefundRequest r) return Optional.of(RefundRequest.signedBytes(r.holding(), r.time()));
        if (m instanceof FraudReport r) return Optional.of(FraudReport.signedBytes(r.reporter(), r.first(), r.second(), r.victim()));
        if (m instanceof Ruling r) return Optional.of(Ruling.signedBytes(r.coin(), r.culprits(), r.time()));
        if (m instanceof AccountRequest r) return Optional.of(staticSignedBytes(r));
        if (m instanceof AccountStatement a) {
            return Optional.of(AccountStatement.signedBytes(a.account(), a.balance(), a.deposit(), a.prepaid(), a.status(), a.frauds(), a.nonce(), a.time()));
        }
        if (m instanceof CoinSale c) return Optional.of(CoinSale.signedBytes(c.account(), c.nonce(), c.coins()));
        if (m instanceof PendingActions p) return Optional.of(PendingActions.signedBytes(p.account(), p.nonce(), p.actions(), p.disputes(), p.more()));
        return Optional.empty();
    }

    private static byte[] staticSignedBytes(AccountRequest r) {
        if (r instanceof JoinRequest q) return JoinRequest.signedBytes(q.account(), q.balance(), q.deposit(), q.nonce(), q.time());
        if (r instanceof FundRequest q) return FundRequest.signedBytes(q.account(), q.amount(), q.nonce(), q.time());
        if (r instanceof BuyRequest q) return BuyRequest.signedBytes(q.account(), q.count(), q.nonce(), q.time());
        if (r instanceof LimitRequest q) return LimitRequest.signedBytes(q.account(), q.liml(), q.limu(), q.nonce(), q.time());
        if (r instanceof LeaveRequest q) return LeaveRequest.signedBytes(q.account(), q.nonce(), q.time());
        if (r instanceof StatementRequest q) return StatementRequest.signedBytes(q.account(), q.nonce(), q.time());
        return CollectRequest.signedBytes(r.account(), r.nonce(), r.time());
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** name -> {SHA-256 of encode(), SHA-256 of signedBytes() or null}, recorded from the pre-single-pass encoder. */
    static final Map<String, String[]> GOLDEN = Map.ofEntries(
        entry("RawCoin", new String[] {"f8ff788b3633b5ad62da48948f0e4fa719743ffc412be2022514dec851d9146d",
            "bc44e7867b050dba5f9d656cd4e98e65d47380f97ddb7ec7beb46ca3b0cad5c8"}),
        entry("RawCoin sn 0", new String[] {"772f830f5a47588a6fe116e070f91e1a77dfce71aaa8d0d02c0410a25e16fc25",
            "fa322e1dcb6dae9d5a4df43685793e7941b02be63cd68324ef612f6decbae6cd"}),
        entry("RawCoin sn max", new String[] {"1579c494e33f2e26ecf8cb49a8500c31557f282f6afc618b16f8fbaf20877882",
            "adafafdfa43eb6f16ca3eec857c022e52a085a0f0c933d7e99ab351bb831a9fe"}),
        entry("LimitCertificate", new String[] {"615e15e44747786f7e3e72df4481d531791e8d6b51338e05ba75b71dc459be7e",
            "5f5ead7811ea3789794e47d0e7963595d1c16c2624cca1b86c3963e19aba7bd7"}),
        entry("LimitCertificate wide", new String[] {"48b766ddcf9a4382337757f9d86bb711a7c793cec3f8900fe35ad004d01d3988",
            "a478aea17a67e50ccafa6bd93cc10d2354f2e25a240689ce47fbe8f456ce8073"}),
        entry("PrintedCoin", new String[] {"09385b6fd81862509bc7750fddc2af944fc5a5b9b0812a5512780bd89aa6fc40",
            "37440e89246368cfa148beabf24c6e63b9747da0cf0d5b5e5b50c7c9fce2eb30"}),
        entry("PrintedCoin edge", new String[] {"b94811002f7a572df3cddd3974a0cea18f68ac9067f45286757a1c494f553873",
            "52acdbc6c52ccbda2a2ec79b3ff1ce17b232272d726ddeb02dbc375b78aee93c"}),
        entry("Assignment by owner", new String[] {"d12bb453a95d831e6579ff42fd34a3ece5ee47fd8ef949b48632b0c6505fb760",
            "edca5a0399abf87850c028f10c57e40c4eb41e18cf2539e63e141445bef2ed3d"}),
        entry("Assignment by broker", new String[] {"9e27300236f7a83ab97a4b63520556745c85156b0235cb57a67c0210dc1bfbd0",
            "dfe5a968afc2677ea09e769280282999d487bc7c0a20eed3cb21e1b4a90b73ff"}),
        entry("Assignment of printed coin", new String[] {"f3d1ec76b5f2fbf1912925d65ae083c1ee9a123019f4904c42f6f5f3bcc516bc",
            "65ca77795a7a6d4e01082c774ae8df439ee882f5de792850579c5ce0d3c73ba5"}),
        entry("Assignment edge", new String[] {"35a940b29c8d14f53939b4ceb0e0e9f5f12036406abaf568c4c8e7f8f6ddec68",
            "7b50101ea763e9666af16ec6d93c89f5ada6de0d9ed2499a0b266bdf3058ce60"}),
        entry("LayeredCoin 1 layer", new String[] {"d4182b6b0dea61a215d6f9b28065d53de7fcd446c8b01acd06710dca7b884d28",
            "63c92b61f748dc2e8b540f565570c8f6b4bd02bcd8bd38a02c08c7cb2faf588c"}),
        entry("LayeredCoin 3 layers", new String[] {"0fbb8a9eb4e815f57f13ab14422131a344055ba3e8afe8fb45bdd2f252f5658a",
            "8882e606ef1848d2f083de6cf58a0c78fed701d200bf3449e77a1b84e5c4a729"}),
        entry("LayeredCoin max layers", new String[] {"e1e60700a04d8a588950e6eda56fd912f5bfc394e56ba9010832cdf3d094f69d",
            "a28ae0a95ba168b51ca3824f4fa6f73ae92db0cbcd326440fd04b202afb917c7"}),
        entry("ReassignmentRequest", new String[] {"d7af47d64aab6979ca470a827908a657fe42a07acc0eb947c55c0bf80904f5ba",
            "540c2c065d24d0f7d514daf283e090d3838450f47d59d5f6515293097cf119cb"}),
        entry("ReassignmentRequest of layered", new String[] {"0bb6d8f699f9f6af1868fd454e8329c4190ce4beb7d5425c81a6c1c72f4546f9",
            "2099862855465893b2a21df8a8c5e873dc353852d97898c3f876b4599100c4c7"}),
        entry("RenewalRequest", new String[] {"46e6c9466dc7cf77a7fde267cb2c81eacee7072371a7a25049e3e82f817851f1",
            "3bb21feafaa8fcacd295a34c60d1c321ca6ee5af77b1f7684f1d240392a49a09"}),
        entry("RenewalRequest printed", new String[] {"c2b5c96a27c77a82134d69203ccd9e444001a74cf0d26b8f87df1ec73c87ab33",
            "1f6660ac8140d12ae314788b2e58169c7c32e9f708c30fce87d9399674c871f8"}),
        entry("RenewalRequest layered", new String[] {"2fa1c7da35037faf91efe44fdbf29e719a225390912b9e88be480c74e5f68f6a",
            "97e1dad21dc22a35a8a800be450e4c869d69230a5ed0be261b28ad3c3a0878fb"}),
        entry("CashRequest", new String[] {"1bf6ca20b0cc80de246db71e5445e96cf891c23107095b885f3369230d5e2f93",
            "f69aec41f7a45c597439a50019d5866670808f33f597ff6282823b356683500c"}),
        entry("CashRequest printed", new String[] {"047693fa255ada2bbbe6456dd009c83331d5b96237d00eccbda259de77260fd3",
            "2f668b435aa60ab991fbc9cc990c1077b750019ceb974365f8bcc26399836e40"}),
        entry("CashRequest max layers", new String[] {"f40afec4421e503e371dea9ee142e5d9d841217226d9d26ab0ee847a69519712",
            "a11621e933aa062e8970fa33bfe240effbe681757d96cc4f17806f229b703f2f"}),
        entry("CashReceipt", new String[] {"9147b3aa94998a85a112e9deace77a139e1d206a669129fa9196d32777019fda",
            "9e8dc1614a9f3acc5eb6508aec7b88ac72b503081011b421c3732a3292abd2cb"}),
        entry("CashReceipt edge", new String[] {"483a595a58dce0d846d32162affc29b06747383456598fa5bc34949d42cf6ac9",
            "757b48dac0f0e1df9b846ea2790b56286c49e8d282fa0de18b4b0a831507f6cb"}),
        entry("ArbitrationRequest", new String[] {"e1c6489301f56e5b6dc486cc0d4cd97643aff3d2b45bc9e8f7b85a060f062e74",
            "6b6810ff7c964b1ec78070828827701e76ee57cb1afc70b08db8eee8653a2b6c"}),
        entry("ArbitrationRequest one claim", new String[] {"cfde4449040e43ac421c540e7bcf5d6c100420f91795d4e084250bedb2f7754b",
            "caf554aed5ae3cf3e718ae84e47484b49c96758f812646bbce9b332b2d68f2c0"}),
        entry("ArbitrationRequest 20 claims", new String[] {"0650f7f9167adcffb6814308ce2f850ee61de975a2eac703a933a286ce12e123",
            "7790a56f87f5e3c8fdc2e33e472b9c004bbc5e625bd31354d7b8125ec254f787"}),
        entry("ArbitrationResponse", new String[] {"06ea89f27be5508542a69ca49ea739dfff93cd86aaeff86443eb1d3694ade07a",
            "35eacefb44b3b7f1722ac945509f08f74a8d1ee50bf1fb91e9b7669c43213d53"}),
        entry("ArbitrationResponse empty", new String[] {"4ccac2a3e0ca590778f22dbefdaefb8d934d24fbd669c3d7ac3c1179a6087009",
            "f6ad8e86bd8ecab3ede245f06395e5878fed03ff49a411bd9ea5d9b119937d3f"}),
        entry("ArbitrationResponse printed", new String[] {"6f3978ee8fd1002cb50be116986261fbf0b3013c459c5cd2d4d1269f4e4e5ff2",
            "c7bab7c6e11f8fc6228d66f891a1d4a50d1f0e63dfc31042d0a3f98abb47f981"}),
        entry("PaywordCommitment", new String[] {"1dd06bd519eff5b9f23ca7e9f526c3f521822c6eee97ae222927ef6254fc7619",
            "62c48f33bfaaf5ccd28448c8665bb3c57a6dc3efdae4b5c0426e9df52ff5ba0c"}),
        entry("PaywordCommitment edge", new String[] {"21ea1a2a12382d16850f22778a4ea0e2b0d64452125a718ba3bc5b579768f36c",
            "66e6cd2cde98a672fca5848e92c6753371deb83604af89c6ef371e8375ece645"}),
        entry("Payword", new String[] {"2a85d1ea85e4e09348d27fca69e64f51e1bb9a955e78c645d1ef0ab3c57cabf3",
            null}),
        entry("Payword first", new String[] {"1f62c7909a340be252fd990df047728018d5c3b66204d8847c810fbde918a354",
            null}),
        entry("Payword last", new String[] {"6f66915f43b8ca709e841d57ade9bf6c8e717bf589dac9919eccdc065ab6e6d8",
            null}),
        entry("LotteryTicket", new String[] {"f65ae3eb3c5fb905b7e1623ccdfe01f8a05547620d15cf9ab9a437ef26ebdc0d",
            "f787ef4a5da972d75fa2e06e57e6ea8fa6dd9265b9dc0c30ad42bce452199328"}),
        entry("LotteryTicket edge", new String[] {"db173efccc4b3a42949c8cfaba5422493b761b7273c180ef4bda1721bbe42664",
            "847b442f106b51c632d417c20a2ba31f32776b08d86dcd57eddcb87158a53947"}),
        entry("LotteryTicket certain", new String[] {"2e67981e9d8577319c0694f4991bab4861f327de499136d5960797813c7359c5",
            "b8f52e7e503bc19d2fc9c7ea26bad45a427c49782f166a782df3c4a6414e3f3e"}),
        entry("LotteryChallenge", new String[] {"898f43616c1818721eb43335214471b6756f9c8e2ecb45b8018fb5539638a343",
            "625b96cf5de616e174105f526d3664a5b28376c6f57f35f8ac7409af3dfcd25b"}),
        entry("LotteryChallenge edge", new String[] {"2f54dc990db7c7669a4819a45645a8f06269cc375e832a1dcae5b3e6e80e22c8",
            "fe4160b887369f77a6a9940520b0de33b6e8f096a5f8dc6392531202b97e1d9e"}),
        entry("LotteryReveal", new String[] {"0ab560f9cefa457b12d81245dc466a47c0e9d01ab26cd2e3af69156b838bf46f",
            null}),
        entry("LotteryReveal edge", new String[] {"42db3a194ba27d017c8b12d4213c22408c4f648a55cb0afe5e3fd24455dabea3",
            null}),
        entry("Refusal", new String[] {"a098d5bbe31f7fffb98b857368b7382ba7b47d6ce31883d1681112ce1a25a756",
            "690c25c8d434c5ef5a89f45e9b6079849ca1741c9b32d305c059211e5ca2440d"}),
        entry("Refusal of layered", new String[] {"53f3916eb8de247453712df8edf1b00fa26ef3205fbef4b7b3a0afe06274b458",
            "ca7198b854fdb18bd38e14688ace2cc31ce43d90dce9c63a5e2842dcc09ac9cd"}),
        entry("Payment", new String[] {"d124614a188656b398d554b0b17fc1b871abe46501774e352ce6b7dbd3a51ff7",
            null}),
        entry("Payment of layered", new String[] {"d09b7f5b1cfb6b9db3d12e206a336ae88e6a6a902f89244a3b0ceebff0d04edd",
            null}),
        entry("RefundRequest", new String[] {"35d0811297f4900c78122c834a4a4172ed2f424e33f80154db3cbead8bb2f7ae",
            "4c02b3fca560a53620865571ee9e2f36fbb3b62f8fa172ac2ed607edeeabb86b"}),
        entry("RefundRequest max layers", new String[] {"b87588ed1042799ee14e3efdf9aa8b052b1ff408f3266943d06879b19754fe1a",
            "b9209eb06b2f3fcbb0737f4e88fdb43cb8bf3e1584ad742fdbb1942132189661"}),
        entry("FraudReport", new String[] {"f670e1040ffdf613df6e0ca8ce8f1a5da78597d0e096489f31afe4627dd5ecbb",
            "9fe5eded408e1ea900ab6ca9bf335ed1b84ad334aeea591b02c98e873e8d6c50"}),
        entry("FraudReport without victim", new String[] {"8de7f9ae98c1609a8abaa9d95773d927852ffed6d31ea5cfc23f7d3326b21a16",
            "f3ab0247a7661baaab9974e600e43a3cafe08ef7e0582b5c5e7b17cc4be4a03b"}),
        entry("FraudReport of refusal", new String[] {"9887aa701e36b4919a27f2148435f0edddb3bc7c8921278fbeda2d7767c399ba",
            "2528edb5751022b4d981f923dc6375c2f5672e8a7e87f38bb7bc50067624d0ac"}),
        entry("Ruling", new String[] {"39322e877d8c94b86ef6a7fdb1d359ac44a57681773ae1bd4e7807d3536e5818",
            "94fa1f130ae64f010de536d4c0754971fc9123bcf8021af5c3d10729e7a9dcc9"}),
        entry("Ruling without culprits", new String[] {"82a83054cc275d778ac36b2d6f574cc09feb3abf1aa90c1442fc257e50a37a90",
            "55c200f5c3be49e951ff658dabdd174e209ff87c6036530a97a03ab1ece4733a"}),
        entry("Appeal", new String[] {"5aab529cb9418652561c903ce04f623ed799cd317791df7bb7361a17ab46446f",
            null}),
        entry("Appeal answered", new String[] {"1936c47b8602dad381bb1f1b897df90b972f66d7b857fa804ae397a6a08e96c0",
            null}),
        entry("PendingNotice", new String[] {"68f03c185ddf1a24046ce8e89802ec8c5c6d369503a9ea64dd4d0b3d095dd480",
            null}),
        entry("CreditNote", new String[] {"69d3fb9cad79000ad87b0e73402dbb58d00085fe9b3ca5a5bfa81a0268764a86",
            null}),
        entry("CreditState", new String[] {"cf2aa9464d4db22f6b4c28640f5864bdd2098407e1401eabd1b8db5d54234064",
            null}),
        entry("Settlement", new String[] {"26b87aa503e7f49a17ca312838a67c1f1018103764dc611180c1908ee04493ec",
            null}),
        entry("ChainRedemption", new String[] {"751f5f4a7932e2b2fa609ed33d43ce1e2758e6eae60022efa9958a4ae75f8b4e",
            null}),
        entry("ChainReceipt", new String[] {"a11fe14f6a6b78e65e3b394463b5a02d648daa0ffc52a1ee8bc3d261e4f1861b",
            "e6b84f9d85a3205635101b4396674fb8a8b805097b02cc811085ad986de74d6c"}),
        entry("JoinRequest", new String[] {"8e5349ff28ff6b5050caee4a1e5e2391651d01cd69a03b7b2936dc6c07547786",
            "a929f4cec0a9003ef31250b6f335d5044ef0cfba9ebd3c472898ab3edd28f14e"}),
        entry("JoinRequest edge", new String[] {"6fbfefe2cc5a45f633cf3cd250002bffc251fa5b0bc72a08edbb668bc164508a",
            "75d7d2ea143002ca026fd0ff5f0a2a7c75bcd33f8b6a34fd5be073612c1571c6"}),
        entry("FundRequest", new String[] {"b9e587e841424a62cd12b9deac4488c129738fd54e907edc27349ea10c2b821e",
            "9f5be46778502514eb0262bf81db7a7a4b5212aaab3a272ab629ebe91eb51880"}),
        entry("BuyRequest", new String[] {"4bae64bec2f70573efe0ff646b28aba2f1ebf30914a9676fc86c5766087bfd18",
            "1c1adfa8e0931c2ea9fd2cab5b417d3331727b6b133879c8db05480892ff61ab"}),
        entry("BuyRequest most", new String[] {"5f5700ace8f3fac3d81b89939372491eb8fee9b4b27e14f214bec5a7e12cbf2d",
            "c5391c5ecfd5a4d6e64ea32e5fc9212f54a83c4946d0f20c8f920ed0568c5b7d"}),
        entry("LimitRequest", new String[] {"819b9a9d8443868790086aad1b91e393ff7fbdc6d803f963fd614c53db47eb7f",
            "c652dfe140335d55036ee67184b8757dd4d24a60cf386d8d01949e3795bf17c1"}),
        entry("LeaveRequest", new String[] {"9166e7fc86527289fa2f2745c20e486479f6af02e68c5a6e28d2090019d84f9e",
            "fc397f44d1e434627ef591751efec2cd901662d126574f7be9a771abef1cfa38"}),
        entry("StatementRequest", new String[] {"72de9fc0668503b781edbc2dd81e931c6fc5e0e1c1dfb6cff5bb33a4a991f7c8",
            "60c7565a09558076d876b3f5386544871cea28b1b6d2301a4993dc1bb1e4d173"}),
        entry("CollectRequest", new String[] {"bdadb50fab1fcbb11371b3bc557ef4689225409b9e6b5f2d8904aef134ca307d",
            "d0db75a095d7a9017f8eb2be0b7c1cf4d635bead56d6f1c91215ca77bdced1b8"}),
        entry("AccountStatement", new String[] {"b7bfb00bc3d6d1202cd5258cf225e60ba3977be20f6073fdf46d849cb957de04",
            "3c5ac4d7f92125af1226acd139eb2d07b6e94790ab32d5cf187900ced37bb101"}),
        entry("AccountStatement edge", new String[] {"70756c4391001ad56c500ac2ae9fe155173e004587cf67317a47f495eb42544f",
            "8165a22fc9a3424d01d30bef4604296a86ef2c60fe1ada67f4604e3048df7cc4"}),
        entry("CoinSale", new String[] {"00d13777150ed7835f7369db105feff999456ff4a1466a2bd9dcc5e3a9a801ab",
            "342f5eb940078ea3e3e3c276eeb20ab4f76388a2d7a8e1b01c0bc8b78f5b9a66"}),
        entry("PendingActions", new String[] {"f5c06dcc33a41300d0287737a28381a66fe5a7f9192bbb31ee305e67ce08f2c0",
            "891c8d59f75e6ae0bb968825f36f8bb0902cee23840f84da991772f7a9ab732f"}),
        entry("PendingActions none", new String[] {"a8b7e40e227eaf0cdd535d952172219075bf08fe709637d473333522fec8d136",
            "87997285e383f3be62732ec6cfc7d4c34a14ddaf3cd2646e112ec30c38eeebf7"})
    );

    static Stream<Named> cases() { return vectors().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encodeIsPinned(Named n) {
        assertThat(GOLDEN).containsKey(n.name());
        assertThat(sha256(n.message().encode())).as("SHA-256 of encode()").isEqualTo(GOLDEN.get(n.name())[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signedBytesArePinned(Named n) {
        String expected = GOLDEN.get(n.name())[1];
        Optional<byte[]> signed = signedBytes(n.message());
        assertThat(signed.map(WireFormatGoldenTest::sha256).orElse(null)).as("SHA-256 of signedBytes()").isEqualTo(expected);
        assertThat(staticSignedBytes(n.message()).map(WireFormatGoldenTest::sha256).orElse(null)).as("static signedBytes(...)").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sizeIsTheEncodedLengthAndTheEncodingDecodesBack(Named n) throws PPayException {
        byte[] e = n.message().encode();
        assertThat(n.message().size()).isEqualTo(e.length);
        assertThat(Codec.decode(e)).isEqualTo(n.message());
        signedBytes(n.message()).ifPresent(s -> assertThat(e).startsWith(s));
    }

    @Test
    void everyMessageTypeHasVectors() {
        Set<Class<?>> concrete = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Message.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isSealed()) todo.addAll(List.of(c.getPermittedSubclasses()));
            else concrete.add(c);
        }
        Set<Class<?>> covered = new HashSet<>();
        for (Named n : vectors()) covered.add(n.message().getClass());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(concrete);
        assertThat(GOLDEN.keySet()).containsExactlyInAnyOrderElementsOf(vectors().stream().map(Named::name).toList());
    }

    /** Prints the GOLDEN entries for the current encoder (how they were recorded; never run by the build). */
    public static void main(String[] args) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Named n : vectors()) {
            out.put(n.name(), new String[] {sha256(n.message().encode()), signedBytes(n.message()).map(WireFormatGoldenTest::sha256).orElse(null)});
        }
        List<String> lines = new ArrayList<>();
        out.forEach((k, v) -> lines.add("        entry(\"" + k + "\", new String[] {\"" + v[0] + "\",\n            "
            + (v[1] == null ? "null" : "\"" + v[1] + "\"") + "})"));
        System.out.println(String.join(",\n", lines));
    }
}
