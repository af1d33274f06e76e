package org.ppay.core.msg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.cost.CostMeter;
import org.ppay.core.crypto.CryptoProvider;
import org.ppay.core.crypto.Hashes;
import org.ppay.core.crypto.Signer;
import org.ppay.core.crypto.Verifier;
import org.ppay.core.role.Checks;
import org.ppay.core.testing.FakeCrypto;

/**
 * One valid instance of every PPay message, each signed by the key the paper names (eqs. 1–11, Section 5.4):
 * broker B signs raw coins, limit certificates, downtime assignments, cash receipts and arbitration requests;
 * owner U signs printed coins, assignments and arbitration responses; a holder signs the reassignment, renewal,
 * layer or cash request that gives its assignment up; payers sign Payword commitments and lottery tickets, and
 * payees sign lottery challenges. Paywords and lottery reveals are unsigned.
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
    final Checks checks;
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
        checks = new Checks(verifier, broker.id(), CostMeter.NONE);

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

    private ArbitrationResponse respond(CoinId coin, List<Relinquishment> proofs) {
        return new ArbitrationResponse(coin, proofs, owner.sign(ArbitrationResponse.signedBytes(coin, proofs)));
    }

    static boolean isSigned(Message m) { return !(m instanceof Payword || m instanceof LotteryReveal); }

    /** Whose key the outermost signature of {@code m} must verify under, as the paper names it. */
    Optional<PeerId> expectedSigner(Message m) {
        if (m instanceof RawCoin || m instanceof LimitCertificate || m instanceof CashReceipt || m instanceof ArbitrationRequest) {
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
        if (m instanceof ArbitrationRequest a) return new ArbitrationRequest(a.coin(), a.claims(), s.sign(a.signedBytes()));
        if (m instanceof ArbitrationResponse a) return new ArbitrationResponse(a.coin(), a.proofs(), s.sign(a.signedBytes()));
        if (m instanceof PaywordCommitment c) return new PaywordCommitment(c.payer(), c.payee(), c.root(), c.length(), c.ts(), s.sign(c.signedBytes()));
        if (m instanceof LotteryTicket t) return new LotteryTicket(t.payer(), t.payee(), t.serial(), t.odds(), t.commitment(), s.sign(t.signedBytes()));
        if (m instanceof LotteryChallenge c) return new LotteryChallenge(c.ticket(), c.nonce(), s.sign(c.signedBytes()));
        return m;
    }

    /**
     * Checks every signature {@code m} carries, nested ones included, against the key the paper names, as the
     * receiving role would; throws BAD_SIGNATURE at the first that fails.
     */
    void verify(Message m) throws PPayException {
        if (m instanceof Coin c) {
            checks.coin(c);
        } else if (m instanceof LimitCertificate c) {
            checks.signature(broker.id(), c.signedBytes(), c.brokerSig(), "limit certificate");
        } else if (m instanceof Holding h) {
            checks.holding(h, MAX_LAYERS);
        } else if (m instanceof ReassignmentRequest r) {
            checks.holding(r.current(), MAX_LAYERS);
            checks.signature(r.current().holder(), r.signedBytes(), r.sig(), "reassignment request");
        } else if (m instanceof RenewalRequest r) {
            checks.holding(r.current(), MAX_LAYERS);
            checks.signature(r.current().holder(), r.signedBytes(), r.sig(), "renewal request");
        } else if (m instanceof CashRequest c) {
            checks.holding(c.holding(), MAX_LAYERS);
            checks.signature(c.holding().holder(), c.signedBytes(), c.sig(), "cash request");
        } else if (m instanceof CashReceipt c) {
            checks.signature(broker.id(), c.signedBytes(), c.brokerSig(), "cash receipt");
        } else if (m instanceof ArbitrationRequest a) {
            checks.signature(broker.id(), a.signedBytes(), a.brokerSig(), "arbitration request");
            for (Holding h : a.claims()) checks.holding(h, MAX_LAYERS);
        } else if (m instanceof ArbitrationResponse a) {
            checks.signature(a.coin().owner(), a.signedBytes(), a.ownerSig(), "arbitration response");
            for (Relinquishment p : a.proofs()) {
                checks.signature(p.relinquisher(), p.signedBytes(), p.sig(), "proof of relinquishment");
                checks.holding(p.given(), MAX_LAYERS);
            }
        } else if (m instanceof PaywordCommitment c) {
            checks.signature(c.payer(), c.signedBytes(), c.sig(), "payword commitment");
        } else if (m instanceof LotteryTicket t) {
            checks.signature(t.payer(), t.signedBytes(), t.sig(), "lottery ticket");
        } else if (m instanceof LotteryChallenge c) {
            checks.signature(c.ticket().payer(), c.ticket().signedBytes(), c.ticket().sig(), "lottery ticket");
            checks.signature(c.ticket().payee(), c.signedBytes(), c.sig(), "lottery challenge");
        }
        // Payword and LotteryReveal carry no signature: a hash chain or commitment is their proof.
    }

    /** A signature of the right size that nobody made. */
    static Sig junkSig() { return new Sig(new byte[Sig.LENGTH]); }
}
