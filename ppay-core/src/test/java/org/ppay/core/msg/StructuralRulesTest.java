package org.ppay.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ppay.core.msg.Decoding.assertMalformed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppay.core.cost.Task;
import org.ppay.core.ErrorCode;
import org.ppay.core.PPayException;
import org.ppay.core.PeerId;
import org.ppay.core.Sig;
import org.ppay.core.codec.Reader;
import org.ppay.core.codec.Writer;
import org.ppay.core.crypto.Signer;

/**
 * Structural rules the decoder enforces whatever the signatures say: bytes crafted by hand (with {@link Writer})
 * that break a rule of the paper are MALFORMED, even when every signature on them is genuine.
 */
class StructuralRulesTest {
    private static final MessageFixture F = MessageFixture.FAKE;

    // ---- crafting -------------------------------------------------------------------------------------------

    private static byte[] printedCoinBytes(long sn, LimitCertificate cert) {
        byte[] signed = PrintedCoin.signedBytes(sn, cert);
        return new Writer().raw(signed).sig(F.owner.sign(signed)).bytes();
    }

    private static byte[] assignmentBytes(PeerId holder, long seq, long rb, long re, byte[] coin, int flag, Signer by) {
        byte[] signed = new Writer().u8(Tag.ASSIGNMENT).peer(holder).i64(seq).i64(MessageFixture.TS).i64(rb).i64(re).nested(coin).bytes();
        return new Writer().raw(signed).u8(flag).sig(by.sign(signed)).bytes();
    }

    private static byte[] layerBytes(PeerId holder, Signer from, long seq, byte[] inner) {
        byte[] signed = new Writer().u8(Tag.LAYERED_COIN).peer(holder).peer(from.id()).i64(seq).nested(inner).bytes();
        return new Writer().raw(signed).sig(from.sign(signed)).bytes();
    }

    /** {@code n} genuine, well-signed layers on {@code base}, passed back and forth between X and Y. */
    static byte[] layeredBytes(int n, Holding base) {
        byte[] inner = base.encode();
        Signer holder = F.signerOf(base.holder());
        long seq = base.seq();
        for (int i = 0; i < n; i++) {
            Signer next = holder == F.x ? F.y : F.x;
            inner = layerBytes(next.id(), holder, ++seq, inner);
            holder = next;
        }
        return inner;
    }

    static byte[] signedBy(Signer s, byte[] signed) { return new Writer().raw(signed).sig(s.sign(signed)).bytes(); }

    // ---- printed coins (eq. 7) ------------------------------------------------------------------------------

    @Test
    void aPrintedCoinWithASerialOutsideItsLimitCertificateIsMalformed() {
        for (long sn : new long[] {MessageFixture.LIM_L - 1, MessageFixture.LIM_U + 1, 0, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            byte[] coin = printedCoinBytes(sn, F.certificate);
            assertMalformed(coin);
            assertMalformed(assignmentBytes(F.v.id(), 1, MessageFixture.RB, MessageFixture.RE, coin, 0, F.owner));
        }
    }

    @Test
    void aPrintedCoinAtEitherLimitOfItsCertificateDecodesAndVerifies() throws PPayException {
        for (long sn : new long[] {MessageFixture.LIM_L, MessageFixture.LIM_U}) {
            PrintedCoin c = Codec.decode(printedCoinBytes(sn, F.certificate), PrintedCoin.class);
            assertThat(c.sn()).isEqualTo(sn);
            F.checks.verifyCoin(Task.ISSUE, c);
        }
    }

    @Test
    void aLimitCertificateWithLimitsOutOfOrderOrBelowZeroIsMalformed() {
        PeerId u = F.owner.id();
        assertMalformed(signedBy(F.broker, LimitCertificate.signedBytes(u, 10, 9, MessageFixture.EXPIRY)));
        assertMalformed(signedBy(F.broker, LimitCertificate.signedBytes(u, -1, 9, MessageFixture.EXPIRY)));
        assertMalformed(signedBy(F.broker, LimitCertificate.signedBytes(u, Long.MIN_VALUE, Long.MAX_VALUE, MessageFixture.EXPIRY)));
        assertThatCode(() -> Codec.decode(signedBy(F.broker, LimitCertificate.signedBytes(u, 9, 9, MessageFixture.EXPIRY))))
            .doesNotThrowAnyException();
    }

    // ---- layered coins (eq. 8) ------------------------------------------------------------------------------

    @Test
    void aLayerWhoseSequenceNumberDoesNotExceedTheOneBelowIsMalformed() throws PPayException {
        Assignment a = F.ownerAssignment;                                       // seq 1, held by V
        for (long seq : new long[] {a.seq(), a.seq() - 1, -1, Long.MIN_VALUE}) {
            assertMalformed(layerBytes(F.x.id(), F.v, seq, a.encode()));
        }
        byte[] onTopOf3 = layerBytes(F.x.id(), F.z, F.layered3.seq(), F.layered3.encode());
        assertMalformed(onTopOf3);
        LayeredCoin ok = Codec.decode(layerBytes(F.x.id(), F.v, a.seq() + 1, a.encode()), LayeredCoin.class);
        F.checks.verifyHolding(Task.ISSUE, ok, 1);
    }

    @Test
    void aLayerAddedBySomeoneOtherThanTheHolderBelowIsMalformed() {
        for (Signer notHolder : List.of(F.owner, F.broker, F.x, F.mallory)) {   // V holds A_UV; only V may layer it
            assertMalformed(layerBytes(F.y.id(), notHolder, 2, F.ownerAssignment.encode()));
        }
        assertMalformed(layerBytes(F.x.id(), F.x, 5, F.layered3.encode()));    // Z holds the top layer, not X
    }

    @Test
    void aCoinWithMaxDepthLayersDecodesAndOneLayerMoreIsMalformed() throws PPayException {
        int max = LayeredCoin.MAX_DEPTH;
        byte[] deepest = layeredBytes(max, F.printedAssignment);
        LayeredCoin c = Codec.decode(deepest, LayeredCoin.class);
        assertThat(c.layers()).isEqualTo(max);
        assertThat(c.encode()).isEqualTo(deepest);
        F.checks.verifyHolding(Task.ISSUE, c, max);
        assertThatThrownBy(() -> F.checks.verifyHolding(Task.ISSUE, c, max - 1))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_LAYERS));

        assertMalformed(layeredBytes(max + 1, F.printedAssignment));
        assertMalformed(layeredBytes(max + 1, F.ownerAssignment));
    }

    @Test
    void theDeepestLegalHoldingStillDecodesInsideEveryMessageThatCarriesOne() throws PPayException {
        LayeredCoin deepest = Codec.decode(layeredBytes(LayeredCoin.MAX_DEPTH, F.printedAssignment), LayeredCoin.class);
        Signer holder = F.signerOf(deepest.holder());
        ReassignmentRequest r = new ReassignmentRequest(F.v.id(), deepest, holder.sign(ReassignmentRequest.signedBytes(F.v.id(), deepest)));
        List<Message> carriers = List.of(
            r,
            new RenewalRequest(deepest, holder.sign(RenewalRequest.signedBytes(deepest))),
            new CashRequest(deepest, 9, holder.sign(CashRequest.signedBytes(deepest, 9))),
            new ArbitrationRequest(deepest.coin().id(), List.of(deepest), F.broker.sign(ArbitrationRequest.signedBytes(deepest.coin().id(), List.of(deepest)))),
            new ArbitrationResponse(deepest.coin().id(), List.of(r), F.owner.sign(ArbitrationResponse.signedBytes(deepest.coin().id(), List.of(r)))));
        for (Message m : carriers) {
            byte[] enc = m.encode();
            assertThat(Codec.decode(enc)).isEqualTo(m);
            F.verify(m);
        }
    }

    @Test
    void nestingFarDeeperThanAllowedIsMalformedWithoutOverflowingTheStack() throws PPayException {
        for (int n : new int[] {33, 39, 40, 41, 64, 200, 390}) {
            byte[] b = layeredBytes(n, F.ownerAssignment);
            assertThat(b.length).isLessThanOrEqualTo(Reader.MAX_MESSAGE);      // refused for its depth, not its size
            assertMalformed(b);
            byte[] cash = new Writer().u8(Tag.CASH_REQUEST).nested(b).i64(9).sig(FixtureSigs.JUNK).bytes();
            assertMalformed(cash);
        }
        // the depth bookkeeping recovers: a legal deep coin still decodes after all those refusals
        LayeredCoin c = Codec.decode(layeredBytes(LayeredCoin.MAX_DEPTH, F.printedAssignment), LayeredCoin.class);
        assertThat(c.layers()).isEqualTo(LayeredCoin.MAX_DEPTH);
        for (MessageFixture.Named n : F.all) assertThat(Codec.decode(n.message().encode())).isEqualTo(n.message());
    }

    // ---- nested values and their length prefixes ------------------------------------------------------------

    /** Offsets of the first nested length prefix in each message that has one (tag, then fixed-size fields). */
    private static List<Object[]> nestedPrefixes() {
        return List.of(
            new Object[] {F.printedCoin, 1 + 8, F.certificate},
            new Object[] {F.ownerAssignment, 1 + 32 + 4 * 8, F.rawCoin},
            new Object[] {F.printedAssignment, 1 + 32 + 4 * 8, F.printedCoin},
            new Object[] {F.reassignment, 1 + 32, F.ownerAssignment},
            new Object[] {F.layered1, 1 + 32 + 32 + 8, F.ownerAssignment},
            new Object[] {F.layered3, 1 + 32 + 32 + 8, F.layered3.inner()},
            new Object[] {F.renewal, 1, F.ownerAssignment},
            new Object[] {F.cashRequest, 1, F.layered1},
            new Object[] {F.arbitrationRequest, 1 + 32 + 8 + 1, F.layered1},
            new Object[] {F.arbitrationResponse, 1 + 32 + 8 + 1, F.layered1},
            new Object[] {F.challenge, 1, F.ticket});
    }

    @Test
    void negativeHugeOrWrongNestedLengthPrefixesAreMalformed() {
        for (Object[] row : nestedPrefixes()) {
            Message m = (Message) row[0];
            int off = (Integer) row[1];
            Message nested = (Message) row[2];
            byte[] enc = m.encode();
            int actual = nested.encode().length;
            assertThat(Decoding.u32At(enc, off)).as("prefix offset in %s", m.getClass().getSimpleName()).isEqualTo(actual);
            int rest = enc.length - off - 4;
            for (int len : new int[] {-1, -actual, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x7fff_fff0, Reader.MAX_MESSAGE + 1,
                                      rest + 1, rest, actual + 1, actual - 1, 1, 0}) {
                assertMalformed(Decoding.withU32At(enc, off, len));
            }
        }
    }

    @Test
    void aNestedValueWithTrailingBytesInsideItsLengthIsMalformed() {
        byte[] coinPlusOne = Decoding.append(F.rawCoin.encode(), 0);
        assertMalformed(assignmentBytes(F.v.id(), 1, MessageFixture.RB, MessageFixture.RE, coinPlusOne, 0, F.owner));
        assertMalformed(layerBytes(F.x.id(), F.v, 2, Decoding.append(F.ownerAssignment.encode(), 0)));
        assertMalformed(signedBy(F.x, new Writer().u8(Tag.CASH_REQUEST).nested(Decoding.append(F.layered1.encode(), 7)).i64(5).bytes()));
    }

    @Test
    void aNestedValueOfTheWrongTypeIsMalformed() {
        // an assignment of something that is not a coin
        for (Message notACoin : List.of(F.certificate, F.ownerAssignment, F.payword, F.cashReceipt)) {
            assertMalformed(assignmentBytes(F.v.id(), 1, MessageFixture.RB, MessageFixture.RE, notACoin.encode(), 0, F.owner));
        }
        // a printed coin whose "certificate" is a raw coin
        assertMalformed(signedBy(F.owner, new Writer().u8(Tag.PRINTED_COIN).i64(MessageFixture.PRINTED_SN).nested(F.rawCoin.encode()).bytes()));
        // a layer, renewal or cash request on top of a coin that was never assigned
        assertMalformed(layerBytes(F.x.id(), F.owner, 2, F.rawCoin.encode()));
        assertMalformed(signedBy(F.owner, new Writer().u8(Tag.RENEWAL_REQUEST).nested(F.rawCoin.encode()).bytes()));
        assertMalformed(signedBy(F.owner, new Writer().u8(Tag.CASH_REQUEST).nested(F.printedCoin.encode()).i64(1).bytes()));
        assertMalformed(signedBy(F.v, new Writer().u8(Tag.REASSIGNMENT_REQUEST).peer(F.x.id()).nested(F.renewal.encode()).bytes()));
        // an assignment offered as a proof of relinquishment: it proves nothing was given up
        assertMalformed(signedBy(F.owner, new Writer().u8(Tag.ARBITRATION_RESPONSE).peer(F.owner.id()).i64(MessageFixture.RAW_SN)
            .u8(1).nested(F.ownerAssignment.encode()).bytes()));
        // a lottery challenge on a payword commitment
        assertMalformed(signedBy(F.x, new Writer().u8(Tag.LOTTERY_CHALLENGE).nested(F.paywordCommitment.encode())
            .raw(F.lotteryNonce).bytes()));
    }

    // ---- arbitration (Section 4.1) --------------------------------------------------------------------------

    @Test
    void anArbitrationResponseCarryingAProofAboutAnotherCoinIsMalformed() {
        CoinId raw = F.rawCoin.id();
        List<Relinquishment> mixed = List.of(F.layered1, F.layered3);          // layered3 is on the printed coin
        byte[] signed = ArbitrationResponse.signedBytes(raw, mixed);           // the static encoder does not judge...
        assertMalformed(signedBy(F.owner, signed));                            // ...but the decoder does
        assertMalformed(signedBy(F.owner, ArbitrationResponse.signedBytes(raw, List.of(F.layered3))));
        assertMalformed(signedBy(F.owner, ArbitrationResponse.signedBytes(new CoinId(F.owner.id(), MessageFixture.RAW_SN + 1),
            List.of(F.reassignment))));
        assertMalformed(signedBy(F.owner, ArbitrationResponse.signedBytes(new CoinId(F.v.id(), MessageFixture.RAW_SN),
            List.of(F.reassignment))));                                        // same serial, another owner
        assertThatThrownBy(() -> new ArbitrationResponse(raw, mixed, FixtureSigs.JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArbitrationRequestWithAClaimOnAnotherCoinOrNoClaimsIsMalformed() {
        CoinId raw = F.rawCoin.id();
        assertMalformed(signedBy(F.broker, ArbitrationRequest.signedBytes(raw, List.of(F.layered1, F.layered3))));
        assertMalformed(signedBy(F.broker, ArbitrationRequest.signedBytes(raw, List.of())));
        assertMalformed(signedBy(F.broker, ArbitrationRequest.signedBytes(new CoinId(F.owner.id(), 8), List.of(F.layered1))));
    }

    @Test
    void aClaimOrProofCountThatDisagreesWithTheListIsMalformed() {
        int countAt = 1 + 32 + 8;
        for (Message m : List.of(F.arbitrationRequest, F.arbitrationResponse, F.arbitrationResponsePrinted)) {
            byte[] enc = m.encode();
            int n = enc[countAt] & 0xff;
            assertThat(n).isEqualTo(2);
            for (int wrong : new int[] {0, 1, 3, 255}) {
                byte[] b = enc.clone();
                b[countAt] = (byte) wrong;
                assertMalformed(b);
            }
        }
    }

    @Test
    void anArbitrationRequestWithTheMostClaimsTheCountAllowsRoundTrips() throws PPayException {
        List<Holding> claims = new ArrayList<>(Collections.nCopies(255, F.ownerAssignment));
        ArbitrationRequest a = new ArbitrationRequest(F.rawCoin.id(), claims, F.broker.sign(ArbitrationRequest.signedBytes(F.rawCoin.id(), claims)));
        byte[] enc = a.encode();
        assertThat(enc.length).isLessThanOrEqualTo(Reader.MAX_MESSAGE);
        assertThat(Codec.decode(enc)).isEqualTo(a);
        claims.add(F.ownerAssignment);
        assertThatThrownBy(() -> new ArbitrationRequest(F.rawCoin.id(), claims, FixtureSigs.JUNK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageLargerThanTheMaximumSizeCannotBeBuiltAndItsBytesAreMalformed() throws PPayException {
        List<Holding> claims = Collections.nCopies(255, F.layered1);
        assertThat(ArbitrationRequest.fits(claims)).isFalse();
        assertThatThrownBy(() -> new ArbitrationRequest(F.rawCoin.id(), claims, FixtureSigs.JUNK))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds " + Reader.MAX_MESSAGE);
        byte[] body = ArbitrationRequest.signedBytes(F.rawCoin.id(), claims);       // the bytes a careless encoder would send
        byte[] enc = java.util.Arrays.copyOf(body, body.length + org.ppay.core.Sig.LENGTH);
        System.arraycopy(F.broker.sign(body).bytes(), 0, enc, body.length, org.ppay.core.Sig.LENGTH);
        assertThat(enc.length).isGreaterThan(Reader.MAX_MESSAGE);
        assertMalformed(enc);                                                   // no decoder will read that much
    }

    @Test
    void theReaderAcceptsExactlyTheMaximumSizeAndNotOneByteMore() {
        assertThatCode(() -> new Reader(new byte[Reader.MAX_MESSAGE])).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Reader(new byte[Reader.MAX_MESSAGE + 1]))
            .isInstanceOfSatisfying(PPayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED));
    }

    // ---- field ranges ---------------------------------------------------------------------------------------

    @Test
    void aBooleanByteOtherThanZeroOrOneIsMalformed() {
        byte[] enc = F.ownerAssignment.encode();
        int flagAt = enc.length - Sig.LENGTH - 1;
        assertThat(enc[flagAt]).isEqualTo((byte) 0);
        for (int v = 2; v < 256; v++) {
            byte[] b = enc.clone();
            b[flagAt] = (byte) v;
            assertMalformed(b);
        }
    }

    @Test
    void anAssignmentWithANegativeSequenceOrAnInvertedRenewalWindowIsMalformed() {
        byte[] coin = F.rawCoin.encode();
        assertMalformed(assignmentBytes(F.v.id(), -1, MessageFixture.RB, MessageFixture.RE, coin, 0, F.owner));
        assertMalformed(assignmentBytes(F.v.id(), Long.MIN_VALUE, MessageFixture.RB, MessageFixture.RE, coin, 0, F.owner));
        assertMalformed(assignmentBytes(F.v.id(), 1, MessageFixture.RE, MessageFixture.RB, coin, 0, F.owner));
        assertMalformed(assignmentBytes(F.v.id(), 1, Long.MAX_VALUE, Long.MIN_VALUE, coin, 0, F.owner));
        assertThatCode(() -> Codec.decode(assignmentBytes(F.v.id(), 0, 5, 5, coin, 1, F.broker))).doesNotThrowAnyException();
    }

    @Test
    void negativeSerialNumbersAreMalformed() {
        assertMalformed(signedBy(F.broker, RawCoin.signedBytes(F.owner.id(), -1)));
        assertMalformed(signedBy(F.broker, RawCoin.signedBytes(F.owner.id(), Long.MIN_VALUE)));
        assertMalformed(signedBy(F.broker, new Writer().u8(Tag.CASH_RECEIPT).peer(F.owner.id()).i64(-1).peer(F.x.id())
            .i64(2).i64(95).i64(1).bytes()));
    }

    @Test
    void paywordAndLotteryFieldsOutsideTheirDomainsAreMalformed() {
        byte[] w = new byte[32];
        assertMalformed(new Writer().u8(Tag.PAYWORD).peer(F.v.id()).u16(0).raw(w).bytes());
        assertThatCode(() -> Codec.decode(new Writer().u8(Tag.PAYWORD).peer(F.v.id()).u16(65535).raw(w).bytes())).doesNotThrowAnyException();
        assertMalformed(signedBy(F.v, new Writer().u8(Tag.PAYWORD_COMMITMENT).peer(F.v.id()).peer(F.x.id()).raw(w).u16(0).i64(1).bytes()));
        for (long odds : new long[] {0, -1, Long.MIN_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, 1L << 32, (1L << 32) + 10, -(1L << 32) + 10}) {
            assertMalformed(signedBy(F.v, new Writer().u8(Tag.LOTTERY_TICKET).peer(F.v.id()).peer(F.x.id()).i64(42).i64(odds).raw(w).bytes()));
        }
        assertThatCode(() -> Codec.decode(signedBy(F.v, LotteryTicket.signedBytes(F.v.id(), F.x.id(), 42, Integer.MAX_VALUE, w))))
            .doesNotThrowAnyException();
    }

    @Test
    void nullAndEmptyInputAreMalformed() {
        assertMalformed(null);
        assertMalformed(new byte[0]);
        Decoding.assertMalformed(null, RawCoin.class);
    }

    /** Constants the structural tests share. */
    private static final class FixtureSigs {
        static final Sig JUNK = MessageFixture.junkSig();
    }
}
