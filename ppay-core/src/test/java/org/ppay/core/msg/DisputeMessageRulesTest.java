package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ppay.core.msg.Decoding.assertMalformed;
import static org.ppay.core.msg.StructuralRulesTest.signedBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Writer;
import org.ppay.core.crypto.Signer;

/**
 * Structural rules of refusals, payments, refund requests, fraud reports, rulings and appeals: bytes that
 * break them are MALFORMED whatever the signatures say, and the records refuse to be built from them.
 */
class DisputeMessageRulesTest {
    private static final MessageFixture F = MessageFixture.FAKE;
    private static final Sig JUNK = MessageFixture.junkSig();

    private static byte[] refusalBytes(Signer by, PeerId payer, Holding refused, int reason) {
        return signedBy(by, new Writer().u8(Tag.REFUSAL).peer(payer).nested(refused).u8(reason).bytes());
    }

    private static void assertFlagOnlyZeroOrOne(byte[] enc, int flagAt) {
        assertThat(enc[flagAt]).isIn((byte) 0, (byte) 1);
        Decoding.assertMalformedWithByte(enc, flagAt, IntStream.range(2, 256).toArray());
    }

    @Test
    void aRefusalIsTheRefusingHoldersRelinquishmentBackToThePayer() throws PPayException {
        Refusal r = F.refusal;
        assertThat(r.relinquisher()).isEqualTo(F.x.id()).isEqualTo(r.refused().holder());
        assertThat(r.recipient()).isEqualTo(F.v.id());
        assertThat(r.relinquishedSeq()).isEqualTo(F.brokerAssignment.seq());
        assertThat(r.coinId()).isEqualTo(F.rawCoin.id());
        assertThat(r.given()).isSameAs(r.refused());
        assertThat(r.message()).isSameAs(r);
        List<Relinquishment> proofs = List.of(r);                               // an owner may answer an arbitration with it
        ArbitrationResponse a = new ArbitrationResponse(r.coinId(), proofs, F.owner.sign(ArbitrationResponse.signedBytes(r.coinId(), proofs)));
        assertThat(Codec.decode(a.encode())).isEqualTo(a);
        assertThat(Codec.decode(r.encode(), Relinquishment.class)).isEqualTo(r);
    }

    @Test
    void aHolderRefusingItsOwnRenewalNamesItselfAsThePayer() throws PPayException {
        // A renewal with a tampered window (Section 5.3) is refused by the holder that asked for it: nobody else paid.
        Refusal r = Codec.decode(refusalBytes(F.x, F.x.id(), F.brokerAssignment, ErrorCode.WINDOW_TAMPERED.wire()), Refusal.class);
        assertThat(r.payer()).isEqualTo(r.relinquisher());
        assertThat(r.recipient()).isEqualTo(F.x.id());
    }

    @Test
    void aRefusalCarriesAnyKnownReasonAndAnUnknownOneIsMalformed() throws PPayException {
        for (ErrorCode c : ErrorCode.values()) {
            Refusal r = Codec.decode(refusalBytes(F.x, F.v.id(), F.brokerAssignment, c.wire()), Refusal.class);
            assertThat(r.reason()).isEqualTo(c);
        }
        for (int unknown : new int[] {0, ErrorCode.values().length + 1, 200, 255}) {
            assertMalformed(refusalBytes(F.x, F.v.id(), F.brokerAssignment, unknown));
        }
    }

    @Test
    void aPaymentWhoseRequestNamesAnotherPayeeOrAnotherCoinIsMalformed() {
        ReassignmentRequest ofPrinted = new ReassignmentRequest(F.x.id(), F.printedAssignment,
            F.v.sign(ReassignmentRequest.signedBytes(F.x.id(), F.printedAssignment)));
        Object[][] bad = {{F.ownerAssignment, F.reassignment}, {F.brokerAssignment, ofPrinted}};   // A_UV is V's, not X's
        for (Object[] row : bad) {
            Holding h = (Holding) row[0];
            ReassignmentRequest q = (ReassignmentRequest) row[1];
            assertMalformed(new Writer().u8(Tag.PAYMENT).nested(h).bool(true).nested(q).bytes());
            assertThatThrownBy(() -> new Payment(h, q)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void presenceFlagsOtherThanZeroOrOneAreMalformed() {
        assertFlagOnlyZeroOrOne(F.payment.encode(), 1 + 4 + F.brokerAssignment.size());
        assertFlagOnlyZeroOrOne(F.paymentLayered.encode(), 1 + 4 + F.layered1.size());
        assertFlagOnlyZeroOrOne(F.appealAnswered.encode(), 1 + 4 + F.reassignment.size());
        assertFlagOnlyZeroOrOne(F.appeal.encode(), 1 + 4 + F.reassignment.size());
        FraudReport r = F.fraudReport;
        int victimFlagAt = 1 + 32 + 4 + r.first().message().size() + 4 + r.second().message().size();
        assertFlagOnlyZeroOrOne(r.encode(), victimFlagAt);
    }

    @Test
    void aPaymentOrAppealCarryingTheWrongKindOfMessageIsMalformed() {
        assertMalformed(new Writer().u8(Tag.PAYMENT).nested(F.rawCoin).bool(false).bytes());              // not a holding
        assertMalformed(new Writer().u8(Tag.PAYMENT).nested(F.brokerAssignment).bool(true).nested(F.renewal).bytes());
        assertMalformed(new Writer().u8(Tag.APPEAL).nested(F.renewal).bool(false).bytes());               // not a reassignment
        assertMalformed(new Writer().u8(Tag.APPEAL).nested(F.reassignment).bool(true).nested(F.arbitrationRequest).bytes());
    }

    @Test
    void aFraudReportOfTwoDifferentAssignmentsOrTwoHoldersIsMalformed() {
        ReassignmentRequest ofPrinted = new ReassignmentRequest(F.x.id(), F.printedAssignment,
            F.v.sign(ReassignmentRequest.signedBytes(F.x.id(), F.printedAssignment)));
        Assignment toY = F.assign(F.owner, F.y.id(), 1, F.rawCoin, false);
        ReassignmentRequest byY = new ReassignmentRequest(F.z.id(), toY, F.y.sign(ReassignmentRequest.signedBytes(F.z.id(), toY)));
        List<Relinquishment[]> bad = List.of(
            new Relinquishment[] {F.reassignment, F.reassignmentByX},          // seq 1 and seq 2
            new Relinquishment[] {F.reassignment, ofPrinted},                  // two coins
            new Relinquishment[] {F.reassignment, byY},                        // seq 1 of one coin, by V and by Y
            new Relinquishment[] {F.reassignment, F.reassignment});            // one relinquishment, not two
        for (Relinquishment[] pair : bad) {
            assertMalformed(signedBy(F.owner, FraudReport.signedBytes(F.owner.id(), pair[0], pair[1], null)));
            assertThatThrownBy(() -> new FraudReport(F.owner.id(), pair[0], pair[1], null, JUNK)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFraudReportCarryingSomethingOtherThanARelinquishmentIsMalformed() {
        for (Message notAProof : List.of(F.ownerAssignment, F.cashRequest, F.rawCoin, F.payment)) {
            assertMalformed(signedBy(F.owner, new Writer().u8(Tag.FRAUD_REPORT).peer(F.owner.id()).nested(F.reassignment)
                .nested(notAProof).bool(false).bytes()));
        }
    }

    @Test
    void aRulingWithAnUnknownKindOrACountThatDisagreesWithItsListIsMalformed() {
        CoinId coin = F.rawCoin.id();
        for (int kind : new int[] {0, 5, 128, 255}) {
            assertMalformed(signedBy(F.broker, new Writer().u8(Tag.RULING).peer(coin.owner()).i64(coin.sn()).u8(1)
                .peer(F.v.id()).u8(kind).i64(1).bytes()));
        }
        byte[] enc = F.ruling.encode();
        int countAt = 1 + 32 + 8;
        assertThat(enc[countAt]).isEqualTo((byte) 2);
        Decoding.assertMalformedWithByte(enc, countAt, 0, 1, 3, 255);
    }

    @Test
    void aRulingWithTheMostCulpritsRoundTripsAndOneMoreCannotBeBuilt() throws PPayException {
        List<Ruling.Culprit> culprits = new ArrayList<>(Collections.nCopies(Ruling.MAX_CULPRITS, new Ruling.Culprit(F.v.id(), Ruling.Kind.HOLDER_DOUBLE_SPEND)));
        Ruling r = new Ruling(F.rawCoin.id(), culprits, 5, F.broker.sign(Ruling.signedBytes(F.rawCoin.id(), culprits, 5)));
        assertThat(Codec.decode(r.encode())).isEqualTo(r);
        culprits.add(culprits.get(0));
        assertThatThrownBy(() -> new Ruling(F.rawCoin.id(), culprits, 5, JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAppealWithAnAnswerAboutAnotherCoinIsMalformed() {
        ArbitrationResponse other = F.arbitrationResponsePrinted;
        assertMalformed(new Writer().u8(Tag.APPEAL).nested(F.reassignment).bool(true).nested(other).bytes());
        assertThatThrownBy(() -> new Appeal(F.reassignment, other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefundRequestIsNotACashRequestNorTheReverse() throws PPayException {
        byte[] refund = F.refundRequest.encode();
        byte[] asCash = refund.clone();
        asCash[0] = (byte) Tag.CASH_REQUEST;
        CashRequest c = Codec.decode(asCash, CashRequest.class);            // same layout, but the signature covers the tag
        assertThatThrownBy(() -> F.verify(c))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        assertThat(RefundRequest.signedBytes(F.layered1, 5)).isNotEqualTo(CashRequest.signedBytes(F.layered1, 5));
    }

    @Test
    void theDeepestLegalHoldingStillDecodesInsideEveryDisputeMessageThatCarriesOne() throws PPayException {
        LayeredCoin deepest = Codec.decode(StructuralRulesTest.layeredBytes(LayeredCoin.MAX_DEPTH, F.printedAssignment), LayeredCoin.class);
        Signer holder = F.signerOf(deepest.holder());
        PeerId payer = deepest.from();
        ReassignmentRequest r = new ReassignmentRequest(F.v.id(), deepest, holder.sign(ReassignmentRequest.signedBytes(F.v.id(), deepest)));
        Refusal refusal = F.refuse(payer, deepest, ErrorCode.TOO_MANY_LAYERS);
        CoinId coin = deepest.coin().id();
        List<Relinquishment> proofs = List.of(refusal);
        ArbitrationResponse answer = new ArbitrationResponse(coin, proofs, F.owner.sign(ArbitrationResponse.signedBytes(coin, proofs)));
        List<Message> carriers = List.of(refusal, new Payment(deepest, null),
            new RefundRequest(deepest, 9, holder.sign(RefundRequest.signedBytes(deepest, 9))),
            F.report(r, refusal, payer), new Appeal(r, answer));
        for (Message m : carriers) {
            assertThat(Codec.decode(m.encode())).isEqualTo(m);
            F.verify(m);
        }
    }
}
